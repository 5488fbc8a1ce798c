from pathlib import Path

import pytest
from lxml.html import fromstring, tostring
from trafilatura.utils import load_html

from cleaners.html_metadata import read_metadata
from cleaners.html_metadata_date import local_date, parse_date_value
from cleaners.html_metadata_names import is_name_shaped, names_in
from cleaners.html_metadata_page import Page
from cleaners.html_metadata_title import strip_site_name

PAGES = Path(__file__).parent.parent / "data" / "html" / "metadata"


def metadata_of(name: str):
    return read_metadata(load_html((PAGES / name).read_text(encoding="utf-8")))


def test_json_ld_article_with_person_authors_by_reference():
    found = metadata_of("jsonld_person_authors.html")
    # The <h1> confirms the declared headline and keeps its own quotes.
    assert found.title == "Ferry crews vote to strike over “rota changes”"
    assert found.author == ["Maria Jensen", "Tom Berg"]
    # 23:30 at -04:00 is still the 2nd where it was published.
    assert found.date == "2024-06-02"
    assert found.sitename == "Harbour Times"
    assert found.categories == ["Transport"]
    assert found.tags == ["ferries", "strikes"]
    assert found.url == "https://www.harbourtimes.example/news/ferry-crews-strike"
    assert found.language == "en-GB"


def test_json_ld_organization_author_gives_way_to_the_byline():
    found = metadata_of("jsonld_organization_author.html")
    assert found.title == "Stadtrat beschließt neue Radwege"
    assert found.author == ["Anna Keller"]  # "Von Anna Keller"; the Organization is no person
    assert found.date == "2023-03-14"
    assert found.sitename == "Talbote"
    assert found.language == "de"


def test_opengraph_and_meta_author():
    found = metadata_of("opengraph_meta_author.html")
    assert found.title == "La médiathèque rouvre ses portes"  # og:title without " - Site"
    assert found.author == ["Claire Dubois"]
    assert found.date == "2022-09-15"
    assert found.sitename == "Le Petit Quotidien"
    assert found.license == "CC BY-SA 4.0"
    assert found.tags == ["culture", "bibliothèques"]
    assert found.description.startswith("Après deux ans de travaux")
    assert found.url == "https://lepetitquotidien.example/culture/mediatheque"
    assert found.language == "fr-FR"


def test_title_without_kicker_and_site_logo():
    found = metadata_of("title_kicker_site_logo.html")
    # The logo's h1 is the site, the kicker is not the headline, the dash is the page's own.
    assert found.title == "Pegel an der Mosel sinkt – langsam"
    assert found.sitename == "Moselblick"
    assert found.author == []


def test_byline_markup_several_authors_and_time_element():
    found = metadata_of("byline_markup_time.html")
    assert found.title == "How the town saved its cinema"
    assert found.author == ["Sam O'Neill", "Priya Raman"]  # no "Staff Writers", no commenter
    assert found.date == "2023-11-08"


def test_text_byline_and_dateline_under_the_headline():
    found = metadata_of("text_byline_dateline.html")
    assert found.author == ["Jana Weber"]  # "Veröffentlicht am 3. Mai 2021 von Jana Weber"
    assert found.date == "2021-05-03"  # not the date mentioned in the text, nor the comment's


def test_utc_timestamp_read_in_the_page_time_zone():
    found = metadata_of("utc_timestamp_page_zone.html")
    # Published 03:37 UTC; the page's other timestamps are at -04:00: the 3rd, locally.
    assert found.date == "2022-05-03"
    assert found.title == "El puerto amplía su horario nocturno"  # the h2 the <title> confirms


def test_page_without_metadata():
    found = metadata_of("no_metadata.html")
    assert (found.title, found.author, found.date, found.sitename) == (None, [], None, None)
    assert found.as_dict()["author"] is None


def test_commenters_are_not_authors():
    page = """<html><body><article><h1>Notes on bread</h1><p>Flour, water, salt.</p></article>
    <div id="comments"><p>Von Peter Maier am 4. Mai 2021</p><span class="comment-author">Jo</span></div>
    </body></html>"""
    assert read_metadata(load_html(page)).author == []


@pytest.mark.parametrize("name", sorted(path.name for path in PAGES.iterdir()))
def test_the_tree_is_not_modified(name):
    tree = load_html((PAGES / name).read_text(encoding="utf-8"))
    before = tostring(tree)
    read_metadata(tree)
    assert tostring(tree) == before


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By Jane Doe, CNN", ["Jane Doe"]),
        ("Von Max Muster und Erika Mustermann", ["Max Muster", "Erika Mustermann"]),
        ("Par Claire Dubois · 3 mai 2021", ["Claire Dubois"]),
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
        ("Christoph von Ritter", ["Christoph von Ritter"]),  # "von" inside a name is no label
        ("Autor: Peter Maahn/SP-X", ["Peter Maahn", "SP-X"]),
        ("Jane Doe Chefredakteurin", ["Jane Doe"]),
        ("https://www.facebook.com/janedoe", []),
        ("Foto: Ingo Schneider", []),
        ("Posted on", []),
        ("cipha[at]cipha.net", []),
    ],
)
def test_names_in_bylines(byline, names):
    page = Page(fromstring("<html><head><meta property='og:site_name' content='CNN'></head></html>"))
    assert names_in([byline], page) == names


def test_name_shapes():
    assert is_name_shaped("Anna von Heyden")
    assert is_name_shaped("jdoe42")
    assert not is_name_shaped("mit Streuseln")
    assert not is_name_shaped("von")


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


def test_site_name_stripped_from_titles():
    page = Page(
        fromstring("<html><head><meta property='og:site_name' content='Harbour Times'></head></html>")
    )
    assert strip_site_name("Ferry strike | Harbour Times", page) == "Ferry strike"
    assert strip_site_name("Harbour Times: Ferry strike", page) == "Ferry strike"
    assert strip_site_name("Ferry strike - Harbour Times - News from the coast", page) == "Ferry strike"
    assert strip_site_name("Ferry strike - a long week", page) == "Ferry strike - a long week"
