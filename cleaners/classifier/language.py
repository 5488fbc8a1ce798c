"""The document's language from stopword coverage over justext's stoplists (no download)."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

# justext's stoplist names to ISO 639-1 codes (those that have one).
ISO_CODES = {
    "Afrikaans": "af",
    "Albanian": "sq",
    "Arabic": "ar",
    "Aragonese": "an",
    "Armenian": "hy",
    "Asturian": "ast",
    "Azerbaijani": "az",
    "Basque": "eu",
    "Belarusian": "be",
    "Bengali": "bn",
    "Bosnian": "bs",
    "Breton": "br",
    "Bulgarian": "bg",
    "Catalan": "ca",
    "Chuvash": "cv",
    "Croatian": "hr",
    "Czech": "cs",
    "Danish": "da",
    "Dutch": "nl",
    "English": "en",
    "Esperanto": "eo",
    "Estonian": "et",
    "Finnish": "fi",
    "French": "fr",
    "Galician": "gl",
    "Georgian": "ka",
    "German": "de",
    "Greek": "el",
    "Gujarati": "gu",
    "Haitian": "ht",
    "Hebrew": "he",
    "Hindi": "hi",
    "Hungarian": "hu",
    "Icelandic": "is",
    "Ido": "io",
    "Igbo": "ig",
    "Indonesian": "id",
    "Irish": "ga",
    "Italian": "it",
    "Javanese": "jv",
    "Kannada": "kn",
    "Kazakh": "kk",
    "Korean": "ko",
    "Kurdish": "ku",
    "Kyrgyz": "ky",
    "Latin": "la",
    "Latvian": "lv",
    "Lithuanian": "lt",
    "Luxembourgish": "lb",
    "Macedonian": "mk",
    "Malay": "ms",
    "Malayalam": "ml",
    "Maltese": "mt",
    "Marathi": "mr",
    "Nepali": "ne",
    "Norwegian_Bokmal": "nb",
    "Norwegian_Nynorsk": "nn",
    "Occitan": "oc",
    "Persian": "fa",
    "Polish": "pl",
    "Portuguese": "pt",
    "Quechua": "qu",
    "Romanian": "ro",
    "Russian": "ru",
    "Serbian": "sr",
    "Serbo_Croatian": "sh",
    "Slovak": "sk",
    "Slovenian": "sl",
    "Spanish": "es",
    "Sundanese": "su",
    "Swahili": "sw",
    "Swedish": "sv",
    "Tagalog": "tl",
    "Tamil": "ta",
    "Telugu": "te",
    "Turkish": "tr",
    "Turkmen": "tk",
    "Ukrainian": "uk",
    "Urdu": "ur",
    "Uzbek": "uz",
    "Vietnamese": "vi",
    "Volapuk": "vo",
    "Walloon": "wa",
    "Welsh": "cy",
    "West_Frisian": "fy",
    "Yoruba": "yo",
}
LETTER = re.compile(r"[^\W\d_]")
HAN = re.compile("[\u4e00-\u9fff]")
KANA = re.compile("[\u3040-\u30ff]")
HANGUL = re.compile("[\uac00-\ud7af]")
ANY_CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")  # HAN, KANA or HANGUL
SAMPLE_WORDS = 3000  # enough words to tell the languages apart
MIN_HITS = 5  # fewer stopwords than this: no language (too little text, or CJK)
CJK_SHARE = 0.3  # share of CJK characters above which a text is Chinese/Japanese/Korean


@lru_cache(maxsize=1)
def stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {name: frozenset(justext.get_stoplist(name)) for name in ISO_CODES}


@lru_cache(maxsize=1)
def stopword_index() -> dict[str, tuple[str, ...]]:
    """word -> the languages whose stoplist holds it."""
    index: dict[str, list[str]] = {}
    for name, words in stoplists().items():
        for word in words:
            index.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in index.items()}


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
    list_weights), or None."""
    index = stopword_index()
    counts: dict[str, int] = {}
    for token, seen in Counter(filter(index.__contains__, tokens[:SAMPLE_WORDS])).items():
        for name in index[token]:
            counts[name] = counts.get(name, 0) + seen
    if not counts:
        return None
    weights = list_weights()
    best = max(counts, key=lambda name: counts[name] * weights[name])
    return best if counts[best] >= MIN_HITS else None
