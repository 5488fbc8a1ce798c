"""The publication date: the date shown by the headline, checked against what the page
declares (meta tags, JSON-LD, <time>) and its address; htmldate's search as the last resort.

Dates keep the day the page writes: "2022-05-03T23:30:00-04:00" is 2022-05-03, not the
next day in UTC. A timestamp declared in UTC is read in the page's own time zone when its
other timestamps give one. Modified dates are not publication dates and are not read."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from lxml.html import HtmlElement

from cleaners.html.page import HtmlPage, clean_text, in_comments
from cleaners.html.structured_data import text_value

# Meta tags that name the publication date, most trusted first.
PUBLISHED_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dcterms:created",
    "dc.date",
    "dc:date",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "pub_date",
    "publication_date",
    "date",
)
# Other meta tags whose name says publication ("cxenseparse:recs:publishtime", "bi3dpubdate").
PUBLISHED_META_NAME = re.compile(r"publi(?:sh|cation)|pub_?date|created|issued|release", re.IGNORECASE)
NOT_PUBLISHED_META_NAME = re.compile(
    r"modif|updat|expir|revis|last|valid|verif|current|render", re.IGNORECASE
)
TIME_XPATH = (
    "//time[@datetime] | //*[@itemprop='datePublished' or @itemprop='dateCreated'][@datetime or @content]"
)
PUBLISHED_TIME_CLASS = re.compile(r"publi|entry-date")
# Dates in a page's address: /2020/02/18/, /2020-02-18-, /20200218/.
URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/_-]([01]?\d)[/_-]([0-3]?\d)(?:/|[_-]|\.html?|$)|/((?:19|20)\d\d)([01]\d)([0-3]\d)(?:/|$)"
)

ISO_DATE = re.compile(r"^\s*((?:19|20)\d\d)-([01]?\d)-([0-3]?\d)(?!\d)")
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january januar janvier enero gennaio jän jänner",
            "feb february februar février fevrier febrero febbraio",
            "mar march märz mars marzo",
            "apr april avril abril aprile",
            "may mai mayo maggio",
            "jun june juni juin junio giugno",
            "jul july juli juillet julio luglio",
            "aug august août agosto",
            "sep sept september septembre septiembre settembre",
            "oct october oktober okt octobre octubre ottobre",
            "nov november novembre noviembre",
            "dec december dezember dez décembre decembre diciembre dicembre",
        ),
        start=1,
    )
    for name in names.split()
}
DAY_MONTH_YEAR = re.compile(
    r"\b([0-3]?\d)\.?\s*(?:de\s+)?([^\W\d_]{3,10})\.?,?\s*(?:de\s+)?((?:19|20)\d\d)\b"
)
MONTH_DAY_YEAR = re.compile(
    r"\b([^\W\d_]{3,10})\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+(?:[\d:]+\s+)?(?:\w+\s+)?((?:19|20)\d\d)\b"
)
NUMERIC_DMY = re.compile(r"\b([0-3]?\d)(?:/|\.\s?)([01]?\d)(?:/|\.\s?)((?:19|20)\d\d)\b")
SHORT_DMY = re.compile(r"\b([0-3]?\d)\.([01]?\d)\.(\d\d)\b(?!\.\d)")  # 10.12.19
EPOCH = re.compile(r"^\s*(1\d{9})(\d{3})?\s*$")
FIRST_YEAR = 1995
# A date shown under the headline stands unless this many other sources agree on another ...
CONSENSUS = 3
# ... or it stands this far below the headline (a teaser, a comment) and the others disagree.
NEAR_CHARS = 600
FOLLOWING_TEXT_XPATH = (
    "following::text()[normalize-space()][not(ancestor::script or ancestor::style)][position() <= 40]"
)
PRECEDING_TEXT_XPATH = (
    "preceding::text()[normalize-space()][not(ancestor::script or ancestor::style)][position() <= 6]"
)
NEAR_ABOVE_CHARS = 100
MAX_LABELLED_TEXT = 200
PUBLISHED_LABEL = re.compile(
    r"\b(?:published|first published|posted|veröffentlicht|erschienen|erstellt|publiziert|"
    r"publié|publicado|pubblicato)(?:\s+(?:on|am|le|el|il|em))?\s*:?\s*(?=\S*\d)",
    re.IGNORECASE,
)
MAX_DATE_TEXT = 80
# Words around a shown date that still make a dateline, not a sentence that mentions a date.
DATELINE_WORDS = re.compile(
    r"\d|am|um|uhr|on|at|le|à|el|de|del|a\.?m|p\.?m|published|updated|posted|veröffentlicht|"
    r"aktualisiert|erstellt|stand|publié|publicado|actualizado|pubblicato|von|by|par|por|"
    rf"{'|'.join(MONTHS)}|mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so",
    re.IGNORECASE,
)
MAX_SENTENCE_WORDS = 5
ISO_TIMESTAMP = re.compile(
    r"^\s*((?:19|20)\d\d)-([01]?\d)-([0-3]?\d)[T ]([0-2]?\d):([0-5]\d)(?::([0-5]\d))?(?:[.,]\d+)?\s*"
    r"(Z|[+-][01]\d:?[0-5]\d|GMT|UTC)?\s*$",
    re.IGNORECASE,
)
RFC_TIMESTAMP = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d")
DATE_FIELDS = ("datePublished", "dateModified", "dateCreated")


def read_date(page: HtmlPage) -> str | None:
    """The date shown by the headline (else one the text labels "published"), unless it
    stands far below the headline or the page's other sources agree on another; else the
    address's date, the declared one, htmldate's."""
    zone = page_time_zone(page)
    declared = [
        day for day in (meta_date(page, zone), json_ld_date(page, zone), time_element_date(page, zone)) if day
    ]
    url = url_date(page)
    others = declared + ([url] if url else [])
    shown = shown_date(page, others)
    if shown is None and (labelled := labelled_date(page)):
        shown = labelled, 0
    if shown:
        day, distance = shown
        if day in others:
            return day
        if distance > NEAR_CHARS and labelled_date(page) != day:
            return url or (declared[0] if declared else None) or searched_date(page) or day
        majority = max(others, key=others.count, default=None)
        return majority if majority and others.count(majority) >= CONSENSUS else day
    return url or (declared[0] if declared else None) or searched_date(page)


def shown_date(page: HtmlPage, others: list[str]) -> tuple[str, int] | None:
    """The first dateline in the text under the headline, and how many characters below
    it; else a dateline just above it ("Opinion · Tuesday 10.12.19 / Headline"): the one
    the page also declares when there are several ("Published 10 Feb · Updated 9 Feb")."""
    anchor = page.headline_element
    if anchor is None:
        return None
    distance = 0
    for node in anchor.xpath(FOLLOWING_TEXT_XPATH):
        text = clean_text(node)
        if found := dateline(text):
            return found, distance
        distance += len(text)
    above: list[str] = []
    distance = 0
    for node in reversed(anchor.xpath(PRECEDING_TEXT_XPATH)):  # the nearest first
        text = clean_text(node)
        if found := dateline(text):
            above.append(found)
        distance += len(text)
        if distance > NEAR_ABOVE_CHARS:
            break
    confirmed = [day for day in above if day in others]
    return ((confirmed or above)[0], 0) if above else None


def labelled_date(page: HtmlPage) -> str | None:
    """A date the page labels as its publication date anywhere in its text: "Erschienen am
    01.11.2023", "Published on 3 May 2021", "Publié le 3 mai 2021"."""
    for node in page.text_nodes:
        if len(node) > MAX_LABELLED_TEXT or not PUBLISHED_LABEL.search(node):
            continue
        text = clean_text(node)
        if (
            len(text) <= MAX_DATE_TEXT
            and (label := PUBLISHED_LABEL.search(text))
            and (found := parse_date_value(text[label.end() :]))
            and not in_comments(node.getparent())
        ):
            return found
    return None


