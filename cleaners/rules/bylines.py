"""Bylines and datelines at the start or the end of the text: to metadata author, site, date."""

from __future__ import annotations

import re

from cleaners.dates import HAS_YEAR, TIME, parse_date, strip_date_parts
from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.names import parse_byline
from cleaners.regex import lazy_compile
from cleaners.shapes import HEAD_LINES, TAIL_LINES, word_count

DATE_LABEL = lazy_compile(
    r"^(?:published|updated|last updated|posted|first published|modified|date|created|"
    r"released|issued|on|veröffentlicht|aktualisiert|erschienen|stand|datum|publié|"
    r"mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|"
    r"opublikowano)\b\s*(?:on|at|am|le|el|il|op|em)?\s*:?\s*",
    re.IGNORECASE,
)
DATE_FILLER = lazy_compile(r"^[\s,|•·:;/()\-–—]*(?:(?:at|on|et|pt|ct|local time)[\s,|•·:;/()\-–—]*)*$", re.I)
UPDATE_LABEL = lazy_compile(
    r"^(?:updated|last updated|modified|aktualisiert|mis à jour|actualizado|aggiornato|"
    r"bijgewerkt)\b",
    re.IGNORECASE,
)
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
