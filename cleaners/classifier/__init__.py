"""The text way's article finder: a block classifier over the lines of a page dump.

`language` picks the document's language from stopword coverage, `features` measures each
line with cheap string operations, `scoring` turns the features into a score and a class
and smooths the classes with the neighbouring lines (`steps` leaves a how-to's numbered step
markers to them), `article` chooses the densest run of good lines and `finder` puts it
together as the `classifier` rule.
"""

from cleaners.classifier.finder import find_article

__all__ = ["find_article"]
