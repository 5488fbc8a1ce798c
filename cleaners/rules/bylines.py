"""Bylines and datelines at the start or the end of the text: to metadata author, site, date."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from cleaners.dates import HAS_YEAR, TIME, parse_date, strip_date_parts
from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.formats import HTML
from cleaners.lexicon import headings
from cleaners.lexicon.patterns import alternation
from cleaners.names import parse_byline
from cleaners.regex import lazy_compile
from cleaners.shapes import HEAD_LINES, TAIL_LINES, is_headline_shaped, word_count
from cleaners.tuning import Extras, quoted

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
    """The first HEAD_LINES and the last TAIL_LINES kept lines, not counting the bylines and
    datelines among them, nor the headline-shaped lines (a title, a standfirst, a subheading):
    taking those, here or in the title rule after, brings no other line to an edge, so that
    cleaning the clean text again takes none."""
    kept = doc.kept()
    head = edge_run(kept, HEAD_LINES)
    tail = edge_run(kept[len(head) :][::-1], TAIL_LINES)[::-1]
    return head + tail


def edge_run(lines: list[Line], count: int) -> list[Line]:
    """The lines from the start of `lines` up to the count-th that is no edge line."""
    others = 0
    for end, line in enumerate(lines):
        if not is_edge_line(line.text):
            others += 1
            if others == count:
                return lines[: end + 1]
    return lines


@lru_cache(maxsize=4096)  # each edge rule measures the same edges: bylines, then datelines
def is_edge_line(text: str) -> bool:
    return is_headline_shaped(text) or bool(dateline_date(text) or parse_byline(text))


# What an outlet after a byline's names never is: a comment form's words, a thread's counter.
NOT_A_SITENAME = lazy_compile(
    rf"\b(?:{alternation(headings.COMMENT_WORDS + headings.COMMENT_FORMS)})\b", re.IGNORECASE
)


def read_bylines(doc: Document, log: RuleLog) -> None:
    """Bylines at the edges to author and sitename. A sitename that a byline of the text (the
    classifier's too) read from what is no site's name is dropped: when unsure, none."""
    if doc.format != HTML and not is_sitename(doc.metadata.sitename):
        doc.metadata.sitename = None
    for line in edge_lines(doc):
        byline = parse_byline(line.text)
        if byline:
            names, outlet = byline
            doc.metadata.author = doc.metadata.author or names
            doc.metadata.sitename = doc.metadata.sitename or sitename(outlet)
            log.drop(line, "byline")


def is_sitename(outlet: str | None) -> bool:
    return outlet is None or not NOT_A_SITENAME.search(outlet)


def sitename(outlet: str | None) -> str | None:
    return outlet if is_sitename(outlet) else None


def read_configured_bylines(doc: Document, log: RuleLog, extras: Extras) -> None:
    """[bylines] (cleaners/tuning.py): a line at the edges (as read_bylines reads them) that
    starts with a configured label ("Texto:"), or that a configured pattern matches, is a
    byline. It is removed; the names after the label, read as a byline's ("By" + the rest),
    go to metadata author and the outlet after them to sitename, when they read as names. A
    pattern's groups `author` and `sitename`, when it has them, are read instead."""
    for line in edge_lines(doc):
        found = configured_byline(line.text, extras)
        if found is not None:
            reason, names, outlet = found
            doc.metadata.author = doc.metadata.author or names
            doc.metadata.sitename = doc.metadata.sitename or sitename(outlet)
            log.drop(line, reason)


def configured_byline(text: str, extras: Extras) -> tuple[str, list[str], str | None] | None:
    """(reason, names, outlet) when a label or a pattern of `extras` finds a byline in `text`."""
    for label in extras.phrases:
        if match := label_pattern(label).match(text):
            names, outlet = byline_names(match.group("rest")) or ([], None)
            return f"byline (configured label {quoted(label)})", names, outlet
    for pattern, regex in zip(extras.patterns, extras.regexes, strict=True):
        if match := regex.search(text):
            author, site = (named_group(match, regex, name) for name in ("author", "sitename"))
            names, outlet = (byline_names(author) or ([author], None)) if author else ([], None)
            return f"byline (configured pattern {quoted(pattern)})", names, site or outlet
    return None


def named_group(match, regex, name: str) -> str | None:
    text = (match.group(name) or "").strip() if name in regex.groupindex else ""
    return text or None


def byline_names(rest: str) -> tuple[list[str], str | None] | None:
    """The names (and outlet) in what follows a byline's label, read as parse_byline reads them."""
    rest = rest.strip()
    return parse_byline(f"By {rest}") if rest else None


@cache
def label_pattern(label: str) -> re.Pattern:
    """A line that starts with `label` (its words apart by any spaces, any case; a word at its
    end ends there), then separators, then the rest."""
    words = r"\s+".join(map(re.escape, label.split()))
    end = r"(?!\w)" if label[-1].isalnum() else ""
    # One start, and each part reads on from the one before: linear in the line.
    return re.compile(rf"\s*{words}{end}[\s:|·•,–—-]*(?P<rest>.*)", re.IGNORECASE | re.DOTALL)


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
