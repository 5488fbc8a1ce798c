import pytest

from cleaners.dates import (
    MONTH_FIRST,
    MONTH_FIRST_END,
    MONTH_NUMBERS,
    PAGE_MONTHS,
    parse_date,
    parse_date_value,
    parse_timestamp,
    strip_date_parts,
)
from cleaners.lexicon.months import WEEKDAYS, table_words


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2024-07-31T16:31:00Z", "2024-07-31"),
        ("2024/07/31", "2024-07-31"),
        ("Wednesday,  November 13 , 2024", "2024-11-13"),
        ("Jul. 4, 2023 10:02 AM EDT", "2023-07-04"),
        ("4th July 2023", "2023-07-04"),
        ("31 de julio 2024", "2024-07-31"),
        ("3 de mayo de 2021", "2021-05-03"),
        ("19.11.2012", "2012-11-19"),
        ("3. Mai 2021", "2021-05-03"),
        ("Dienstag, 7. November 2023", "2023-11-07"),
        ("12 mars 2020", "2020-03-12"),
        ("1er août 2019", "2019-08-01"),
        ("2020年1月5日", "2020-01-05"),
        ("Jan 5, 2020", "2020-01-05"),
        ("28 września 2020", "2020-09-28"),
        ("5 мая 2021", "2021-05-05"),
        ("19/11/2012", "2012-11-19"),
        ("11/19/2012", "2012-11-19"),
        ("Windows 2019 mar 2020", None),
        ("04.07.2023", "2023-07-04"),
        ("February 30, 2024", None),
        ("no date here", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    ["Jan 5, 2020", "Wednesday,  November 13 , 2024", "Jul. 4th 2023", "mayo\t3,2021", "x Sept 30 1999 y"],
)
def test_month_first_dates_have_the_ending_looked_for_first(text):
    assert MONTH_FIRST.search(text) and MONTH_FIRST_END.search(text)


@pytest.mark.parametrize("word", sorted(MONTH_NUMBERS))
def test_every_month_name_of_the_table_is_read_in_text(word):
    assert parse_date(f"3 {word} 2021") == f"2021-{MONTH_NUMBERS[word]:02d}-03"


@pytest.mark.parametrize("word", sorted(PAGE_MONTHS))
def test_every_page_month_name_is_read_in_metadata(word):
    assert parse_date_value(f"3 {word} 2021") == f"2021-{MONTH_NUMBERS[word]:02d}-03"


def test_metadata_months_are_those_of_the_page_languages():
    assert parse_date("opublikowano: 3 maja 2021") == "2021-05-03"
    assert parse_date_value("opublikowano: 3 maja 2021") is None


@pytest.mark.parametrize("word", table_words(WEEKDAYS, ["en"]))
def test_english_weekdays_are_stripped_around_a_date(word):
    assert strip_date_parts(f"{word.title()}, 3 March 2025, 9:14 am").split() == [",", ","]


@pytest.mark.parametrize(
    "value, day",
    [
        ("2022-05-03T23:30:00-04:00", "2022-05-03"),
        ("2022-5-5 22:17:36", "2022-05-05"),
        ("Wed, 04 May 2022 02:41:00 GMT", "2022-05-04"),
        ("11.11.2021", "2021-11-11"),
        ("4. 2. 2022.", "2022-02-04"),
        ("10.12.19", "2019-12-10"),
        ("Veröffentlicht am 3. Mai 2021", "2021-05-03"),
        ("Tue Jan 28 15:28:56 CET 2020", "2020-01-28"),
        ("3 de mayo de 2021", "2021-05-03"),
        ("1651626439", "2022-05-04"),
        ("Last Updated: 2024-09-17", "2024-09-17"),
        ("Publié le 2023-06-02 à 10:15", "2023-06-02"),
        ("Stand: 2021-11-30", "2021-11-30"),
        ("ref-2023-06-02-b", None),  # part of a code, not a date
        ("Build 2023-13-45", None),
        ("3 May 1990", None),  # before FIRST_YEAR: not a web page's date
        ("no date here", None),
        ("", None),
    ],
)
def test_parse_date_value(value, day):
    assert parse_date_value(value) == day


def test_timestamps_keep_their_zone():
    assert parse_timestamp("2022-05-03T23:30:00-04:00").utcoffset().total_seconds() == -4 * 3600
    assert parse_timestamp("Wed, 04 May 2022 02:41:00 GMT").utcoffset().total_seconds() == 0
    assert parse_timestamp("2022-05-03T23:30:00") is None  # no zone
    assert parse_timestamp("2022-05-03") is None
