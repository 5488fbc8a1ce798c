"""The shape helpers the rules share, and what their quick paths take for granted."""

from cleaners.document import Document
from cleaners.shapes import (
    ends_sentence,
    laid_out_in_blocks,
    word_count,
    words,
)

TEXTS = [
    "",
    "one",
    "Two words",
    "a b c d e f g h i j",
    "U.S.-led talks, don’t stop: 1990s–2000s",
    "x" * 40 + " y" * 30,
    " ".join(["word"] * 500),
]


def test_word_count_is_the_count_of_words_up_to_the_limit():
    for text in TEXTS:
        for limit in range(1, 30):
            assert word_count(text, limit) == min(len(words(text)), limit), (text, limit)


def test_word_count_where_the_short_text_path_ends():
    for limit in (1, 2, 5, 8):
        for size in (2 * limit - 2, 2 * limit - 1, 2 * limit):
            text = "a b" * size
            text = text[:size]
            assert word_count(text, limit) == min(len(words(text)), limit), (text, limit)


def test_ends_sentence_looks_for_abbreviations_at_the_end_only():
    for text in ("He spoke.", "Why?", "Ends with Smith.", "A list:", "Vote on the 3rd."):
        assert ends_sentence(text), text
    for text in ("Talks with the U.S.", "Jane Doe Jr.", "Acme Inc.", "In the U.S.A.", "No full stop"):
        assert not ends_sentence(text), text


def test_laid_out_in_blocks_tells_a_dump_from_a_clean_text():
    assert laid_out_in_blocks(Document.from_text("Home\nNews\n\nThe story.").lines)
    assert not laid_out_in_blocks(Document.from_text("First paragraph.\n\nSecond paragraph.\n").lines)
