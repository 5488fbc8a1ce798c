"""Which way a document goes: a whole HTML page, or text (possibly with stray markup)."""

import re

# A page has document-level tags near its start; a text dump with a stray <img> does not.
PAGE_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
HEAD_CHARS = 4096


def detect_format(text: str) -> str:
    return "html" if PAGE_MARKERS.search(text[:HEAD_CHARS]) else "text"
