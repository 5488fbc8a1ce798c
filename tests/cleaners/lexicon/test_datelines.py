from cleaners.lexicon.datelines import UPDATE_LABELS


def test_words_are_lowercase_and_written_once():
    assert all(word == word.lower() and word == word.strip() for word in UPDATE_LABELS)
    assert len(UPDATE_LABELS) == len(set(UPDATE_LABELS))
