"""read_metadata over whole pages (tests/data/html/metadata), every field at once."""

from pathlib import Path

import pytest
from lxml.html import tostring
from trafilatura.utils import load_html

from cleaners.html.metadata import read_metadata
from cleaners.html.page import HtmlPage

PAGES = Path(__file__).resolve().parents[3] / "data" / "html" / "metadata"


def metadata_of(name: str):
    return read_metadata(HtmlPage(load_html((PAGES / name).read_text(encoding="utf-8"))))


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


def test_utc_timestamp_keeps_its_utc_day_beside_timestamps_in_another_zone():
    found = metadata_of("utc_timestamp_page_zone.html")
    # Published 03:37 UTC, modified at -04:00: the day declared, the 4th.
    assert found.date == "2022-05-04"
    assert found.title == "El puerto amplía su horario nocturno"  # the h2 the <title> confirms


def test_page_without_metadata():
    found = metadata_of("no_metadata.html")
    assert (found.title, found.author, found.date, found.sitename) == (None, [], None, None)
    assert found.as_dict()["author"] is None


@pytest.mark.parametrize("name", sorted(path.name for path in PAGES.iterdir()))
def test_the_tree_is_not_modified(name):
    tree = load_html((PAGES / name).read_text(encoding="utf-8"))
    before = tostring(tree)
    read_metadata(HtmlPage(tree))
    assert tostring(tree) == before
