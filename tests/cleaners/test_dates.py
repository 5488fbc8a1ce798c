import pytest

from cleaners.dates import parse_date


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2024-07-31T16:31:00Z", "2024-07-31"),
        ("2024/07/31", "2024-07-31"),
        ("Wednesday,  November 13 , 2024", "2024-11-13"),
        ("Jul. 4, 2023 10:02 AM EDT", "2023-07-04"),
        ("4th July 2023", "2023-07-04"),
        ("31 de julio 2024", None),
        ("04.07.2023", "2023-07-04"),
        ("February 30, 2024", None),
        ("no date here", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso
