"""Stray HTML in text dumps: tracking pixels, other tags, entities; then Unicode and spaces."""

from __future__ import annotations

import html
import re
import unicodedata

from cleaners.document import Document

IMG_TAG = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
# Hidden or 1x1 images exist only to report page views to a tracker.
PIXEL_MARKS = re.compile(
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
BLOCK_WITH_CONTENT = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
TAG = re.compile(rf"</?(?:{TAG_NAMES})\b[^<>]*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
# Characters that are invisible in print but split words for a substring search.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
SPACES = re.compile(r"[^\S\n]+")


def strip_tracking_pixels(doc: Document) -> None:
    for line in doc.lines:
        if "<" in line.text:
            spans = [m.span() for m in IMG_TAG.finditer(line.text) if PIXEL_MARKS.search(m.group())]
            doc.cut(line, spans, "tracking_pixel", "tracking pixel image")


def strip_stray_markup(doc: Document) -> None:
    for line in doc.lines:
        if "<" not in line.text:
            continue
        for pattern in (BLOCK_WITH_CONTENT, TAG):
            spans = [match.span() for match in pattern.finditer(line.text)]
            doc.cut(line, spans, "stray_markup", "HTML markup in text")


def normalise_text(doc: Document) -> None:
    """Entities decoded, Unicode NFC, invisible characters dropped, runs of spaces folded."""
    for line in doc.lines:
        text = html.unescape(line.text) if "&" in line.text else line.text
        text = unicodedata.normalize("NFC", text).translate(INVISIBLE)
        line.text = SPACES.sub(" ", text).strip()
