import pytest

from cleaners.lexicon import datelines

WORD_LISTS = [(name, value) for name, value in vars(datelines).items() if name.isupper()]


@pytest.mark.parametrize("name, words", WORD_LISTS)
def test_words_are_lowercase_and_written_once(name, words):
    assert all(word == word.lower() and word == word.strip() for word in words), name
    assert len(words) == len(set(words)), name
