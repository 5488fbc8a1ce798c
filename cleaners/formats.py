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
HEAD_CHARS = 4096
MAX_PREAMBLE_CHARS = 1_000_000


def detect_format(text: str) -> str:
    start = skip_preamble(text)
    return HTML if PAGE_MARKERS.search(text, start, start + HEAD_CHARS) else TEXT


def skip_preamble(text: str) -> int:
    position = 0
    while position < MAX_PREAMBLE_CHARS and (match := PREAMBLE.match(text, position)):
        position = match.end()
    return position
