"""The language of the clean text, from Google's Compact Language Detector 2 (pycld2: its
model is compiled into the extension, nothing is downloaded or loaded at run time), and how it
combines with the language the document declared.

`metadata.language` is an ISO 639-1 code or None: the detected language when the detector is
confident (it says its answer is reliable, for at least CONFIDENT of the text), else the
declared one (the page's markup, a text header's `Language:`), reduced to its primary subtag
("de-DE" -> "de"). `language_score` is the share of the text the detector gives that language,
`language_declared` the declared code. A text of fewer than MIN_CHARS letters is too short to
tell: no detection, no score.

Why CLD2 and not py3langid: py3langid's model takes 0.9 s to load, and numpy 0.15 s to import,
in every process (a one-file run went from 0.33 s to 1.27 s); CLD2 imports in 3 ms and reads
a document in some 50 microseconds.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from cleaners.lexicon.stoplists import ISO_CODES
from cleaners.regex import lazy_compile

if TYPE_CHECKING:
    from cleaners.document import Document

SAMPLE_CHARS = 10_000  # of the clean text: more says nothing new, and CLD2 reads it in a millisecond
MIN_CHARS = 20  # letters: fewer, and any language's character n-grams fit by chance
CONFIDENT = 0.5  # the share of the text in the detected language, for it to win
LETTER = lazy_compile(r"[^\W\d_]")
NAMED = {name.lower(): code for name, code in ISO_CODES.items() if len(code) == 2}  # "english" -> en
# CLD2 still writes some languages under their withdrawn ISO 639-1 codes.
RENAMED = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}
UNKNOWN = "un"  # CLD2's code for a text it cannot place
# What CLD2 refuses as "invalid UTF-8": control characters and noncharacters. They tell nothing
# of a language, so they are read as spaces (a rarer one still refused: no detection).
REFUSED = lazy_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def detect(text: str) -> tuple[str | None, float | None]:
    """(ISO 639-1 code, share of the text) of the text's language, or (None, None) when too
    short to tell or when the detector cannot tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for _ in islice(LETTER.finditer(sample), MIN_CHARS)) < MIN_CHARS:
        return None, None
    import pycld2  # a C extension with its model inside: imported when a text is first read

    try:
        reliable, _, found = pycld2.detect(REFUSED.sub(" ", sample).encode("utf-8", "replace"))
    except pycld2.error:  # it refuses some code points (controls, noncharacters)
        return None, None
    _, code, percent, _ = found[0]
    language = None if code == UNKNOWN else primary_subtag(RENAMED.get(code, code))
    if language is None:
        return None, None
    return language, round(percent / 100, 3) if reliable else 0.0


def primary_subtag(tag: str | None) -> str | None:
    """The ISO 639-1 code of a language tag or name ("de-DE", "en_US", "FR", "English"), or None
    when it names no two-letter language (a three-letter code, "und", "x-default")."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    return NAMED.get(primary)


def settle_language(doc: Document, text: str) -> None:
    """Fill the document's language fields from its clean text and what it declared; the score
    is the detected language's, so it is given only when that language is the one named."""
    metadata = doc.metadata
    declared = primary_subtag(metadata.language)
    detected, score = detect(text)
    confident = detected is not None and score >= CONFIDENT
    metadata.language_declared = declared
    metadata.language = detected if confident else declared
    metadata.language_score = score if confident else None
