"""justext's stoplists (the most frequent words of each language, from Wikipedia), read from
its package folder: the classifier's language guess and stopword feature, and the quality
signals' stopword ratio, read the same lists."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

from cleaners.regex import lazy_compile

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
OTHER_LINE_BREAKS = lazy_compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")  # str's, not bytes'


@lru_cache(maxsize=1)
def stoplists() -> dict[str, frozenset[str]]:
    """justext's stoplists by name, as justext.get_stoplist reads them, read from its package
    folder: importing justext (lxml and all) would cost a text dump more than the lists do."""
    return {name: read_stoplist(stoplist_folder() / f"{name}.txt") for name in ISO_CODES}


# "en" -> justext's "English": the stoplist of a language named by its ISO 639-1 code.
STOPLIST_NAMES = {code: name for name, code in ISO_CODES.items()}


def stoplist_of(language: str | None) -> frozenset[str] | None:
    """The stoplist of the language of this ISO 639-1 code; None for a language without one."""
    name = STOPLIST_NAMES.get(language or "")
    return stoplist(name) if name else None


@cache
def stoplist(name: str) -> frozenset[str]:
    """One of stoplists(), read alone: what the quality signals need of a page (cleaners/quality.py)."""
    return read_stoplist(stoplist_folder() / f"{name}.txt")


def stoplist_folder() -> Path:
    """justext's stoplists folder, found without importing justext."""
    return Path(find_spec("justext").submodule_search_locations[0]) / "stoplists"


def read_stoplist(path: Path) -> frozenset[str]:
    """justext.get_stoplist's words of one file, each line lower-cased, twice as fast: the
    text decoded, lowered and split at once, as it splits the bytes (at "\\n", "\\r")."""
    data = path.read_bytes()
    text = data.decode("utf8")
    if OTHER_LINE_BREAKS.search(text):  # where str.splitlines would split and bytes' would not
        return frozenset(line.decode("utf8").lower() for line in data.splitlines())
    return frozenset(text.lower().splitlines())
