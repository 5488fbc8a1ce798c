from cleaners.classifier.anchor import find_headline, title_parts

from .helpers import PROSE


def test_title_anchor():
    texts = ["Bridge opens at last | Daily Bugle", "Home", "News", "Bridge opens at last", PROSE]
    assert title_parts(texts[0])[1] == "bridge opens at last"
    assert find_headline(texts) == 3
