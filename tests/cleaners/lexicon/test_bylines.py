import pytest

from cleaners.lexicon import bylines
from cleaners.lexicon.bylines import LABELS, LINE_LABELS, MARKED_LABELS, words_of

WORD_LISTS = [
    (name, value)
    for name, value in vars(bylines).items()
    if name.isupper() and isinstance(value, dict | tuple) and name != "Words"
]


@pytest.mark.parametrize("name, words", WORD_LISTS)
def test_words_are_lowercase_and_written_once_per_language(name, words):
    for per_language in words.values() if isinstance(words, dict) else [words]:
        assert all(word == word.lower() and word == word.strip() for word in per_language), name
        assert len(per_language) == len(set(per_language)), name


def test_each_label_belongs_to_one_way_or_both():
    both, marked, line = set(words_of(LABELS)), set(words_of(MARKED_LABELS)), set(words_of(LINE_LABELS))
    assert not both & marked and not both & line and not marked & line


def test_words_of_chooses_languages_in_order():
    assert words_of(LABELS, ["fr", "de"]) == ("par", "von", "autor", "autorin")
    assert words_of(LABELS, ["xx"]) == ()
    assert words_of(LABELS)[:2] == ("by", "written by")
