import pytest

from cleaners.lexicon import people

WORD_LISTS = [
    (name, value) for name, value in vars(people).items() if name.isupper() and isinstance(value, tuple)
]


@pytest.mark.parametrize("name, words", WORD_LISTS)
def test_words_are_lowercase_and_written_once(name, words):
    assert all(word == word.lower() and word == word.strip() for word in words), name
    assert len(words) == len(set(words)), name
