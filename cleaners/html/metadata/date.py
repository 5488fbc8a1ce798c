"""The publication date: the date shown by the headline, checked against what the page
declares (meta tags, JSON-LD, <time>) and its address; htmldate's search as the last resort.

Dates keep the day the page writes: "2022-05-03T23:30:00-04:00" is 2022-05-03, not the
next day in UTC; one declared in UTC keeps its UTC day (the zone of the page's other
timestamps, a server's or an editor's, moves as many dates off their day as onto it), except
under a <time> that shows the day in that zone. Modified dates are not publication dates
and are not read."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta, timezone

from lxml.html import HtmlElement

from cleaners.dates import (
    DAY_DIGITS,
    MONTH_DIGITS,
    PAGE_MONTHS,
    YEAR_DIGITS,
    parse_date_value,
    parse_timestamp,
    valid_date,
)
from cleaners.html.page import HtmlPage, clean_text, in_comments
from cleaners.html.structured_data import text_value
from cleaners.lexicon.datelines import LATEST_POST_LABELS, OTHER_DATE_LABELS, UPDATE_LABELS
from cleaners.lexicon.months import WEEKDAYS, table_words
from cleaners.lexicon.patterns import longest_first
from cleaners.regex import lazy_compile

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
PUBLISHED_META_NAME = lazy_compile(r"publi(?:sh|cation)|pub_?date|created|issued|release", re.IGNORECASE)
NOT_PUBLISHED_META_NAME = lazy_compile(
    r"modif|updat|expir|revis|last|valid|verif|current|render", re.IGNORECASE
)
TIME_XPATH = (
    "//time[@datetime] | //*[@itemprop='datePublished' or @itemprop='dateCreated'][@datetime or @content]"
)
PUBLISHED_TIME_CLASS = lazy_compile(r"publi|entry-date")
# Dates in a page's address: /2020/02/18/, /2020-02-18-, /20200218/.
URL_DATE = lazy_compile(
    rf"/({YEAR_DIGITS})[/_-]({MONTH_DIGITS})[/_-]({DAY_DIGITS})(?:/|[_-]|\.html?|$)"
    rf"|/({YEAR_DIGITS})([01]\d)([0-3]\d)(?:/|$)"
)

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
# (Searched in texts of at most MAX_LABELLED_TEXT characters alone: its lookahead reads the rest of
# a token from each label in it, quadratic in a long token of labels.)
PUBLISHED_LABEL = lazy_compile(
    r"\b(?:published|first published|posted|veröffentlicht|erschienen|erstellt|publiziert|"
    r"publié|publicado|pubblicato)(?:\s+(?:on|am|le|el|il|em))?\s*(?::\s*)?(?=\S*\d)",
    re.IGNORECASE,
)
MAX_DATE_TEXT = 80
# Words around a shown date that still make a dateline, not a sentence that mentions a date.
DATELINE_WORDS = lazy_compile(
    r"\d|am|um|uhr|on|at|le|à|el|de|del|a\.?m|p\.?m|published|updated|posted|veröffentlicht|"
    r"aktualisiert|erstellt|stand|publié|publicado|actualizado|pubblicato|von|by|par|por|"
    rf"{longest_first(PAGE_MONTHS)}|"
    rf"{longest_first(table_words(WEEKDAYS, ('en', 'de'), full=False))}",
    re.IGNORECASE,
)
MAX_SENTENCE_WORDS = 5
# "Updated on June 18, 2025", "Last Updated:" / "August 5, 2025", "Joined: Mon Jul 24, 2017":
# when the text was changed, when its writer joined the forum.
OTHER_DATE_LABEL = lazy_compile(rf"^(?:{longest_first(OTHER_DATE_LABELS)})\b\s*:?", re.IGNORECASE)
LABEL_OF_ANOTHER_DATE = lazy_compile(
    rf"^(?:{longest_first(OTHER_DATE_LABELS + UPDATE_LABELS)})\b\s*:?\s*$", re.IGNORECASE
)
LATEST_POST_BY = lazy_compile(rf"^(?:{longest_first(LATEST_POST_LABELS)})\s+by\s*:?\s*$", re.IGNORECASE)
YEAR_ALONE = "-01-01"
DATE_FIELDS = ("datePublished", "dateModified", "dateCreated")


def read_date(page: HtmlPage) -> str | None:
    """The date shown by the headline (else one the text labels "published"), unless it
    stands far below the headline or the page's other sources agree on another; else the
    address's date, the declared one, htmldate's."""
    declared = [day for day in (meta_date(page), json_ld_date(page), time_element_date(page)) if day]
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
    before: list[str] = []
    for node in anchor.xpath(FOLLOWING_TEXT_XPATH):
        text = clean_text(node)
        if (found := dateline(text)) and not is_other_date(text, before):
            return time_value(node, found, page_time_zone(page)), distance
        distance += len(text)
        before = [*before[-2:], text]
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


def time_value(node, shown: str, zone: timezone | None) -> str:
    """The day a <time> element's datetime says, for the date it shows: the text is that
    moment written in the reader's or the server's zone ("Jan 15, 2024" for
    2024-01-14T21:50-05:00), the attribute the day where the page was written. Another day
    than the one shown and the one before or after it is another date: the shown one stands."""
    element = node.getparent() if node.is_text else None
    if element is None or element.tag != "time" or not element.get("datetime"):
        return shown
    declared = local_date(element.get("datetime"), zone)
    if declared is None or abs(date.fromisoformat(declared) - date.fromisoformat(shown)) > timedelta(days=1):
        return shown
    return declared


def is_other_date(text: str, before: list[str]) -> bool:
    """Is the dateline labelled as another date than the publication's: in its text ("Joined
    Mar 2019", "edited Jul 5"), by a label just before it ("Last updated:" / "August 5,
    2025"), or by a label of a user's date before the user's name ("last post by" / "jdoe" /
    "Jan 18, 2024")? The publication date may follow ("Updated May 3 · Published May 1")."""
    return bool(
        OTHER_DATE_LABEL.match(text)
        or (before and LABEL_OF_ANOTHER_DATE.match(before[-1]))
        or any(LATEST_POST_BY.match(earlier) for earlier in before)
    )


def labelled_date(page: HtmlPage) -> str | None:
    """A date the page labels as its publication date anywhere in its text: "Erschienen am
    01.11.2023", "Published on 3 May 2021", "Publié le 3 mai 2021"."""
    for node in page.short_text_nodes:
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


