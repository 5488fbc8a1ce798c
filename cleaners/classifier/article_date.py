"""The article's date from the text alone: the date line nearest the top of the article."""

from __future__ import annotations

import re

from cleaners.dates import find_date
from cleaners.regex import lazy_compile

DATE_WINDOW_ABOVE = 15  # lines above the article's first line searched for its date
DATE_WINDOW_INSIDE = 8  # lines into the article
DATE_WINDOW_BELOW = 3  # lines below its last line
MAX_DATE_LINE_WORDS = 30  # a longer line is prose that mentions a date
INSIDE_COST = 1.5  # a date inside the body is less likely the article's than one above it
BELOW_COST = 4.0
UPDATE = lazy_compile(
    r"\b(?:updated?|last modified|modified|aktualisiert|geändert|mis à jour|actualizado|"
    r"aggiornato|atualizado|bijgewerkt)\b",
    re.IGNORECASE,
)
UPDATE_COST = 6.0  # an update date only when no publication date stands near


def article_date(texts: list[str], first: int, last: int) -> tuple[str, int] | None:
    """(ISO date, line index) of the date nearest the start of the article run, or None."""
    best: tuple[float, str, int] | None = None
    low = max(0, first - DATE_WINDOW_ABOVE)
    high = min(len(texts) - 1, max(first + DATE_WINDOW_INSIDE, last + DATE_WINDOW_BELOW))
    for i in range(low, high + 1):
        if first + DATE_WINDOW_INSIDE < i <= last:
            continue  # deep inside the article: not searched (before find_date, which is dear)
        text = texts[i]
        if len(text.split()) > MAX_DATE_LINE_WORDS:
            continue
        found = find_date(text)
        if not found:
            continue
        if i < first:
            cost = first - i
        elif i <= last:
            cost = (i - first) * INSIDE_COST
        else:
            cost = BELOW_COST + (i - last)
        if UPDATE.search(text):
            cost += UPDATE_COST
        if best is None or cost < best[0]:
            best = (cost, found[0], i)
    return (best[1], best[2]) if best else None
