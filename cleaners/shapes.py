"""Shapes of lines that several rules ask about: headline-shaped, attributed quote, zones."""

from __future__ import annotations

import re
from itertools import islice, pairwise

from cleaners.document import Document, Line
from cleaners.regex import lazy_compile

WORD = lazy_compile(r"[\w’'-]+")
# A final token such as "U.S." or "Jr." ends a headline without ending a sentence.
ABBREVIATION_END = lazy_compile(r"(?:\b\w\.){2,}$|\b(?:Jr|Sr|Dr|St|Mr|Mrs|Ms|Inc|Co|Ltd|vs)\.$")
ABBREVIATION_REACH = 4
QUOTE_MARKS = lazy_compile(r"[“”\"«»„]")
REPORTING_VERB = lazy_compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|explained|according to|argued|noted|"
    r"stated|tweeted|posted|urged|asked|announced|reported)\b",
    re.IGNORECASE,
)
INDIRECT_SPEECH = lazy_compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)
HEAD_LINES = 10  # bylines, datelines, breadcrumbs live in the first lines of a page ...
TAIL_LINES = 4  # ... or in its last ones


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_count(text: str, limit: int) -> int:
    """len(words(text)), or `limit` if that is less: a long paragraph is not read to its end."""
    # Words need a separator between them, so a text shorter than 2 * limit - 1 has fewer.
    if len(text) < 2 * limit - 1:
        return len(WORD.findall(text))
    return len(list(islice(WORD.finditer(text), limit)))


def ends_sentence(text: str) -> bool:
    text = text.rstrip(" \"”’')»")
    # Where ABBREVIATION_END matches it also matches in the last ABBREVIATION_REACH characters (its
    # last two "\w.", or its title): it is looked for only there.
    return text.endswith((".", "!", "?", "…", ":", ";")) and not ABBREVIATION_END.search(
        text, max(0, len(text) - ABBREVIATION_REACH)
    )


def is_headline_shaped(text: str, max_words: int = 20) -> bool:
    """Short, starts like a title, and does not end as a sentence (bar "?" and "!")."""
    text = text.strip()
    count = word_count(text, max_words + 1)
    if not 3 <= count <= max_words or len(text) > 250:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "“\"‘'"):
        return False
    stripped = text.rstrip(" \"”’')»")
    return stripped.endswith(("?", "!")) or not ends_sentence(text)


def is_reported_speech(text: str) -> bool:
    """A quotation with a reporting verb, or "X said": news about an appeal, not the appeal."""
    if QUOTE_MARKS.search(text):
        return bool(REPORTING_VERB.search(text))
    return bool(INDIRECT_SPEECH.search(text))


def head(doc: Document, count: int = HEAD_LINES) -> list[Line]:
    return doc.kept()[:count]


def laid_out_in_blocks(lines: list[Line]) -> bool:
    """Does a line of the text stand right under another, no blank line between them? A page's
    dump keeps a block's lines together (a menu, a footer's rows); a clean text, as the cleaning
    writes it, sets a blank line between each two."""
    return any(below.no == above.no + 1 for above, below in pairwise(lines))


def normalised(text: str) -> str:
    return " ".join(text.split()).casefold()
