import pytest

from cleaners.lexicon.months import MONTHS, WEEKDAYS, table_words, word_numbers


def test_every_month_and_weekday_has_its_english_name():
    assert list(MONTHS) == list(range(1, 13)) and list(WEEKDAYS) == list(range(1, 8))
    assert table_words(MONTHS, ["en"], abbreviated=False)[:3] == ("january", "february", "march")
    assert table_words(WEEKDAYS, ["en"], abbreviated=False)[-1] == "sunday"


def test_no_word_names_two_months():
    words = [word for number in MONTHS for word in table_words({number: MONTHS[number]})]
    assert len(words) == len(set(words))


def test_abbreviations_are_read_without_their_dot():
    assert table_words(WEEKDAYS, ["en"], full=False) == (
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    )  # fmt: skip
    assert "sept" in table_words(MONTHS, ["en"]) and "september" not in table_words(
        MONTHS, ["en"], full=False
    )


@pytest.mark.parametrize(
    "word, number",
    [("jan", 1), ("février", 2), ("märz", 3), ("maja", 5), ("мая", 5), ("sept", 9), ("déc", 12)],
)
def test_numbers(word, number):
    assert word_numbers(MONTHS)[word] == number


def test_languages_choose_the_words():
    german = table_words(WEEKDAYS, ["de"])
    assert "montag" in german and "mo" in german and "monday" not in german
