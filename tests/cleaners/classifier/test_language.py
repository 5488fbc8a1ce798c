from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from cleaners.classifier.features import lower_tokens
from cleaners.classifier.language import (
    MIN_HITS,
    SAMPLE_WORDS,
    cjk_language,
    detect_language,
    list_weights,
)
from cleaners.lexicon.stoplists import stoplists

from .helpers import PROSE

DATA = Path(__file__).resolve().parents[2] / "data"


def test_detect_language_from_stopwords():
    german = lower_tokens(
        "Der Rat hat am Dienstag mitgeteilt, dass die neue Brücke im Frühjahr und nicht im Winter öffnet."
    )
    assert detect_language(german) == "German"
    assert detect_language(lower_tokens(PROSE)) == "English"
    assert detect_language(["xyzzy"]) is None


def test_a_long_stoplist_holding_english_words_does_not_take_an_english_text():
    # Marathi's list holds "example", "data", "list", "groups": by raw hits it wins here.
    tutorial = lower_tokens(
        "In this tutorial I will show you how to change the font size of a plot. First, we have to "
        "create some example data that we can use in the following examples. As you can see below, "
        "the example data contains two groups and a list of values. If we want to make the text "
        "bigger for specific groups, we can use the theme function, which is explained in the next "
        "section. Have a look at the following example code, the example data and the list of "
        "groups, and then try it with your own data."
    )
    lists = stoplists()
    assert sum(t in lists["Marathi"] for t in tutorial) > sum(t in lists["English"] for t in tutorial)
    assert detect_language(tutorial) == "English"


def test_cjk_language():
    assert cjk_language("今年全国粮食产量再创新高") == "zh"
    assert cjk_language("東京都は今日、新しい計画を発表しました") == "ja"
    assert cjk_language(PROSE) is None


@cache
def word_index() -> dict[str, list[str]]:
    """word -> the languages whose stoplist holds it, in the order of the lists."""
    index: dict[str, list[str]] = {}
    for name, words in stoplists().items():
        for word in words:
            index.setdefault(word, []).append(name)
    return index


def language_by_word_index(tokens: list[str]) -> str | None:
    """detect_language as it was, by word_index: the order of the languages with equal
    weighed hits (the first one wins) is the order they were first hit in."""
    index = word_index()
    counts: dict[str, int] = {}
    for token, seen in Counter(filter(index.__contains__, tokens[:SAMPLE_WORDS])).items():
        for name in index[token]:
            counts[name] = counts.get(name, 0) + seen
    if not counts:
        return None
    weights = list_weights()
    best = max(counts, key=lambda name: counts[name] * weights[name])
    return best if counts[best] >= MIN_HITS else None


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.txt")), ids=lambda path: path.name)
def test_the_language_is_the_word_indexs(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    for sample in (text, text[:300], text[len(text) // 2 :]):
        tokens = lower_tokens(sample)
        assert detect_language(tokens) == language_by_word_index(tokens)
