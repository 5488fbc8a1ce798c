from datetime import timedelta, timezone

import pytest
from trafilatura.utils import load_html

from cleaners.html.metadata.date import is_dateline, local_date, read_date
from cleaners.html.metadata.title import read_title
from cleaners.html.page import HtmlPage


def test_a_utc_timestamp_keeps_its_utc_day_without_another_zone():
    assert local_date("2022-11-06T23:00:00.000Z", None) == "2022-11-06"
    assert local_date("2022-11-06T14:10:00Z", None) == "2022-11-06"


def test_a_utc_timestamp_moves_to_the_zone_the_page_gives():
    assert local_date("2022-11-06T23:00:00Z", timezone(timedelta(hours=1))) == "2022-11-07"


def test_local_date_reads_a_value_as_the_page_writes_it():
    assert local_date("  Wed, 04 May 2022 02:41:00 GMT ", None) == "2022-05-04"
    assert local_date("3.&nbsp;Mai 2021", None) == "2021-05-03"


def test_a_dateline_is_a_date_with_few_words_around_it():
    assert is_dateline("Veröffentlicht am 3. Mai 2021, 14:05 Uhr")
    assert is_dateline("Published Tue 3 May 2022 by Jane")
    assert not is_dateline("Seit dem 3. Mai 2021 gilt die Regel für alle Betriebe")


PUBLISHED_META = '<meta property="article:published_time" content="2023-02-14T09:00:00+01:00">'


def dated(dateline: str, head: str = PUBLISHED_META) -> str | None:
    html = f"<html><head>{head}</head><body><h1>Brewing at altitude</h1>{dateline}<p>Text.</p></body></html>"
    page = HtmlPage(load_html(html))
    read_title(page)
    return read_date(page)


@pytest.mark.parametrize(
    "dateline",
    [
        "<p><span>Last updated:</span> <span>August 5, 2025</span></p>",
        "<p><span>Updated on</span> <span>November 18, 2025</span></p>",
        "<div><b>Zuletzt aktualisiert am</b> <time>3. März 2024</time></div>",
        "<dl><dt>Joined:</dt><dd>Tue Mar 9, 2010 8:15 pm</dd></dl>",
        "<p>edited Jul 5, 2020 at 10:00</p>",
        "<p>Member since June 2012</p>",
    ],
)
def test_a_field_of_another_date_is_no_publication_date(dateline):
    assert dated(dateline) == "2023-02-14"


def test_a_dateline_that_says_updated_is_the_pages_dateline():
    # Many pages show their latest date as their only dateline.
    assert dated("<p>Updated May 6, 2019, 10:15</p>") == "2019-05-06"


def test_an_iso_date_after_a_label_is_a_dateline():
    assert dated("<p>Zuletzt aktualisiert: 2024-03-05</p>", head="") == "2024-03-05"
    assert dated("<p>Published 2022-10-08 by Ann Lee</p>", head="") == "2022-10-08"


def test_a_copyright_year_is_no_publication_date():
    html = "<html><body><h1>Our services</h1><p>Text.</p><footer>© 2019 Example Works</footer></body></html>"
    page = HtmlPage(load_html(html))
    read_title(page)
    assert read_date(page) is None


@pytest.mark.parametrize(
    "summary",
    [
        "<span>Last reply by</span> <a href='/u/k'>kestrel_9</a> <time>Oct 2, 2024</time>",
        "<span>last post by</span><a href='/m/7'>Dunmore</a><span>\u200b</span><span>Oct 2, 2024</span>",
    ],
)
def test_the_date_of_a_threads_latest_post_is_not_its_date(summary):
    assert dated(f"<div>{summary}</div>") == "2023-02-14"


def test_an_editors_credit_is_no_label_of_a_date():
    assert (
        dated("<p><span>Edited by:</span> <span>Rosa Lind</span></p><p>Updated Feb 11, 2026</p>")
        == "2026-02-11"
    )


def test_a_shown_time_is_the_day_its_datetime_says():
    # a post at 21:50 in New York, shown in the server's zone as the next day
    assert dated('<time datetime="2024-03-09T21:50:00-0500">Mar 10, 2024</time>') == "2024-03-09"
    assert dated('<p>Posted <time datetime="2021-11-30T23:15:00-08:00">1 Dec 2021</time></p>') == "2021-11-30"


def test_a_datetime_far_from_the_day_shown_is_another_date():
    assert dated('<time datetime="2019-01-02T10:00:00+01:00">5. Mai 2021</time>') == "2021-05-05"


def test_a_utc_publication_time_keeps_its_day_beside_timestamps_in_another_zone():
    head = '<meta property="article:published_time" content="2015-05-12T03:05:27+00:00">'
    body = (
        "<h1>Brewing at altitude</h1><p>Text.</p>"
        '<footer><time datetime="2026-01-25T12:56:29-07:00">last visit</time></footer>'
    )
    page = HtmlPage(load_html(f"<html><head>{head}</head><body>{body}</body></html>"))
    read_title(page)
    assert read_date(page) == "2015-05-12"
