"""Stray HTML in text dumps: tracking pixels, other tags, entities; then Unicode and spaces."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.lookup import joined, lines_with
from cleaners.regex import Regex, lazy_compile

IMG_TAG = lazy_compile(r"<img\b[^<>]*>", re.IGNORECASE)
# Hidden or 1x1 images exist only to report page views to a tracker.
PIXEL_MARKS = lazy_compile(
    r"""display\s*:\s*none|visibility\s*:\s*hidden|\b(?:width|height)\s*=\s*["']?[01]["'\s>/]"""
    r"|\b(?:width|height)\s*:\s*[01]px",
    re.IGNORECASE,
)
TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|body|br|button|center|cite|code|dd|div|dl|dt|em|"
    "embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|"
    "label|li|link|main|mark|meta|nav|noscript|object|ol|option|p|picture|pre|q|s|section|"
    "select|small|source|span|strong|sub|sup|svg|table|tbody|td|textarea|tfoot|th|thead|"
    "time|title|tr|u|ul|video|audio|wbr"
)
BLOCK_WITH_CONTENT = lazy_compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
TAG = lazy_compile(rf"</?(?:{TAG_NAMES})\b[^<>]*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
# TAG without its comments, and where a match of BLOCK_WITH_CONTENT starts (see tag_spans and
# block_spans: both are read in linear time).
TAG_ALONE = lazy_compile(rf"</?(?:{TAG_NAMES})\b[^<>]*>", re.IGNORECASE | re.DOTALL)
BLOCK_START = lazy_compile(r"<(script|style|noscript)\b", re.IGNORECASE)
COMMENT_OPENER, COMMENT_CLOSER = "<!--", "-->"
# Characters that are invisible in print but split words for a substring search.
INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))
SPACES = lazy_compile(r"[^\S\n]+")
# Whitespace other than a space or a newline (what str.isspace() and \s hold; a test checks).
OTHER_SPACE = lazy_compile("[\t\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
LINE_EDGE_SPACE = lazy_compile(r"^ | $", re.MULTILINE)


def strip_tracking_pixels(doc: Document, log: RuleLog) -> None:
    for line in lines_with(doc, ("<",), folded=False):
        spans = [m.span() for m in IMG_TAG.finditer(line.text) if PIXEL_MARKS.search(m.group())]
        log.cut(line, spans, "tracking pixel image")


def strip_stray_markup(doc: Document, log: RuleLog) -> None:
    for line in lines_with(doc, ("<",), folded=False):
        log.cut(line, block_spans(line.text), "HTML markup in text")
        log.cut(line, tag_spans(line.text), "HTML markup in text")


def block_spans(text: str) -> list[tuple[int, int]]:
    """The spans of BLOCK_WITH_CONTENT.finditer(text), in linear time."""
    return markup_spans(BLOCK_WITH_CONTENT, BLOCK_START, text, lambda start: start.group(1).lower())


def tag_spans(text: str) -> list[tuple[int, int]]:
    """The spans of TAG.finditer(text), in linear time.

    TAG.finditer reads a comment that closes once, but one that does not to the end of the
    text, from each of its `<!--`: quadratic in a line of them. No comment opened at or after
    `unclosed` (below) closes, and no tag that starts before the end of the last `-->` reaches
    past it (a tag stops at the next `>`). So TAG over the text up to there finds the matches
    that start there, each comment read once, and TAG_ALONE finds those after it."""
    last_closer = text.rfind(COMMENT_CLOSER)
    unclosed = text.find(COMMENT_OPENER, max(last_closer - len(COMMENT_CLOSER), 0))
    if unclosed < 0:  # every comment closes: each is read once
        return [match.span() for match in TAG.finditer(text)]
    closed = last_closer + len(COMMENT_CLOSER) if last_closer >= 0 else 0
    spans = [match.span() for match in TAG.finditer(text, 0, closed)]
    return spans + [match.span() for match in TAG_ALONE.finditer(text, closed)]


def markup_spans(pattern: Regex, starts: Regex, text: str, key: Callable) -> list[tuple[int, int]]:
    """The spans of pattern.finditer(text), for a pattern with lazy blocks (`<!--.*?-->`,
    `<script ...>.*?</script>`), in linear time.

    A block whose closer is missing fails only at the end of the text, and pattern.finditer
    reads the text to its end again from every later opener: quadratic in a line of unclosed
    `<!--` or `<script>`. Here the pattern is tried only where `starts` matches (where every
    match of it starts), and once it failed at a start of some kind (`key(start)`: which block
    it opens, or None where a try is short anyway, as a tag's `[^<>]*>`), never again at a
    later start of that kind: its closer is missing after that one too."""
    spans: list[tuple[int, int]] = []
    failed = set()
    position = 0
    while start := starts.search(text, position):
        kind = key(start)
        if kind not in failed:
            if match := pattern.match(text, start.start()):
                spans.append(match.span())
                position = match.end()  # the patterns match no empty string
                continue
            if kind is not None:
                failed.add(kind)
        position = start.start() + 1
    return spans


def normalise_text(doc: Document, log: RuleLog) -> None:
    """Entities decoded, Unicode NFC, invisible characters dropped, runs of spaces folded
    (nothing is removed, so nothing is logged)."""
    before = joined(doc)
    # Each step below works on the whole text as it would line by line: entities, NFC and the
    # invisible characters never reach across a newline, and SPACES leaves newlines alone.
    text = html.unescape(before)
    if text.count("\n") != len(doc.lines) - 1:  # an entity was a newline: go line by line
        return normalise_lines(doc)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        for char in INVISIBLE_CHARS:  # = .translate(INVISIBLE), much faster on a long text
            if char in text:  # a look is faster than a replace that finds nothing
                text = text.replace(char, "")
    if OTHER_SPACE.search(text) or "  " in text or " \n" in text or "\n " in text:
        text = LINE_EDGE_SPACE.sub("", SPACES.sub(" ", text))  # = .strip() of each line
    else:
        text = text.strip(" ")  # the only edges left: the first line's start, the last's end
    if text != before:
        doc.set_texts(text.split("\n"))


def normalise_lines(doc: Document) -> None:
    for line in doc.lines:
        text = html.unescape(line.text) if "&" in line.text else line.text
        text = unicodedata.normalize("NFC", text).translate(INVISIBLE)
        line.text = SPACES.sub(" ", text).strip()
