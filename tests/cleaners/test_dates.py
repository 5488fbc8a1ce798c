import pytest

from cleaners.dates import MONTH_FIRST, MONTH_FIRST_END, parse_date


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
