"""The headline on top goes to metadata title; a standfirst goes to metadata description."""

from __future__ import annotations

from cleaners.document import Document, Line
from cleaners.shapes import HEAD_LINES, is_headline_shaped, normalised, words

MIN_STANDFIRST_WORDS = 8  # shorter repeated lines are more likely quotes or refrains
STANDFIRST_LINES = HEAD_LINES // 2


def read_title(doc: Document) -> None:
    kept = doc.kept()
    # A lone short line is the whole document, not a title over nothing.
    if len(kept) < 2 or not is_headline_shaped(kept[0].text):
        return
    known = doc.metadata.title
    if known is None or normalised(known) == normalised(kept[0].text):
        doc.metadata.title = kept[0].text
        doc.drop(kept[0], "title", "headline")


def strip_known_title(doc: Document) -> None:
    """The page's headline on top of extracted text: dropped only when it is the title the
    page's markup declares (already in metadata), never guessed from its shape."""
    kept = doc.kept()
    title = doc.metadata.title
    if len(kept) >= 2 and title and normalised(kept[0].text) == normalised(title):
        doc.drop(kept[0], "title", "headline (the page's declared title)")


def read_standfirst(doc: Document) -> None:
    """A headline-shaped line right under the title, or a top paragraph repeated later."""
    kept = doc.kept()
    if len(kept) < 2:
        return
    # In a page dump whose article the classifier chose, the line under the headline is the
    # article's first paragraph (its lead), not a standfirst set apart from it.
    chosen = any(removal.rule == "classifier" for removal in doc.removals)
    if not chosen and doc.metadata.title and is_headline_shaped(kept[0].text, max_words=40):
        return take_standfirst(doc, kept[0], "standfirst under the headline")
    for index, line in enumerate(kept[:STANDFIRST_LINES]):
        key = normalised(line.text)
        if len(words(key)) >= MIN_STANDFIRST_WORDS and any(
            normalised(other.text) == key for other in kept[index + 1 :]
        ):
            return take_standfirst(doc, line, "standfirst repeated in the body")


def take_standfirst(doc: Document, line: Line, reason: str) -> None:
    doc.metadata.description = doc.metadata.description or line.text
    doc.drop(line, "standfirst", reason)
