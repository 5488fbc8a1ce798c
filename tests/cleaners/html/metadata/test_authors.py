from trafilatura.utils import load_html

from cleaners.html.metadata.authors import read_authors
from cleaners.html.page import HtmlPage


def page(head: str, body: str = "<h1>Notes on bread</h1><p>Flour, water, salt.</p>") -> HtmlPage:
    return HtmlPage(load_html(f"<html><head>{head}</head><body>{body}</body></html>"))


def test_json_ld_people_come_first_and_organisations_are_skipped():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Organization", "name": "Harbour Times"}, {"@type": "Person", "name": "Maria Jensen"}]}'
        "</script>"
    )
    assert read_authors(page(head)) == ["Maria Jensen"]


def test_a_first_name_is_completed_by_the_byline_the_page_shows():
    head = '<meta name="author" content="Todd">'
    body = "<h1>Notes on bread</h1><p class='byline'>By Todd Bates</p><p>Flour, water, salt.</p>"
    assert read_authors(page(head, body)) == ["Todd Bates"]


def test_no_source_no_author():
    assert read_authors(page("")) == []
