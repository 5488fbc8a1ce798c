"""Which way a document goes: a whole HTML page, or text (possibly with stray markup)."""

import re

from cleaners.regex import lazy_compile

TEXT, HTML = "text", "html"  # the two ways a document goes

# A page has document-level tags near its start; a text dump with a stray <img> does not.
PAGE_MARKERS = lazy_compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
# What some pages put before their doctype: an XML declaration, comments, inline styles and
# scripts (one page in the dev benchmark opens with 51 KB of CSS).
PREAMBLE = lazy_compile(
    r"\s*(?:<\?xml[^>]*>|<!--.*?-->|<(style|script)\b[^>]*>.*?</\1\s*>)",
    re.IGNORECASE | re.DOTALL,
)
# A page's own start, later than HEAD_CHARS: what a server printed before it (PHP warnings,
# a debug dump, blank lines) pushed it down. Taken when the page's body or end follows it.
PAGE_START = lazy_compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
PAGE_REST = lazy_compile(r"<body[\s>]|</html\s*>", re.IGNORECASE)
HEAD_CHARS = 4096
MAX_JUNK_CHARS = 65_536  # the most of what may come before a page's start
MAX_PREAMBLE_CHARS = 1_000_000


def detect_format(text: str) -> str:
    start = skip_preamble(text)
    if PAGE_MARKERS.search(text, start, start + HEAD_CHARS):
        return HTML
    page = PAGE_START.search(text, start, start + MAX_JUNK_CHARS)
    return HTML if page and PAGE_REST.search(text, page.end()) else TEXT


def skip_preamble(text: str) -> int:
    position = 0
    while position < MAX_PREAMBLE_CHARS and (match := PREAMBLE.match(text, position)):
        position = match.end()
    return position
