from cleaners.lexicon.datelines import NOT_PUBLISHED_LABELS


def test_words_are_lowercase_and_written_once():
    assert all(word == word.lower() and word == word.strip() for word in NOT_PUBLISHED_LABELS)
    assert len(NOT_PUBLISHED_LABELS) == len(set(NOT_PUBLISHED_LABELS))
