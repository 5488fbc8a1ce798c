from trafilatura.utils import load_html

from cleaners.html.metadata.fields import read_language, read_license, read_sitename, read_tags
from cleaners.html.page import HtmlPage


def page(head: str, body: str = "<p>Text.</p>", lang: str = "") -> HtmlPage:
    return HtmlPage(load_html(f"<html{lang}><head>{head}</head><body>{body}</body></html>"))


def test_site_name_from_open_graph_else_the_domain():
    assert read_sitename(page('<meta property="og:site_name" content="Harbour Times">')) == "Harbour Times"
    canonical = '<link rel="canonical" href="https://www.harbourtimes.example/news/a">'
    assert read_sitename(page(canonical)) == "harbourtimes.example"


def test_licence_from_a_rel_license_link_or_a_footer_link():
    link = '<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">'
    assert read_license(page(link)) == "CC BY-SA 4.0"
    footer = '<footer><a href="https://creativecommons.org/licenses/by-nc/3.0/">CC</a></footer>'
    assert read_license(page("", footer)) == "CC BY-NC 3.0"
    assert (
        read_license(page("", '<p><a href="https://creativecommons.org/licenses/by/4.0/">x</a></p>')) is None
    )


def test_language_tag_from_the_html_element_or_meta():
    assert read_language(page("", lang=' lang="de-de"')) == "de-DE"
    assert read_language(page('<meta property="og:locale" content="fr_FR">')) == "fr-FR"


def test_tags_from_keywords():
    assert read_tags(page('<meta name="keywords" content="ferries, strikes; ports">')) == [
        "ferries",
        "strikes",
        "ports",
    ]