def json_ld_date(page: HtmlPage) -> str | None:
    for key in ("datePublished", "dateCreated"):
        for value in page.article_values(key):
            if found := local_date(text_value(value)):
                return found
    return None


def meta_date(page: HtmlPage) -> str | None:
    for value in page.meta_values(*PUBLISHED_META_KEYS):
        if found := local_date(value):
            return found
    for key, values in page.meta.items():
        if PUBLISHED_META_NAME.search(key) and not NOT_PUBLISHED_META_NAME.search(key):
            for value in values:
                if found := local_date(value):
                    return found
    return None


def time_element_date(page: HtmlPage) -> str | None:
    """A <time> or microdata element marked as the publication date; else the first
    <time datetime> of the article, else of the page."""
    elements = [element for element in page.tree.xpath(TIME_XPATH) if not in_comments(element)]
    marked = [element for element in elements if is_published_time(element)]
    in_article = [element for element in elements if element.xpath("ancestor::article or ancestor::main")]
    for element in marked + in_article[:1] + elements[:1]:
        if found := local_date(element.get("datetime") or element.get("content")):
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
        found = find_date(page.tree, original_date=True, extensive_search=True, url=page.url or None)
    except Exception:  # htmldate fails on odd pages; a date is optional
        return None
    # A year alone ("© 2019") comes back as its 1st of January: a year is no publication date.
    return None if found and found.endswith(YEAR_ALONE) else found


def local_date(value: str | None, zone: timezone | None = None) -> str | None:
    """The day a declared date falls on where the page is published. A timestamp in a
    zone of its own keeps its day; a UTC timestamp moves to the page's zone, and keeps its
    UTC day when the page gives no other zone (a guess at the zone moves as many dates
    off their day as onto it)."""
    value = clean_text(value)
    stamp = parse_timestamp(value)
    if stamp is None or stamp.utcoffset() != timedelta(0):
        return parse_date_value(value)
    if zone is not None:
        return stamp.astimezone(zone).date().isoformat()
    return stamp.date().isoformat()


def page_time_zone(page: HtmlPage) -> timezone | None:
    """The zone the page's other timestamps are written in (the most common offset other
    than UTC), or None when they are all UTC or there are none."""
    values = [value for values in page.meta.values() for value in values if len(value) <= MAX_DATE_TEXT]
    values += [text_value(obj.get(field)) for obj in page.articles for field in DATE_FIELDS]
    values += page.tree.xpath("//time/@datetime")
    stamps = [parse_timestamp(clean_text(value)) for value in values]
    offsets = Counter(stamp.utcoffset() for stamp in stamps if stamp and stamp.utcoffset() != timedelta(0))
    return timezone(offsets.most_common(1)[0][0]) if offsets else None
