"""Features of one line that survive without HTML, from one tokenisation and cheap string ops."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    """Lower-cased words of text with the punctuation on their edges stripped."""
    return [t for t in (raw.strip(EDGE_PUNCTUATION).lower() for raw in text.split()) if t]


def cjk_count(text: str) -> int:
    return 0 if text.isascii() else len(CJK_CHAR.findall(text))


def line_features(text: str, stoplist: frozenset[str], position: float, repeated: bool) -> Features:
    tokens = [t for t in (raw.strip(EDGE_PUNCTUATION) for raw in text.split()) if t]
    count = len(tokens)
    lower = text.lower()
    cjk = cjk_count(text)
    if cjk > count:
        count = max(count, cjk // CJK_CHARS_PER_WORD)
        stop_share = 0.3 if cjk > 10 else 0.0  # no CJK stoplist: count them as prose
    elif count:
        stop_share = sum(map(stoplist.__contains__, map(str.lower, tokens))) / count
    else:
        stop_share = 0.0
    capitalised = sum(t[0].isupper() for t in tokens) / count if tokens else 0.0
    has_digit = count and DIGIT.search(text)
    digits = sum(map(bool, map(DIGIT.search, tokens))) / count if has_digit else 0.0
    return Features(
        words=count,
        stopwords=stop_share,
        terminal=text.rstrip().endswith(SENTENCE_END),
        capitalised=capitalised,
        digits=digits,
        junk_tokens=len(JUNK_TOKEN.findall(text)) if JUNK_HINT.search(text) else 0,
        separators=len(SEPARATOR.findall(text)),
        consent=CONSENT.search(lower) is not None,
        repeated=repeated,
        position=position,
    )
