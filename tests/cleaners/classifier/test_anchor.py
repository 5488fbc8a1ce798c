import pytest

from cleaners.classifier.anchor import find_headline, title_parts

from .helpers import PROSE


def test_title_anchor():
    texts = ["Bridge opens at last | Daily Bugle", "Home", "News", "Bridge opens at last", PROSE]
    assert title_parts(texts[0])[1] == "bridge opens at last"
    assert find_headline(texts) == 3


@pytest.mark.parametrize(
    "lead, heading",
    [
        ("Each knife is forged by hand in a workshop in Portugal – MADE IN PORTUGAL.", "Made in Portugal"),
        ("Die Stühle entstehen am Waldrand — gebaut in Tirol, seit drei Generationen.", "Gebaut in Tirol"),
    ],
)
def test_a_paragraph_on_top_is_no_page_title(lead, heading):
    # a clean text starts with its first paragraph: a later subheading that starts one of its
    # parts (after a dash, a colon) is no echo of a page title, and no anchor for the article
    first = f"{lead} {PROSE} {PROSE}"
    texts = [first, PROSE, heading, PROSE, PROSE]
    assert find_headline(texts) is None
