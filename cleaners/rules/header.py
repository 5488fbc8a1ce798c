"""Fields a scraper wrote at the top of its dump ("date 2025-01-14 ...", "title: ...")."""

from __future__ import annotations

import re

from cleaners.dates import parse_date
from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.regex import lazy_compile

# "date 2025-01-14" (the value is an ISO date, so no colon is needed) or "key: value".
DATE_FIELD = lazy_compile(
    r"^\s*(?:date|published|pubdate|timestamp)\s*(?:[:=]\s*)?"
    r"(\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?)\s*",
    re.IGNORECASE,
)
KEYED_FIELD = lazy_compile(
    r"^\s*(title|author|url|source|sitename|site|language|lang)\s*:\s*(\S.*)$", re.IGNORECASE
)
METADATA_KEYS = {
    "title": "title",
    "url": "url",
    "source": "url",
    "sitename": "sitename",
    "site": "sitename",
    "language": "language",
    "lang": "language",
}


def read_header_fields(doc: Document, log: RuleLog) -> None:
    """Leading header fields go to metadata; the text after a date field stays."""
    for line in doc.kept()[:6]:
        if match := DATE_FIELD.match(line.text):
            doc.metadata.date = doc.metadata.date or parse_date(match.group(1))
            log.cut(line, [(0, match.end())], "scraper header field (date)")
        elif match := KEYED_FIELD.match(line.text):
            store_field(doc, match.group(1).lower(), match.group(2).strip())
            log.drop(line, f"scraper header field ({match.group(1).lower()})")
        else:
            return


def store_field(doc: Document, key: str, value: str) -> None:
    if key == "author":
        doc.metadata.author = doc.metadata.author or [value]
    elif getattr(doc.metadata, METADATA_KEYS[key]) is None:
        setattr(doc.metadata, METADATA_KEYS[key], value)
