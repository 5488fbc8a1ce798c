"""Dates written the ways news pages write them, to ISO 8601 (YYYY-MM-DD)."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"

DATE_FORMS = [
    re.compile(
        rf"\b{YEAR}-(?P<month>[01]?\d)-(?P<day>[0-3]\d)(?!\d)"
        r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?"
    ),
    re.compile(rf"\b{YEAR}/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)"),
    re.compile(rf"\b{MONTH}\s+{DAY}\s*,?\s*{YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{DAY}\.\s*(?P<month>[01]?\d)\.\s*{YEAR}\b"),
]
TIMEZONE = r"(?:[ECMPA][SD]?T|GMT|UTC|BST|CES?T|IST|JST|AEST|AEDT|HKT|SGT|SAST|MSK)(?:[+-]\d\d?(?::?\d\d)?)?"
TIME = re.compile(
    rf"\b(?:at\s+)?[012]?\d[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?\s?m\.?)?(?:\s*\b{TIMEZONE}\b)?"
    rf"|\b[012]?\d\s*[ap]\.?m\.?(?:\s*\b{TIMEZONE}\b)?",
    re.IGNORECASE,
)
WEEKDAY_RE = re.compile(rf"\b{WEEKDAY}(?=\W|$)", re.IGNORECASE)


def find_date(text: str) -> tuple[str, re.Match] | None:
    """The first valid date in text, as (ISO string, match)."""
    for form in DATE_FORMS:
        for match in form.finditer(text):
            iso = to_iso(match)
            if iso:
                return iso, match
    return None


def to_iso(match: re.Match) -> str | None:
    month = match.group("month")
    month = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    try:
        return date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    found = find_date(text)
    return found[0] if found else None


def strip_date_parts(text: str) -> str:
    """text without its date, times and weekday names: what is left around a date."""
    found = find_date(text)
    if found:
        _, match = found
        text = text[: match.start()] + " " + text[match.end() :]
    text = TIME.sub(" ", text)
    return WEEKDAY_RE.sub(" ", text)
