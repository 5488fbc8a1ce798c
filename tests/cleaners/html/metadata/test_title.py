from lxml.html import fromstring

from cleaners.html.metadata.title import strip_site_name
from cleaners.html.page import HtmlPage


def test_site_name_stripped_from_titles():
    page = HtmlPage(
        fromstring("<html><head><meta property='og:site_name' content='Harbour Times'></head></html>")
    )
    assert strip_site_name("Ferry strike | Harbour Times", page) == "Ferry strike"
    assert strip_site_name("Harbour Times: Ferry strike", page) == "Ferry strike"
    assert strip_site_name("Ferry strike - Harbour Times - News from the coast", page) == "Ferry strike"
    assert strip_site_name("Ferry strike - a long week", page) == "Ferry strike - a long week"
