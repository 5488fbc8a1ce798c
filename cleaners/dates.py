"""Dates written the ways news pages write them, to ISO 8601 (YYYY-MM-DD): searched for in
running text (find_date, parse_date, strip_date_parts), or read out of a value a page declares
in its metadata (parse_date_value, parse_timestamp). Both read month names through the one
month table (cleaners/lexicon/months.py)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from cleaners.lexicon.months import MONTHS, WEEKDAYS, table_words, word_numbers
from cleaners.lexicon.patterns import longest_first
from cleaners.regex import lazy_compile

MONTH_NUMBERS = word_numbers(MONTHS)
YEAR_DIGITS = r"(?:19|20)\d\d"
MONTH_DIGITS = r"[01]?\d"
DAY_DIGITS = r"[0-3]?\d"

# Dates in running text, in the forms of DATE_FORMS.
MONTH = rf"(?P<month>{longest_first(MONTH_NUMBERS)})\.?"
DAY = rf"(?P<day>{DAY_DIGITS})(?:st|nd|rd|th|er|º|°)?"
YEAR = rf"(?P<year>{YEAR_DIGITS})"
WEEKDAY = rf"(?:{longest_first(table_words(WEEKDAYS, ['en']))})\.?"
OF = r"(?:\s+(?:of|de|del|di)\s+|\.?\s*)"  # "4th of July", "3 de mayo de 2021", "3. Mai"

MONTH_FIRST = lazy_compile(rf"(?<!\w){MONTH}\s+{DAY}\s*(?:,\s*)?{YEAR}\b", re.IGNORECASE)
# What MONTH_FIRST ends with ("May 5, 2024": " 5, 2024"). MONTH_FIRST tries all its month names
# wherever a word starts, slow on a long text; this is found fast (re looks only where a space
# is), so MONTH_FIRST is tried only on a text that has it.
MONTH_FIRST_END = lazy_compile(rf"\s{DAY}\s*(?:,\s*)?{YEAR}\b", re.IGNORECASE)

DATE_FORMS = [
    lazy_compile(
        rf"\b{YEAR}-(?P<month>{MONTH_DIGITS})-(?P<day>[0-3]\d)(?!\d)"
        r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?"
    ),
    lazy_compile(rf"\b{YEAR}/(?P<month>{MONTH_DIGITS})/(?P<day>{DAY_DIGITS})(?!\d)"),
    lazy_compile(rf"{YEAR}\s*年\s*(?P<month>{MONTH_DIGITS})\s*月\s*(?P<day>{DAY_DIGITS})\s*日"),
    MONTH_FIRST,
    lazy_compile(rf"\b{DAY}{OF}{MONTH},?{OF}{YEAR}\b", re.IGNORECASE),
    lazy_compile(rf"\b{DAY}\.\s*(?P<month>{MONTH_DIGITS})\.\s*{YEAR}\b"),
    # 19/11/2012 and 19-11-2012: day first (most of the world), unless that cannot be.
    lazy_compile(rf"\b(?P<day>{DAY_DIGITS})[/-](?P<month>{MONTH_DIGITS})[/-]{YEAR}\b"),
]
# Forms whose day and month may be written the other way round (US 11/19/2012).
SWAPPABLE = frozenset({len(DATE_FORMS) - 1})
TIMEZONE = r"(?:[ECMPA][SD]?T|GMT|UTC|BST|CES?T|IST|JST|AEST|AEDT|HKT|SGT|SAST|MSK)(?:[+-]\d\d?(?::?\d\d)?)?"
TIME = lazy_compile(
    rf"\b(?:at\s+)?[012]?\d[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?\s?m\.?)?(?:\s*\b{TIMEZONE}\b)?"
    rf"|\b[012]?\d\s*[ap]\.?m\.?(?:\s*\b{TIMEZONE}\b)?"
    r"|\b[012]?\d\s?h\s?[0-5]\d\b",  # French and Italian hours: 09h12, 18 h 05
    re.IGNORECASE,
)
WEEKDAY_WORD = lazy_compile(rf"\b{WEEKDAY}(?=\W|$)", re.IGNORECASE)
HAS_YEAR = lazy_compile(YEAR_DIGITS)

# Dates in metadata values, each form read on its own (see parse_date_value). Their month
# names, and those of the HTML way's bylines and datelines: the full names in the languages
# below, abbreviations in the first three. (The whole table would read more dates: a Polish
# "opublikowano: 3 maja 2021" under a headline would outvote the date a page's search gives,
# a change of outputs for a commit of its own.)
PAGE_MONTHS = frozenset(
    table_words(MONTHS, ("en", "de", "fr", "es", "it"), abbreviated=False)
    + table_words(MONTHS, ("en", "de", "fr"), full=False)
)
ISO_DATE = lazy_compile(rf"^\s*({YEAR_DIGITS})-({MONTH_DIGITS})-({DAY_DIGITS})(?!\d)")
DAY_MONTH_YEAR = lazy_compile(
    rf"\b({DAY_DIGITS})\.?\s*(?:de\s+)?([^\W\d_]{{3,10}})\.?,?\s*(?:de\s+)?({YEAR_DIGITS})\b"
)
MONTH_DAY_YEAR = lazy_compile(
    rf"\b([^\W\d_]{{3,10}})\.?\s+({DAY_DIGITS})(?:st|nd|rd|th)?,?\s+(?:[\d:]+\s+)?(?:\w+\s+)?({YEAR_DIGITS})\b"
)
NUMERIC_DMY = lazy_compile(rf"\b({DAY_DIGITS})(?:/|\.\s?)({MONTH_DIGITS})(?:/|\.\s?)({YEAR_DIGITS})\b")
SHORT_DMY = lazy_compile(rf"\b({DAY_DIGITS})\.({MONTH_DIGITS})\.(\d\d)\b(?!\.\d)")  # 10.12.19
# An ISO date after a label: "Last Updated: 2025-02-22", "Publié le 2024-03-05 à 10:00".
LABELLED_ISO_DATE = lazy_compile(rf"(?<![\w-])({YEAR_DIGITS})-([01]\d)-([0-3]\d)(?![\d-])")
EPOCH = lazy_compile(r"^\s*(1\d{9})(\d{3})?\s*$")
MAX_VALUE_CHARS = 80
FIRST_YEAR = 1995
ISO_TIMESTAMP = lazy_compile(
    rf"^\s*({YEAR_DIGITS})-({MONTH_DIGITS})-({DAY_DIGITS})"
    r"[T ]([0-2]?\d):([0-5]\d)(?::([0-5]\d))?(?:[.,]\d+)?\s*(Z|[+-][01]\d:?[0-5]\d|GMT|UTC)?\s*$",
    re.IGNORECASE,
)
RFC_TIMESTAMP = lazy_compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d")


def find_date(text: str) -> tuple[str, re.Match] | None:
    """The first valid date in text, as (ISO string, match)."""
    if not HAS_YEAR.search(text):
        return None
    for number, form in enumerate(DATE_FORMS):
        if form is MONTH_FIRST and not MONTH_FIRST_END.search(text):
            continue
        for match in form.finditer(text):
            iso = to_iso(match, swappable=number in SWAPPABLE)
            if iso:
                return iso, match
    return None


def to_iso(match: re.Match, swappable: bool = False) -> str | None:
    month = match.group("month")
    month = int(month) if month.isdigit() else MONTH_NUMBERS[month.casefold().rstrip(".")]
    day = int(match.group("day"))
    if swappable and month > 12 and day <= 12:
        day, month = month, day
    return iso_date(int(match.group("year")), month, day)


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
    return WEEKDAY_WORD.sub(" ", text)


def parse_date_value(value: str) -> str | None:
    """YYYY-MM-DD from the ways pages write a date in their metadata: ISO 8601 (the day
    as written, whatever its offset; after a label too), "Wed, 04 May 2022", "11.11.2021",
    epoch seconds.
    `value`: its whitespace folded (cleaners.html.page.clean_text)."""
    if not value or len(value) > MAX_VALUE_CHARS:
        return None
    if match := ISO_DATE.match(value):
        return valid_date(*map(int, match.groups()))
    if match := EPOCH.match(value):
        return datetime.fromtimestamp(int(match[1]), tz=UTC).date().isoformat()
    if match := NUMERIC_DMY.search(value):
        day, month, year = map(int, match.groups())
        return valid_date(year, month, day) or valid_date(year, day, month)
    if match := SHORT_DMY.search(value):
        day, month, year = map(int, match.groups())
        return valid_date(2000 + year, month, day)
    if match := DAY_MONTH_YEAR.search(value):
        day, month, year = match.groups()
        if month.casefold() in PAGE_MONTHS:
            return valid_date(int(year), MONTH_NUMBERS[month.casefold()], int(day))
    if match := MONTH_DAY_YEAR.search(value):
        month, day, year = match.groups()
        if month.casefold() in PAGE_MONTHS:
            return valid_date(int(year), MONTH_NUMBERS[month.casefold()], int(day))
    if match := LABELLED_ISO_DATE.search(value):
        return valid_date(*map(int, match.groups()))
    return None


def parse_timestamp(value: str) -> datetime | None:
    """A date and time with its zone (Z, +02:00, GMT), or None for a date without one.
    `value`: its whitespace folded."""
    if match := ISO_TIMESTAMP.match(value):
        year, month, day, hour, minute, second, zone = match.groups()
        if not zone:
            return None
        offset = timedelta(0) if zone.upper() in ("Z", "GMT", "UTC") else zone_offset(zone)
        try:
            return datetime(
                int(year),
                int(month),
                int(day),
                int(hour),
                int(minute),
                int(second or 0),
                tzinfo=timezone(offset),
            )
        except ValueError:
            return None
    if RFC_TIMESTAMP.match(value):
        from email.utils import parsedate_to_datetime  # the email package: some 20 ms to import

        try:
            found = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return found if found.tzinfo else None
    return None


def zone_offset(zone: str) -> timedelta:
    sign = -1 if zone.startswith("-") else 1
    digits = zone[1:].replace(":", "")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))


def iso_date(year: int, month: int, day: int) -> str | None:
    """The ISO date of a day that exists, else None (February 30)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def valid_date(year: int, month: int, day: int) -> str | None:
    """iso_date() of a day a page may have been published on: from FIRST_YEAR to next year."""
    return iso_date(year, month, day) if FIRST_YEAR <= year <= date.today().year + 1 else None
