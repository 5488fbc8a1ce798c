"""Quality signals of a clean text, as the web-corpus filters publish them, for users to filter
on downstream (the README's "Quality signals and language" says each one's source).

Words are the text's whitespace-separated tokens from their first letter or digit to their
last ("dog." is "dog", "—" is no word); lines are the text's non-blank lines (the blank lines
between paragraphs are not lines of text); paragraphs are the blocks between blank lines. A
share of nothing (no words, no lines) is None, not 0: no text is not a text of no stopwords.
"""

from __future__ import annotations

from cleaners.lexicon.stoplists import stoplist_of
from cleaners.regex import lazy_compile

WORD = lazy_compile(r"[^\W_](?:\S*[^\W_])?")
PARAGRAPH_BREAK = lazy_compile(r"\n\s*\n")
# C4's end marks (period, exclamation mark, question mark, end quotation mark), with the
# typographic closing quotes and the full-width marks of CJK text.
TERMINAL_PUNCTUATION = (".", "!", "?", '"', "”", "’", "»", "。", "！", "？")
SYMBOLS = ("#", "...", "…")  # Gopher's symbols: the hash and the ellipsis (three dots or one)
SHORT_LINE_CHARS = 30  # FineWeb: a line of this many characters or fewer is short
DIGITS = 4  # a share rounded to 4 decimals: what a threshold needs, not float noise


def quality_signals(text: str, language: str | None) -> dict[str, int | float | None]:
    """The signals of `text`, whose language (ISO 639-1) is `language` or unknown (None)."""
    words = WORD.findall(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    paragraphs = [block.strip() for block in PARAGRAPH_BREAK.split(text) if block.strip()]
    return {
        "word_count": len(words),
        "mean_word_length": share(sum(map(len, words)), len(words)),
        "stopword_ratio": stopword_ratio(words, language),
        "terminal_punctuation_share": share(sum(map(ends_sentence, lines)), len(lines)),
        "symbol_to_word_ratio": share(sum(map(text.count, SYMBOLS)), len(words)),
        "duplicate_line_share": share(repeats(lines), len(lines)),
        "duplicate_paragraph_share": share(repeats(paragraphs), len(paragraphs)),
        "short_line_share": share(sum(len(line) <= SHORT_LINE_CHARS for line in lines), len(lines)),
    }


def ends_sentence(line: str) -> bool:
    return line.endswith(TERMINAL_PUNCTUATION)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def share(part: int, whole: int) -> float | None:
    return round(part / whole, DIGITS) if whole else None


def repeats(items: list[str]) -> int:
    """How many items repeat an earlier one (Gopher's duplicates: the first is not one)."""
    return len(items) - len(set(items))


def stopword_ratio(words: list[str], language: str | None) -> float | None:
    """The share of words in justext's stoplist of the language; None without one."""
    stopwords = stoplist_of(language)
    if stopwords is None or not words:
        return None
    return share(sum(word.lower() in stopwords for word in words), len(words))
