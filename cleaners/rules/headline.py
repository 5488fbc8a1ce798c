"""The headline on top goes to metadata title; a standfirst goes to metadata description."""

from __future__ import annotations

import re

from cleaners.dates import TIME, find_date, strip_date_parts
from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.formats import HTML
from cleaners.lexicon import headings
from cleaners.lexicon.patterns import alternation
from cleaners.names import parse_byline
from cleaners.regex import lazy_compile
from cleaners.rules.bylines import MAX_DATELINE_WORDS
from cleaners.rules.captions import has_photo_credit
from cleaners.shapes import (
    HEAD_LINES,
    is_headline_shaped,
    normalised,
    word_count,
)

STANDFIRST_WORDS = 40  # a standfirst under the headline is at most this long
MIN_STANDFIRST_WORDS = 8  # shorter repeated lines are more likely quotes or refrains
STANDFIRST_LINES = HEAD_LINES // 2
# head_size reads the top run of headline-shaped lines; one of more than this is a list, no head
HEAD_SCAN = 100
FRAME_LINES = 2  # a page's dateline stands right above or under its headline
# A line that holds a link or a call to follow one is no headline, whatever its shape.
NOT_A_TITLE = lazy_compile(
    rf"\b(?:{alternation(headings.TITLE_LOOKALIKES)})\b|https?://|\bwww\.", re.IGNORECASE
)
MAX_KICKER_WORDS = 5  # a kicker or breadcrumb before a title on its line ("World › Europe")
DATE_LINE_WORDS = 2  # a dateline's words besides its date and time: a label, a place


def read_title(doc: Document, log: RuleLog) -> None:
    """A headline-shaped first line goes to metadata title. On the HTML way the first lines are
    the article's own paragraphs (trafilatura leaves the headline out or keeps it as a line of
    text), so there only the title the page's markup declares goes, never one guessed from
    its shape."""
    kept = doc.kept()
    known = doc.metadata.title
    if doc.format != HTML and known is not None and not is_title(known):
        doc.metadata.title = None  # the classifier's guess above the article reads as no headline
    # A lone short line is the whole document, not a title over nothing.
    if len(kept) < 2:
        return
    if doc.format == HTML:
        kept = drop_top_datelines(doc, log, kept)  # as the text way does a second cleaning
        # a page may show its title twice on top (a heading and a print heading)
        while kept and known and is_declared_headline(kept[0].text, known):
            log.drop(kept[0], "headline (the page's declared title)")
            kept = drop_top_datelines(doc, log, kept[1:])  # the dateline under it is now on top
        if head_over_dateline(kept):
            # a label or second headline over the page's dateline ("Live match" / "Date: ..."),
            # which a second cleaning would take as a head
            take_head(doc, log, kept, 2, "headline-shaped line over a dateline, on top")
        return
    if framed(doc):
        kept = drop_top_datelines(doc, log, kept)
        if len(kept) < 2:
            return
    texts, chosen = [line.text for line in kept], doc.article is not None
    size = head_size(texts, chosen)
    if known is not None and normalised(known) != normalised(texts[0]):
        if size == 2 and is_date_line(texts[1]) and framed(doc):
            # a head (a second headline, a kicker) over a dateline, under the title known from
            # above the article: the page's, which a second cleaning, knowing no title, would take
            take_head(doc, log, kept, size, "headline-shaped line over a dateline, on top")
        return
    if size:
        title = kept[0].text if is_title(kept[0].text) else None
        doc.metadata.title = title
        if framed(doc):
            take_head(
                doc, log, kept, size, "headline" if title else "headline-shaped line on top that is no title"
            )


def head_over_dateline(kept: list[Line]) -> bool:
    texts = [line.text for line in kept[:HEAD_SCAN]]
    return len(texts) >= 3 and is_date_line(texts[1]) and head_size(texts, chosen=True) == 2


