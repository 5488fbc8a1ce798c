"""Dates written the ways news pages write them, to ISO 8601 (YYYY-MM-DD)."""

from __future__ import annotations

import re
from datetime import date

# Month names (and their usual abbreviations) in the languages of the pages we see: English,
# German, French, Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Polish and
# Russian (genitive forms, as dates write them), Czech, Turkish, Indonesian.
MONTH_NAMES = (
    "january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari "
    "stycznia styczeń января leden ledna ocak januári",
    "february feb februar feber février févr fevrier fév febrero febbraio fevereiro fev "
    "februari lutego luty февраля únor února şubat subat februári",
    "march mar märz maerz mrz mars marzo março marco maart marca marzec марта březen března "
    "mart március maret",
    "april apr avril avr abril abr aprile aprila kwietnia kwiecień апреля duben dubna nisan április",
    "may mai mayo maggio mag maio mei maja maj мая květen května mayıs mayis május",
    "june jun juni juin junio giugno giu junho czerwca czerwiec июня červen června haziran június",
    "july jul juli juillet juil julio luglio lug julho lipca lipiec июля červenec července temmuz július",
    "august aug août aout agosto ago augustus augusti sierpnia sierpień августа srpen srpna "
    "ağustos agustos augusztus agustus",
    "september sep sept septembre septiembre setiembre settembre set setembro "
    "września wrzesień сентября září eylül eylul szeptember",
    "october oct oktober okt octobre octubre ottobre ott outubro out oktobra października "
    "październik октября říjen října ekim október",
    "november nov novembre noviembre novembro listopada listopad ноября listopadu kasım kasim november",
    "december dec dezember dez décembre déc decembre diciembre dic dicembre dezembro "
    "desember desember grudnia grudzień декабря prosinec prosince aralık aralik december "
    "desember",
)
MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names.split()}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
OF = r"(?:\s+(?:of|de|del|di)\s+|\.?\s*)"  # "4th of July", "3 de mayo de 2021", "3. Mai"

MONTH_FIRST = re.compile(rf"(?<!\w){MONTH}\s+{DAY}\s*,?\s*{YEAR}\b", re.IGNORECASE)
# What MONTH_FIRST ends with ("May 5, 2024": " 5, 2024"). MONTH_FIRST tries all its month names
# wherever a word starts, slow on a long text; this is found fast (re looks only where a space
# is), so MONTH_FIRST is tried only on a text that has it.
MONTH_FIRST_END = re.compile(rf"\s{DAY}\s*,?\s*{YEAR}\b", re.IGNORECASE)

DATE_FORMS = [
    re.compile(
        rf"\b{YEAR}-(?P<month>[01]?\d)-(?P<day>[0-3]\d)(?!\d)"
        r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?"
    ),
    re.compile(rf"\b{YEAR}/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)"),
    re.compile(rf"{YEAR}\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"),
    MONTH_FIRST,
    re.compile(rf"\b{DAY}{OF}{MONTH},?{OF}{YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{DAY}\.\s*(?P<month>[01]?\d)\.\s*{YEAR}\b"),
    # 19/11/2012 and 19-11-2012: day first (most of the world), unless that cannot be.
    re.compile(rf"\b(?P<day>[0-3]?\d)[/-](?P<month>[01]?\d)[/-]{YEAR}\b"),
]
# Forms whose day and month may be written the other way round (US 11/19/2012).
SWAPPABLE = frozenset({len(DATE_FORMS) - 1})
TIMEZONE = r"(?:[ECMPA][SD]?T|GMT|UTC|BST|CES?T|IST|JST|AEST|AEDT|HKT|SGT|SAST|MSK)(?:[+-]\d\d?(?::?\d\d)?)?"
TIME = re.compile(
    rf"\b(?:at\s+)?[012]?\d[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?\s?m\.?)?(?:\s*\b{TIMEZONE}\b)?"
    rf"|\b[012]?\d\s*[ap]\.?m\.?(?:\s*\b{TIMEZONE}\b)?",
    re.IGNORECASE,
)
WEEKDAY_RE = re.compile(rf"\b{WEEKDAY}(?=\W|$)", re.IGNORECASE)


HAS_YEAR = re.compile(r"(?:19|20)\d\d")


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
    month = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    day = int(match.group("day"))
    if swappable and month > 12 and day <= 12:
        day, month = month, day
    try:
        return date(int(match.group("year")), month, day).isoformat()
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
