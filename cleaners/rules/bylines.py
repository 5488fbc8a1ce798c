"""Bylines and datelines at the start or the end of the text: to metadata author, site, date."""

from __future__ import annotations

import re

from cleaners.dates import HAS_YEAR, TIME, parse_date, strip_date_parts
from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.lexicon.months import MONTHS, WEEKDAYS, table_words
from cleaners.lexicon.patterns import alternation
from cleaners.shapes import HEAD_LINES, TAIL_LINES, ends_sentence, word_count, words

BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|text by|posted by|reporting by|writing by|"
    r"author|authors|byline|von|autor|autorin|por|par|di|door|av|af|autore|autora)"
    r"\s*:?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# What follows the names: ", Outlet", " | Outlet", " - Outlet", " for Outlet".
OUTLET_SEPARATOR = re.compile(r"\s*(?:,|\||—|–|\s-\s|\bfor\b)\s*")
NAME_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'.-]*|[A-Z]\.|(?:de|da|del|der|van|von|bin|al|le|la|di|du)\b)$")
NOT_NAMES = re.compile(
    r"^(?:the|a|an|this|that|then|now|contrast|comparison|far|mid|late|early|midnight|noon|tonight|"
    r"tomorrow|today|yesterday|law|design|default|nature|definition|chance|accident|way|all|most|some|"
    rf"{alternation(table_words(MONTHS, ['en'], abbreviated=False))}|"
    rf"{alternation(table_words(WEEKDAYS, ['en'], abbreviated=False))})$",
    re.IGNORECASE,
)
ROLES = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|producer|"
    r"photographer|analyst|intern|fellow|special to|freelance)\b",
    re.IGNORECASE,
)
REPORTING_PLACE = re.compile(r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")
# A byline without "By" that a blog template writes: "Jane Doe | 3 min read".
NAME_WITH_READING_TIME = re.compile(
    r"^(?P<names>[^|·•]{3,60}?)\s*[|·•]\s*\d+\s*min(?:ute)?s?\s+read\s*$", re.I
)
INITIAL_END = re.compile(r"\b[A-Z]\.$")
DATE_LABEL = re.compile(
    r"^(?:published|updated|last updated|posted|first published|modified|date|created|"
    r"released|issued|on|veröffentlicht|aktualisiert|erschienen|stand|datum|publié|"
    r"mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|"
    r"opublikowano)\b\s*(?:on|at|am|le|el|il|op|em)?\s*:?\s*",
    re.IGNORECASE,
)
DATE_FILLER = re.compile(r"^[\s,|•·:;/()\-–—]*(?:(?:at|on|et|pt|ct|local time)[\s,|•·:;/()\-–—]*)*$", re.I)
UPDATE_LABEL = re.compile(
    r"^(?:updated|last updated|modified|aktualisiert|mis à jour|actualizado|aggiornato|"
    r"bijgewerkt)\b",
    re.IGNORECASE,
)
MAX_BYLINE_WORDS = 14
MAX_DATELINE_WORDS = 16


def edge_lines(doc: Document) -> list[Line]:
    kept = doc.kept()
    return kept[:HEAD_LINES] + kept[max(HEAD_LINES, len(kept) - TAIL_LINES) :]


def read_bylines(doc: Document, log: RuleLog) -> None:
    for line in edge_lines(doc):
        byline = parse_byline(line.text)
        if byline:
            names, outlet = byline
            doc.metadata.author = doc.metadata.author or names
            doc.metadata.sitename = doc.metadata.sitename or outlet
            log.drop(line, "byline")


def parse_byline(text: str) -> tuple[list[str], str | None] | None:
    """(authors, outlet) from "By NAME[, NAME and NAME][, Outlet]", else None."""
    if match := NAME_WITH_READING_TIME.match(text):
        names = [n for n in NAME_SEPARATOR.split(match.group("names")) if n]
        return ([title_case(n) for n in names], None) if all(is_name(n) for n in names) else None
    # Wire trailers credit several roles: "Reporting by A in X and B in Y; Editing by C".
    first = text.partition(";")[0].strip()
    match = BYLINE.match(first)
    if not match or len(words(first)) > MAX_BYLINE_WORDS:
        return None
    if ends_sentence(first) and not INITIAL_END.search(first):  # "By John Q." is still a byline
        return None
    rest = match.group("rest")
    if first.lower().startswith(("reporting", "writing")):
        rest = REPORTING_PLACE.sub("", rest)
    parts = OUTLET_SEPARATOR.split(rest.strip(), maxsplit=1)
    names_part, outlet = parts[0], (parts[1] if len(parts) > 1 else None)
    names = [n for n in NAME_SEPARATOR.split(names_part) if n]
    if outlet and re.search(r"\s(?:and|&)\s", outlet):
        more = [n for n in NAME_SEPARATOR.split(outlet) if n]
        if all(is_name(n) for n in more):  # "By A B, C D and E F": a list of names, no outlet
            names, outlet = names + more, None
    if not names or not all(is_name(n) for n in names):
        return None
    if outlet and (ROLES.search(outlet) or not outlet[:1].isupper()):
        outlet = None
    return [title_case(n) for n in names], outlet


def is_name(name: str) -> bool:
    tokens = name.split()
    return (
        1 <= len(tokens) <= 4
        and all(NAME_TOKEN.match(t) for t in tokens)
        and not NOT_NAMES.match(tokens[0])
        and (len(tokens) >= 2 or tokens[0].isupper() is False)
    )


def title_case(name: str) -> str:
    """ "ELLEN KNICKMEYER" -> "Ellen Knickmeyer"; mixed case is left as the writer had it."""
    return name.title() if name.isupper() else name


def read_datelines(doc: Document, log: RuleLog) -> None:
    """ "Published: July 31, 2024, 4:31pm" and bare dates below the top line."""
    lines = edge_lines(doc)
    found = []
    for line in lines:
        iso = dateline_date(line.text)
        if not iso:
            continue
        if line is lines[0] and not (DATE_LABEL.match(line.text) or TIME.search(line.text)):
            continue  # a bare date on top is a page banner, handled on its own
        found.append((bool(UPDATE_LABEL.match(line.text)), iso))
        log.drop(line, "dateline")
    if found and doc.metadata.date is None:
        doc.metadata.date = min(found)[1]  # a publication date wins over an update date


def dateline_date(text: str) -> str | None:
    """The ISO date of a line that is only a (labelled) date and time, else None."""
    # A date has a year (parse_date looks for one first): a line without one needs no word count.
    if not HAS_YEAR.search(text) or word_count(text, MAX_DATELINE_WORDS + 1) > MAX_DATELINE_WORDS:
        return None
    iso = parse_date(text)
    if not iso:
        return None
    rest = strip_date_parts(DATE_LABEL.sub("", text, count=1))
    return iso if DATE_FILLER.match(rest) else None