def is_declared_headline(text: str, title: str) -> bool:
    """Is a line the page's declared title, alone or after a short kicker or breadcrumb on one
    headline-shaped line ("Politics Ministers agree on the budget")? Left on top, a second
    cleaning, which knows no title, would take the line as its headline."""
    line, title = normalised(text), normalised(title)
    if line == title:
        return True
    if not (title and line.endswith(title) and is_headline_shaped(text)):
        return False
    kicker = line[: -len(title)].strip(" :|-–—»›>/·•")
    return 0 < word_count(kicker, MAX_KICKER_WORDS + 1) <= MAX_KICKER_WORDS


def drop_top_datelines(doc: Document, log: RuleLog, kept: list[Line]) -> list[Line]:
    """A dateline on top of a page's text, too loose for the dateline rule, is its frame
    (where a headline stands under it, the title rule reads it next): the kept lines left."""
    top = 0
    while top < len(kept) and is_date_line(kept[top].text):
        drop_dateline(doc, log, kept[top], "dateline-shaped line on top")
        top += 1
    return kept[top:]


def take_head(doc: Document, log: RuleLog, kept: list[Line], size: int, reason: str) -> None:
    """The headline on top, and the dateline under it that head_size counts with it (a
    standfirst under it is the standfirst rule's, for metadata description)."""
    log.drop(kept[0], reason)
    if size == 2 and is_date_line(kept[1].text):
        drop_dateline(doc, log, kept[1], "dateline under the headline")


def drop_dateline(doc: Document, log: RuleLog, line: Line, reason: str) -> None:
    """A dateline goes, its date to metadata when none is known yet (nothing lost)."""
    log.drop(line, reason)
    if doc.metadata.date is None and (found := find_date(line.text)):
        doc.metadata.date = found[0]


def framed(doc: Document) -> bool:
    """Did the rules before find the frame of a page around the text (a menu, a byline, a
    date, a share row, markup ...)? A headline on top of a framed text is the page's, and
    goes. A text with no frame may be clean already: an output cleaned again, whose first
    line the first pass kept as the article's own (a subheading under the title it took
    from above the article). Its headline goes to metadata title and stays in the text, so
    that cleaning a clean text again changes nothing."""
    return bool(doc.removals) or dated([line.text for line in doc.kept()[:FRAME_LINES]])


def dated(texts: list[str]) -> bool:
    """Does a dateline stand among the top lines?"""
    return any(map(is_date_line, texts[:FRAME_LINES]))


def is_date_line(text: str) -> bool:
    """A page's dateline, even one too loose for the dateline rule to take: a short line
    with a date and a time ("24. March 2004, 19:49 | Comments"), or a date and a word or two
    ("Issued: 2 February 2022"). Not a sentence about a day."""
    if word_count(text, MAX_DATELINE_WORDS + 1) > MAX_DATELINE_WORDS or not (found := find_date(text)):
        return False
    _, date = found
    if TIME.search(text[: date.start()] + " " + text[date.end() :]):
        return True
    return word_count(strip_date_parts(text), DATE_LINE_WORDS + 1) <= DATE_LINE_WORDS


def read_standfirst(doc: Document, log: RuleLog) -> None:
    """A headline-shaped line right under the title, or a top paragraph repeated later."""
    kept = doc.kept()
    if len(kept) < 2:
        return
    texts = [line.text for line in kept]
    if has_standfirst_under_title(doc, texts):
        take_standfirst(doc, log, kept[0], "standfirst under the headline")
        kept = kept[1:]
    for line in repeated_top_lines(kept):
        take_standfirst(doc, log, line, "standfirst repeated in the body")


def has_standfirst_under_title(doc: Document, texts: list[str]) -> bool:
    """Is the first line a standfirst under the title the title rule took? Not in a page's
    extracted text (its first paragraph is the article's), nor in a page dump whose article
    the classifier chose (the line under its headline is the article's lead)."""
    return (
        doc.format != HTML
        and doc.article is None
        and bool(doc.metadata.title)
        and framed(doc)
        and is_standfirst_under(texts[0])
        and not head_size(texts[1:], chosen=False)
    )


def is_standfirst_shaped(text: str) -> bool:
    return is_headline_shaped(text, max_words=STANDFIRST_WORDS)


# A credited photo caption is neither a headline nor a standfirst, whether or not the caption
# rule runs (a config may turn it off to keep captions).