def dateline(text: str) -> str | None:
    """The date of a short text that is a dateline."""
    if len(text) <= MAX_DATE_TEXT and (found := parse_date_value(text)) and is_dateline(text):
        return found
    return None


def is_dateline(text: str) -> bool:
    """A dateline is a date with few words around it: "Veröffentlicht am 3. Mai 2021, 14:05
    Uhr", not "Seit dem 3. Mai 2021 gilt die Regel für alle Betriebe"."""
    words = [word for word in re.findall(r"[^\W\d_]+", text) if not DATELINE_WORDS.fullmatch(word)]
    return len(words) <= MAX_SENTENCE_WORDS


def json_ld_date(page: HtmlPage, zone: timezone | None = None) -> str | None:
    for key in ("datePublished", "dateCreated"):
        for value in page.article_values(key):
            if found := local_date(text_value(value), zone):
                return found
    return None


def meta_date(page: HtmlPage, zone: timezone | None = None) -> str | None:
    for value in page.meta_values(*PUBLISHED_META_KEYS):
        if found := local_date(value, zone):
            return found
    for key, values in page.meta.items():
        if PUBLISHED_META_NAME.search(key) and not NOT_PUBLISHED_META_NAME.search(key):
            for value in values:
                if found := local_date(value, zone):
                    return found
    return None


