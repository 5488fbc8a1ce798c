"""Features of one line that survive without HTML, from one tokenisation and cheap string ops."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from operator import itemgetter, methodcaller, sub

from cleaners.document import Document, Line
from cleaners.lexicon import notices
from cleaners.lexicon.patterns import alternation, needles, term
from cleaners.lookup import lines_with
from cleaners.regex import lazy_compile

# Characters that strip off a token's edges before the stopword lookup.
EDGE_PUNCTUATION = "\"'“”‘’«»„()[]{}.,;:!?¿¡…-–—*/|·•›»"
SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", ":", ";", '"', "”", "’", "»", ")")
# Characters that show nothing (zero-width spaces and joiners, invisible operators, a byte-order
# mark): some pages end each line of a list or a recipe with one, after its full stop.
INVISIBLE = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
# What a URL, an e-mail address or a handle holds ("https://", "@", ".com").
URL_ENDINGS = (".com", ".org", ".net", ".htm", ".php")
JUNK_MARKS = (
    term(r"https?://", "://"), term(r"www\.", "www."), "@",
    term(r"\.(?:com|org|net|html?|php)\b", URL_ENDINGS),
)  # fmt: skip
JUNK_HINT = lazy_compile(alternation(JUNK_MARKS), re.IGNORECASE)
# A token (a run of \S) that holds a mark, from its start to its end. `\S*(?:marks)\S*` finds the
# same tokens, but its greedy `\S*` reads to the token's end and back from every position of a
# token without a mark: quadratic in a long one ("@x aaaa..."). Here a match starts only where a
# token does, and `\S*?` reads the token once.
JUNK_TOKEN = lazy_compile(rf"(?<!\S)\S*?(?:{alternation(JUNK_MARKS)})\S*", re.IGNORECASE)
DIGIT = lazy_compile(r"\d")
CJK_FIRST = "\u3040"
CJK_CHAR = lazy_compile(f"[{CJK_FIRST}-\u9fff]")
CONSENT = lazy_compile(alternation(notices.CONSENT_WORDS))  # searched in the lower-cased line
SEPARATORS = (term(r"[|»·•›]", ("|", "»", "·", "•", "›")), " / ")
SEPARATOR = lazy_compile(alternation(SEPARATORS))
FIRST_CHARACTER = itemgetter(0)
MENU_SEPARATORS = 2  # a line with one "|" may be a headline with its site's name
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


def visible_end(text: str) -> str:
    """The text up to its last character that shows (no space, no invisible character after)."""
    return text.rstrip().rstrip(INVISIBLE).rstrip()


def is_table_row(text: str) -> bool:
    """A row of a table as text shows it, "| 125 g | flour |": its bars are no menu's."""
    return text.startswith("|") and text.endswith("|")


def strong_boilerplate(f: Features) -> bool:
    """A feature that marks a line as boilerplate wherever it stands, even between the
    article's paragraphs: a link or a handle, a cookie notice, separators between menu items,
    a text the page repeats. A line short, without a sentence end or with numbers may be a
    subheading or a list item (an ingredient, a step) as well."""
    return bool(f.consent or f.junk_tokens or f.separators >= MENU_SEPARATORS or f.repeated)


def lower_tokens(text: str) -> list[str]:
    """Lower-cased words of text with the punctuation on their edges stripped (lower() first:
    one call for the whole text; it makes no space and no edge punctuation)."""
    return edge_stripped(text.lower())


def edge_stripped(text: str) -> list[str]:
    """The words of text with the punctuation on their edges stripped, empty ones left out."""
    tokens = [raw.strip(EDGE_PUNCTUATION) for raw in text.split()]
    return [t for t in tokens if t] if "" in tokens else tokens


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
    # max() finds the highest character in C: a line with none from kana on holds no CJK.
    return 0 if text.isascii() or max(text) < CJK_FIRST else len(CJK_CHAR.findall(text))


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
    hints = (
        {text} if junk_hint else set(),
        {text} if separator_hint else set(),
        {text} if consent_hint else set(),
    )
    return texts_features([text], stop, *hints)[0]


