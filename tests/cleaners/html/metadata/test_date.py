import pytest

from cleaners.html.metadata.date import local_date, parse_date_value


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
        ("1651626439", "2022-05-04"),
        ("no date here", None),
    ],
)
def test_parse_date_value(value, day):
    assert parse_date_value(value) == day


def test_local_midnight_stored_in_utc():
    assert local_date("2022-11-06T23:00:00.000Z", None) == "2022-11-07"
    assert local_date("2022-11-06T14:10:00Z", None) == "2022-11-06"
