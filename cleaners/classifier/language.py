"""The document's language from stopword coverage over justext's stoplists (no download): what
the classifier's stopword feature reads the document by."""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from cleaners.lexicon.stoplists import stoplists
from cleaners.regex import lazy_compile

LETTER = lazy_compile(r"[^\W\d_]")
HAN = lazy_compile("[\u4e00-\u9fff]")
KANA = lazy_compile("[\u3040-\u30ff]")
HANGUL = lazy_compile("[\uac00-\ud7af]")
ANY_CJK = lazy_compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")  # HAN, KANA or HANGUL
SAMPLE_WORDS = 3000  # enough words to tell the languages apart
MIN_HITS = 5  # fewer stopwords than this: no language (too little text, or CJK)
CJK_SHARE = 0.3  # share of CJK characters above which a text is Chinese/Japanese/Korean


def cjk_language(text: str) -> str | None:
    """zh, ja or ko when most letters of text are CJK, else None."""
    sample = text[:4000]
    if sample.isascii() or not ANY_CJK.search(sample):
        return None  # no CJK character: a share of 0, below CJK_SHARE
    letters = len(LETTER.findall(sample))
    han, kana, hangul = (len(p.findall(sample)) for p in (HAN, KANA, HANGUL))
    if not letters or (han + kana + hangul) / letters < CJK_SHARE:
        return None
    if hangul > han + kana:
        return "ko"
    return "ja" if kana > 0.05 * (han + kana) else "zh"


@lru_cache(maxsize=1)
def list_weights() -> dict[str, float]:
    """language -> 1 / log(size of its stoplist). The lists come from Wikipedia and some long
    ones hold common English words ("example", "data", "list" in Marathi's 2,482): by raw
    hits, a long list beats the language of the text; per log of its length, it does not."""
    return {name: 1 / math.log(len(words)) for name, words in stoplists().items()}


def detect_language(tokens: list[str]) -> str | None:
    """The justext stoplist name covering most of the lower-cased tokens (hits weighed by
    list_weights), or None. Of lists with equal weighed hits, the first hit: by a token seen
    earlier, then first in ISO_CODES."""
    counts = stopword_hits(Counter(tokens[:SAMPLE_WORDS]))
    if not counts:
        return None
    weights = list_weights()
    best = max(counts, key=lambda name: counts[name] * weights[name])
    return best if counts[best] >= MIN_HITS else None


def stopword_hits(sample: Counter[str]) -> dict[str, int]:
    """language -> how many of the sample's tokens its stoplist holds, for the languages with
    a hit, in the order of their first hit (a token first seen earlier; then ISO_CODES').

    Each list is intersected with the sample's few hundred distinct words: no word -> lists
    index over the 150,000 words of all the lists (building one took some 200 ms)."""
    seen_at = {token: position for position, token in enumerate(sample)}
    counts: dict[str, int] = {}
    first_hit: dict[str, tuple[int, int]] = {}
    for order, (name, words) in enumerate(stoplists().items()):
        hits = words.intersection(sample)
        if hits:
            counts[name] = sum(sample[token] for token in hits)
            first_hit[name] = (min(seen_at[token] for token in hits), order)
    return {name: counts[name] for name in sorted(counts, key=first_hit.__getitem__)}