def texts_features(
    texts: list[str], stop: frozenset[str], junk: set[str], separators: set[str], consent: set[str]
) -> list[tuple[int, float, bool, float, float, int, int, bool]]:
    """text_features() of each text, the hints given as the sets of texts that may hold a junk
    token, a separator or a consent word. The token-by-token work runs in C: map() over the
    texts, and map() over each text's tokens (map(map, repeat(f), tokens))."""
    tokens = list(map(str.split, texts))
    punctuation = map(sum, map(map, repeat(PUNCTUATION_TOKENS.__contains__), tokens))
    words = map(sub, map(len, tokens), punctuation)
    stopwords = map(sum, map(map, repeat(stop.__contains__), tokens))
    capitals = map(sum, map(map, repeat(str.isupper), map(map, repeat(FIRST_CHARACTER), tokens)))
    terminal = map(methodcaller("endswith", SENTENCE_END), map(visible_end, texts))
    rows = zip(texts, tokens, words, stopwords, capitals, terminal, map(str.isascii, texts), strict=True)
    return [
        measure(row, junk, separators, consent)
        for row in rows  # the rest: per text, in Python
    ]


def measure(row: tuple, junk: set[str], separators: set[str], consent: set[str]) -> tuple:
    text, tokens, count, stop_hits, capitals, terminal, is_ascii = row
    cjk = 0 if is_ascii else cjk_count(text)
    if cjk > count:
        count = max(count, cjk // CJK_CHARS_PER_WORD)
        stop_share = 0.3 if cjk > 10 else 0.0  # no CJK stoplist: count them as prose
    else:
        stop_share = stop_hits / count if count else 0.0
    digits = 0.0
    if count and DIGIT.search(text):
        digits = sum(map(bool, map(DIGIT.search, tokens))) / count
    # JUNK_TOKEN holds JUNK_HINT, so without the hint it finds nothing.
    junk_tokens = len(JUNK_TOKEN.findall(text)) if text in junk and JUNK_HINT.search(text) else 0
    return (
        count,
        stop_share,
        terminal,
        capitals / count if count else 0.0,
        digits,
        junk_tokens,
        len(SEPARATOR.findall(text)) if text in separators and not is_table_row(text) else 0,
        text in consent and CONSENT.search(text.lower()) is not None,
    )


# Quick looks over the whole document (cleaners.lookup.lines_with) for the only lines that can hold
# a junk token, a separator or a consent word; each finds a superset of those lines.
# JUNK_HINT (re.IGNORECASE) needs "://", "www.", "@" or a "." before one of its endings; in
# fold() those are plain substrings.
JUNK_NEEDLES = needles(JUNK_MARKS)
SEPARATOR_NEEDLES = needles(SEPARATORS)  # SEPARATOR's literals, case matters
# CONSENT searches lower(). fold() differs from it only where lower() leaves ı or ſ or turns İ
# into "i" + a combining dot; no consent word holds ı or ſ or ends in "i", so a consent word
# in lower() is in fold() too.
CONSENT_NEEDLES = needles(notices.CONSENT_WORDS)


def document_features(
    doc: Document, kept: list[Line], stoplist: frozenset[str], repeated: list[bool]
) -> list[Features]:
    """The Features of each kept line, the text's part computed once per distinct text
    (a dump repeats its menu lines) and the regex scans only on the lines a look finds."""
    junk = {line.text for line in lines_with(doc, JUNK_NEEDLES)}
    separators = {line.text for line in lines_with(doc, SEPARATOR_NEEDLES, folded=False)}
    consent = {line.text for line in lines_with(doc, CONSENT_NEEDLES)}
    texts = [line.text for line in kept]
    distinct = list(dict.fromkeys(texts))
    features = texts_features(distinct, stop_forms(stoplist), junk, separators, consent)
    measured = dict(zip(distinct, features, strict=True))
    last_index = max(len(kept) - 1, 1)
    return [
        Features(*measured[text], repeated[i], i / last_index)  # the fields' order
        for i, text in enumerate(texts)
    ]