def time_element_date(page: HtmlPage, zone: timezone | None = None) -> str | None:
    """A <time> or microdata element marked as the publication date; else the first
    <time datetime> of the article, else of the page."""
    elements = [element for element in page.tree.xpath(TIME_XPATH) if not in_comments(element)]
    marked = [element for element in elements if is_published_time(element)]
    in_article = [element for element in elements if element.xpath("ancestor::article or ancestor::main")]
    for element in marked + in_article[:1] + elements[:1]:
        if found := local_date(element.get("datetime") or element.get("content"), zone):
            return found
    return None


def is_published_time(element: HtmlElement) -> bool:
    if element.get("itemprop") in ("datePublished", "dateCreated") or element.get("pubdate") is not None:
        return True
    return element.tag == "time" and bool(PUBLISHED_TIME_CLASS.search(element.get("class", "")))


def url_date(page: HtmlPage) -> str | None:
    match = URL_DATE.search(page.url or "")
    if not match:
        return None
    year, month, day = (group for group in match.groups() if group)
    return valid_date(int(year), int(month), int(day))


def searched_date(page: HtmlPage) -> str | None:
    """htmldate's search through the page (it copies the tree; ours stays as it is)."""
    from htmldate import find_date  # imported by the first page that needs a search

    try:
        return find_date(page.tree, original_date=True, extensive_search=True, url=page.url or None)
    except Exception:  # htmldate fails on odd pages; a date is optional
        return None


def local_date(value: str | None, zone: timezone | None) -> str | None:
    """The day a declared date falls on where the page is published. A timestamp in a
    zone of its own keeps its day; a UTC timestamp moves to the page's zone, or, without
    one, to the next day when it is a local midnight east of UTC (22:00 or 23:00 sharp)."""
    stamp = timestamp(value)
    if stamp is None or stamp.utcoffset() != timedelta(0):
        return parse_date_value(value)
    if zone is not None:
        return stamp.astimezone(zone).date().isoformat()
    if stamp.hour in (22, 23) and stamp.minute == stamp.second == 0:
        return (stamp + timedelta(hours=24 - stamp.hour)).date().isoformat()
    return stamp.date().isoformat()


def timestamp(value: str | None) -> datetime | None:
    """A date and time with its zone (Z, +02:00, GMT), or None for a date without one."""
    value = clean_text(value)
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


def page_time_zone(page: HtmlPage) -> timezone | None:
    """The zone the page's other timestamps are written in (the most common offset other
    than UTC), or None when they are all UTC or there are none."""
    values = [value for values in page.meta.values() for value in values if len(value) <= MAX_DATE_TEXT]
    values += [text_value(obj.get(field)) for obj in page.articles for field in DATE_FIELDS]
    values += page.tree.xpath("//time/@datetime")
    offsets = Counter(
        stamp.utcoffset() for stamp in map(timestamp, values) if stamp and stamp.utcoffset() != timedelta(0)
    )
    return timezone(offsets.most_common(1)[0][0]) if offsets else None


def parse_date_value(value: str | None) -> str | None:
    """YYYY-MM-DD from the ways pages write a date in their metadata: ISO 8601 (the day
    as written, whatever its offset), "Wed, 04 May 2022", "11.11.2021", epoch seconds."""
    value = clean_text(value)
    if not value or len(value) > 80:
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
        if month.casefold() in MONTHS:
            return valid_date(int(year), MONTHS[month.casefold()], int(day))
    if match := MONTH_DAY_YEAR.search(value):
        month, day, year = match.groups()
        if month.casefold() in MONTHS:
            return valid_date(int(year), MONTHS[month.casefold()], int(day))
    return None


def valid_date(year: int, month: int, day: int) -> str | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found.isoformat() if FIRST_YEAR <= year <= date.today().year + 1 else None
