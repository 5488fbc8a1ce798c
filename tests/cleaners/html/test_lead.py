from lxml.html import fromstring

from cleaners.html.lead import find_lead
from cleaners.html.page import HtmlPage


def test_lead_from_a_person_description_is_ignored():
    page = HtmlPage(
        fromstring(
            '<html><head><script type=\'application/ld+json\'>{"@type": "Person", "description": '
            '"Jane writes about food and travel and has lived in six countries so far."}</script></head>'
            "<body><h1>Title</h1><div class='author'><p>Jane writes about food and travel and has lived "
            "in six countries so far.</p></div></body></html>"
        )
    )
    assert page.objects and find_lead(page) is None
