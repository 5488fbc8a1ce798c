"""Teasers for other stories at the end of the text: two or more headline-shaped lines after the
article's last paragraph ("Ten tips for a flat stomach", "Coach: “We will win the cup”"), which
a scraper that kept the article's region took with it.

Told by their shape: each line short, starting like a title and not ending as a sentence; a run
of them closes the text, with prose above. One such line alone may be the article's last
subheading or a sign-off, and stays.
"""

from __future__ import annotations

from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.shapes import is_headline_shaped

MIN_TEASERS = 2
MIN_LINES_ABOVE = 2  # the article the teasers follow


def strip_trailing_teasers(doc: Document, log: RuleLog) -> None:
    kept = doc.kept()
    start = len(kept)
    while start > 0 and is_headline_shaped(kept[start - 1].text):
        start -= 1
    if len(kept) - start < MIN_TEASERS or start < MIN_LINES_ABOVE:
        return
    for line in kept[start:]:
        log.drop(line, "teasers for other stories at the end")
