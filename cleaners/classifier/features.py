"""Features of one line that survive without HTML, from one tokenisation and cheap string ops."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from cleaners.document import Document, Line

# Characters that strip off a token's edges before the stopword lookup.
EDGE_PUNCTUATION = "\"'“”‘’«»„()[]{}.,;:!?¿¡…-–—*/|·•›»"
SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", ":", ";", '"', "”", "’", "»", ")")
JUNK_HINT = re.compile(r"https?://|www\.|@|\.(?:com|org|net|html?|php)\b", re.IGNORECASE)
JUNK_TOKEN = re.compile(r"\S*(?:https?://|www\.|@|\.(?:com|org|net|html?|php)\b)\S*", re.IGNORECASE)
DIGIT = re.compile(r"\d")
CJK_CHAR = re.compile("[\u3040-\u9fff]")
# Consent banners and privacy notices, in the languages of the stoplists we see most.
CONSENT_WORDS = (
    "cookie",
    "consent",
    "einwilligung",
    "zustimmung",
    "datenschutz",
    "privacy",
    "gdpr",
    "dsgvo",
    "rgpd",
    "traceurs",
    "consentement",
    "consentimiento",
    "privacidad",
    "riservatezza",
    "privacybeleid",
    "terms of use",
    "terms of service",
    "nutzungsbedingungen",
)
CONSENT = re.compile("|".join(CONSENT_WORDS))  # searched in the lower-cased line
SEPARATOR = re.compile(r"[|»·•›]| / ")
CJK_CHARS_PER_WORD = 2  # a CJK text of 2n characters reads like n words of a spaced script


@dataclass(slots=True)
class Features:
    words: int  # words (CJK: characters / 2)
    stopwords: float  # share of words in the document language's stoplist
    terminal: bool  # ends like a sentence
    capitalised: float  # share of words that start with a capital
    digits: float  # share of words holding a digit
    junk_tokens: int  # URL, e-mail and @handle tokens
    separators: int  # separator characters: | » · • ›, and " / "
    consent: bool  # speaks of cookies, consent or privacy
    repeated: bool  # the same text stands elsewhere in the document
    position: float  # 0 at the top of the document, 1 at the bottom


def lower_tokens(text: str) -> list[str]:
    """Lower-cased words of text with the punctuation on their edges stripped (lower() first:
    one call for the whole text; it makes no space and no edge punctuation)."""
    return edge_stripped(text.lower())


def edge_stripped(text: str) -> list[str]:
    """The words of text with the punctuation on their edges stripped, empty ones left out."""
    tokens = [raw.strip(EDGE_PUNCTUATION) for raw in text.split()]
    return [t for t in tokens if t] if "" in tokens else tokens


def lowered(tokens: list[str]) -> list[str]:
    """[t.lower() for t in tokens] in one call. Exact: a token holds no whitespace and lower()
    makes none, and the space between tokens is neither cased nor case-ignorable, so it also
    hides each token from its neighbours in the final-sigma rule of str.lower()."""
    return " ".join(tokens).lower().split(" ") if tokens else []


# Punctuation that stands on a word's edges in prose ("(the", "it,", "“We", "so."): with it, a
# stopword is still looked up in one step (see stop_forms).
LEADING_MARKS = ("(", '"', "“", "«", "¿", "¡")
TRAILING_MARKS = (",", ".", ";", ":", "!", "?", ")", '"', "”", "»", "…")
# Tokens that are punctuation only (a "|" between menu items, a "–" dash): not words.
PUNCTUATION_TOKENS = frozenset(EDGE_PUNCTUATION) | {a + b for a in EDGE_PUNCTUATION for b in EDGE_PUNCTUATION}


@cache  # one per language met: a few hundred kB each
def stop_forms(stoplist: frozenset[str]) -> frozenset[str]:
    """The stoplist's words as they stand in text: in lower case, Capitalised or in CAPITALS,
    and the first two with a mark of punctuation before or after. A token is looked up as it
    stands, so no line is lower-cased or stripped token by token (rarer forms, "tHe", "—the"
    or "(the)", are not counted)."""
    words = stoplist | {word.capitalize() for word in stoplist}
    return frozenset(
        words
        | {word.upper() for word in stoplist}
        | {mark + word for word in words for mark in LEADING_MARKS}
        | {word + mark for word in words for mark in TRAILING_MARKS}
    )


def cjk_count(text: str) -> int:
    return 0 if text.isascii() else len(CJK_CHAR.findall(text))


def text_features(
    text: str,
    stop: frozenset[str],
    junk_hint: bool = True,
    separator_hint: bool = True,
    consent_hint: bool = True,
) -> tuple[int, float, bool, float, float, int, int, bool]:
    """The features that depend on the text alone, in the order of Features' fields. `stop`:
    the stoplist's stop_forms().

    The hints say the text may hold a junk token, a separator or a consent word; a caller
    that knows it holds none (a quick look over the whole document) passes False and saves
    the regex scans, whose answer would be 0 or False anyway."""
    tokens = text.split()
    count = len(tokens) - sum(map(PUNCTUATION_TOKENS.__contains__, tokens))
    cjk = 0 if text.isascii() else cjk_count(text)  # most lines are ASCII: no call
    if cjk > count:
        count = max(count, cjk // CJK_CHARS_PER_WORD)
        stop_share = 0.3 if cjk > 10 else 0.0  # no CJK stoplist: count them as prose
    elif count:
        stop_share = sum(map(stop.__contains__, tokens)) / count
    else:
        stop_share = 0.0
    capitalised = sum(map(str.isupper, map(itemgetter(0), tokens))) / count if count else 0.0
    has_digit = count and DIGIT.search(text)
    digits = sum(map(bool, map(DIGIT.search, tokens))) / count if has_digit else 0.0
    # JUNK_TOKEN holds JUNK_HINT, so without the hint it finds nothing.
    junk = len(JUNK_TOKEN.findall(text)) if junk_hint and JUNK_HINT.search(text) else 0
    return (
        count,
        stop_share,
        text.rstrip().endswith(SENTENCE_END),
        capitalised,
        digits,
        junk,
        len(SEPARATOR.findall(text)) if separator_hint else 0,
        consent_hint and CONSENT.search(text.lower()) is not None,
    )


def line_features(text: str, stoplist: frozenset[str], position: float, repeated: bool) -> Features:
    return Features(*text_features(text, stop_forms(stoplist)), repeated=repeated, position=position)


# Quick looks over the whole document (Document.lines_with) for the only lines that can hold
# a junk token, a separator or a consent word; each finds a superset of those lines.
# JUNK_HINT (re.IGNORECASE) needs "://", "www.", "@" or a "." before one of its endings; in
# fold() those are plain substrings.
JUNK_NEEDLES = ("@", "://", "www.", ".com", ".org", ".net", ".htm", ".php")
SEPARATOR_NEEDLES = ("|", "»", "·", "•", "›", " / ")  # SEPARATOR's literals, case matters
# CONSENT searches lower(). fold() differs from it only where lower() leaves ı or ſ or turns İ
# into "i" + a combining dot; no consent word holds ı or ſ or ends in "i", so a consent word
# in lower() is in fold() too.
CONSENT_NEEDLES = CONSENT_WORDS


def document_features(
    doc: Document, kept: list[Line], stoplist: frozenset[str], repeated: list[bool]
) -> list[Features]:
    """line_features of each kept line, the text's part computed once per distinct text
    (a dump repeats its menu lines) and the regex scans only on the lines a look finds."""
    junk = {id(line) for line in doc.lines_with(JUNK_NEEDLES)}
    separators = {id(line) for line in doc.lines_with(SEPARATOR_NEEDLES, folded=False)}
    consent = {id(line) for line in doc.lines_with(CONSENT_NEEDLES)}
    stop = stop_forms(stoplist)
    last_index = max(len(kept) - 1, 1)
    by_text: dict[str, tuple] = {}
    features = []
    for i, line in enumerate(kept):
        text = line.text
        measured = by_text.get(text)
        if measured is None:
            key = id(line)
            measured = text_features(text, stop, key in junk, key in separators, key in consent)
            by_text[text] = measured
        features.append(Features(*measured, repeated[i], i / last_index))  # the fields' order
    return features