def is_headline(text: str) -> bool:
    """A line the title rule may take: headline-shaped, and neither a credited caption nor a
    dateline (a head's frame, which the title rule leaves on top)."""
    return is_headline_shaped(text) and not (has_photo_credit(text) or is_date_line(text))


def is_title(text: str) -> bool:
    """Can a line be a title? Not when it holds a link or a call to follow one ("More
    information here: www..."), introduces what follows (ends in a colon), or is a
    dateline or a byline: when unsure, no title."""
    return not (
        NOT_A_TITLE.search(text) or text.rstrip().endswith(":") or is_date_line(text) or parse_byline(text)
    )


def is_standfirst_under(text: str) -> bool:
    """A line under the headline that may be its standfirst: not a credited caption, nor the
    dateline or the byline of the head (a standfirst is what the article is about)."""
    return is_standfirst_shaped(text) and not (
        has_photo_credit(text) or is_date_line(text) or parse_byline(text)
    )


def head_size(texts: list[str], chosen: bool) -> int:
    """How many top lines the title and standfirst rules take from a text whose kept lines are
    `texts` (`chosen`: the classifier chose its article): 0, 1 (the headline) or 2 (and the
    dateline under it, or the standfirst under it when the classifier chose none). They take
    a head only when the line it leaves on top is not a head itself, so that cleaning the
    clean text again takes nothing: a stack of headline-shaped lines (a subheading under the
    headline, a list of teasers) keeps the line that would be taken next. Computed from the
    bottom of the top run of headline-shaped lines up, so a long run is read once."""
    end = 0
    while end < len(texts) and (is_standfirst_shaped(texts[end]) or is_date_line(texts[end])):
        end += 1  # a line that is not even standfirst-shaped (nor a dateline) is no head
    sizes = [0, 0]  # the sizes from the two lines below; 0 below the run and for a last line
    for start in range(min(end, len(texts) - 1) - 1, -1, -1):
        below, two_below = sizes[0], sizes[1]
        size = 0
        if is_date_line(texts[start]):
            size = 1  # a dateline on top of a framed text goes (drop_top_datelines)
        elif is_headline(texts[start]):
            rest = len(texts) - start
            under = texts[start + 1]
            if (
                rest >= 3
                and not two_below
                and (is_date_line(under) or (not chosen and is_standfirst_under(under)))
            ):
                size = 2
            elif not below:
                size = 1
        sizes = [size, below]
    return sizes[0]


def repeated_top_lines(kept: list[Line]) -> list[Line]:
    """The lines among the top STANDFIRST_LINES, of MIN_STANDFIRST_WORDS words or more, whose
    normalised text comes again further down: every one, the window moving down as they go,
    so that none is left for a second cleaning to take (an article dumped twice keeps its
    last copy); but not one whose going would leave a head on top (see head_size), since a
    second cleaning would take that head. Each step reads only the top HEAD_SCAN lines, so
    a long text repeated whole costs one pass, not one per line."""
    keys = {id(line): standfirst_key(line.text) for line in kept}
    last = {keys[id(line)]: index for index, line in enumerate(kept)}
    position = {id(line): index for index, line in enumerate(kept)}
    rest = kept[::-1]  # the top at the end, where lines are taken and deleted cheaply
    taken: list[Line] = []
    while True:
        top = rest[: -HEAD_SCAN - 1 : -1]
        repeated = (c for c in top[:STANDFIRST_LINES] if keys[id(c)] and last[keys[id(c)]] > position[id(c)])
        if (line := next((c for c in repeated if leaves_no_head(top, c)), None)) is None:
            return taken
        taken.append(line)
        del rest[len(rest) - 1 - top.index(line)]


def leaves_no_head(top: list[Line], line: Line) -> bool:
    return not head_size([other.text for other in top if other is not line], chosen=False)


def standfirst_key(text: str) -> str:
    """A line's normalised text, or "" when it is too short to be a standfirst repeated."""
    key = normalised(text)
    return key if word_count(key, MIN_STANDFIRST_WORDS) == MIN_STANDFIRST_WORDS else ""


def take_standfirst(doc: Document, log: RuleLog, line: Line, reason: str) -> None:
    doc.metadata.description = doc.metadata.description or line.text
    log.drop(line, reason)
