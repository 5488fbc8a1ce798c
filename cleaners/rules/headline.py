"""The headline on top goes to metadata title; a standfirst goes to metadata description."""

from __future__ import annotations

from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.formats import HTML
from cleaners.shapes import (
    HEAD_LINES,
    NORMALISED_START,
    is_headline_shaped,
    normalised,
    normalised_start,
    word_count,
)

MIN_STANDFIRST_WORDS = 8  # shorter repeated lines are more likely quotes or refrains
STANDFIRST_LINES = HEAD_LINES // 2


def read_title(doc: Document, log: RuleLog) -> None:
    """A headline-shaped first line goes to metadata title. On the HTML way the first lines are
    the article's own paragraphs (trafilatura leaves the headline out or keeps it as a line of
    text), so there only the title the page's markup declares goes, never one guessed from
    its shape."""
    kept = doc.kept()
    # A lone short line is the whole document, not a title over nothing.
    if len(kept) < 2:
        return
    known = doc.metadata.title
    if doc.format == HTML:
        if known and normalised(kept[0].text) == normalised(known):
            log.drop(kept[0], "headline (the page's declared title)")
    elif is_headline_shaped(kept[0].text) and (
        known is None or normalised(known) == normalised(kept[0].text)
    ):
        doc.metadata.title = kept[0].text
        log.drop(kept[0], "headline")


def read_standfirst(doc: Document, log: RuleLog) -> None:
    """A headline-shaped line right under the title, or a top paragraph repeated later."""
    kept = doc.kept()
    if len(kept) < 2:
        return
    # In a page dump whose article the classifier chose, the line under the headline is the
    # article's first paragraph (its lead), not a standfirst set apart from it.
    if doc.article is None and doc.metadata.title and is_headline_shaped(kept[0].text, max_words=40):
        return take_standfirst(doc, log, kept[0], "standfirst under the headline")
    line = repeated_top_line(kept)
    if line is not None:
        take_standfirst(doc, log, line, "standfirst repeated in the body")


def repeated_top_line(kept: list[Line]) -> Line | None:
    """The first of the top STANDFIRST_LINES lines, of MIN_STANDFIRST_WORDS words or more, whose
    normalised text comes again further down."""
    # A copy's normalised text starts as the original's: first with the casefold of its first
    # non-space character, and normalised_start() tells more. Both spare normalising most lines.
    firsts = [line.text.lstrip()[:1].casefold()[:1] for line in kept]
    for index, line in enumerate(kept[:STANDFIRST_LINES]):
        later = zip(kept[index + 1 :], firsts[index + 1 :], strict=True)
        alike = [other for other, first in later if first == firsts[index]]
        if not alike:
            continue
        key = normalised(line.text)
        if word_count(key, MIN_STANDFIRST_WORDS) == MIN_STANDFIRST_WORDS:
            start = key[:NORMALISED_START]
            if any(normalised_start(o.text) == start and normalised(o.text) == key for o in alike):
                return line
    return None


def take_standfirst(doc: Document, log: RuleLog, line: Line, reason: str) -> None:
    doc.metadata.description = doc.metadata.description or line.text
    log.drop(line, reason)
