"""Each quality signal on small texts, the expected values counted by hand."""

import pytest

from cleaners import clean
from cleaners.quality import quality_signals, word_count

# Four lines, one a repeat; 25 words; the "#" and the "…" are Gopher's symbols.
TEXT = (
    "The cat sat on the mat.\n\n"
    "The cat sat on the mat.\n\n"
    "# Menu …\n\n"
    "Is this a question? Yes, it is a long line of text.\n"
)


def test_word_count_leaves_out_tokens_without_a_letter_or_digit():
    # "#" and "…" are no words; "mat." is the word "mat", "U.S." keeps its inner dot.
    assert word_count("# Menu … mat. — U.S. 42") == 4
    assert quality_signals(TEXT, "en")["word_count"] == 6 + 6 + 1 + 12


def test_mean_word_length_in_characters():
    # 17 + 17 letters in the two sentences, 4 in "Menu", 37 in the last line: 75 over 25 words.
    assert quality_signals(TEXT, "en")["mean_word_length"] == 3.0


def test_stopword_ratio_is_over_the_stoplist_of_the_language():
    # English: the, on, the in each sentence (6); is, this, a, it, is, a, long, line, of (9).
    assert quality_signals(TEXT, "en")["stopword_ratio"] == 15 / 25
    german = "Der Hund und die Katze schlafen."
    assert quality_signals(german, "de")["stopword_ratio"] == round(3 / 6, 4)  # der, und, die


def test_no_language_or_one_without_a_stoplist_gives_no_stopword_ratio():
    assert quality_signals(TEXT, None)["stopword_ratio"] is None
    assert quality_signals(TEXT, "xx")["stopword_ratio"] is None


def test_terminal_punctuation_share_of_lines():
    # Lines ending in ".", ".", "…" (not an end mark) and ".".
    assert quality_signals(TEXT, "en")["terminal_punctuation_share"] == 0.75
    quoted = "He said “yes.”\n\nShe asked why?\n\nHome\n\nWow!\n"
    assert quality_signals(quoted, None)["terminal_punctuation_share"] == 0.75


def test_symbol_to_word_ratio_counts_hashes_and_ellipses():
    assert quality_signals(TEXT, "en")["symbol_to_word_ratio"] == 2 / 25
    assert quality_signals("#one #two wait... and…", None)["symbol_to_word_ratio"] == 4 / 4


def test_duplicate_shares_count_the_repeats_not_the_first():
    assert quality_signals(TEXT, "en")["duplicate_line_share"] == 0.25
    assert quality_signals(TEXT, "en")["duplicate_paragraph_share"] == 0.25
    three = "Share this\n\nShare this\n\nShare this\n\nA story.\n"
    assert quality_signals(three, None)["duplicate_line_share"] == 0.5


def test_paragraphs_are_blocks_between_blank_lines():
    # Two paragraphs of two lines each, the same paragraph twice: no line is repeated in a row,
    # but two of the four lines repeat and one of the two paragraphs does.
    text = "First line\nsecond line\n\nFirst line\nsecond line\n"
    signals = quality_signals(text, None)
    assert signals["duplicate_line_share"] == 0.5 and signals["duplicate_paragraph_share"] == 0.5


def test_short_line_share_is_of_lines_of_30_characters_or_fewer():
    assert quality_signals(TEXT, "en")["short_line_share"] == 0.75
    exactly = "x" * 30 + "\n\n" + "y" * 31 + "\n"
    assert quality_signals(exactly, None)["short_line_share"] == 0.5


def test_an_empty_text_has_no_shares():
    signals = quality_signals("", None)
    assert signals.pop("word_count") == 0
    assert set(signals.values()) == {None}


def test_shares_are_rounded_to_four_decimals():
    assert quality_signals("a b c\n\nd e f\n\nd e f\n", None)["duplicate_line_share"] == 0.3333


@pytest.mark.parametrize("raw", [b"<html><body><p>Hello there, world.</p></body></html>", b"Hello."])
def test_the_sidecar_dict_carries_the_signals_of_the_clean_text(raw):
    doc = clean(raw)
    assert doc.as_dict()["quality"] == quality_signals(doc.text, doc.metadata.language)
