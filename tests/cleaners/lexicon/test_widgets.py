import pytest

from cleaners.lexicon import widgets
from cleaners.lookup import fold
from cleaners.rules import captions, navigation

from .samples import check_entries


@pytest.mark.parametrize(
    "kind", ["WIDGETS", "GALLERY_CONTROLS", "SHARE_LABELS", "SHARE_REQUESTS", "SHARE_QUESTIONS"]
)
def test_every_match_of_an_entry_starts_as_stated(kind):
    check_entries(getattr(widgets, kind), needles=False)


@pytest.mark.parametrize(
    ("pattern", "start", "text"),
    [
        (navigation.WIDGETS, navigation.WIDGET_START, "Advertisement"),
        (navigation.WIDGETS, navigation.WIDGET_START, "5 min read"),
        (navigation.WIDGETS, navigation.WIDGET_START, "Keine Kommentare"),
        (navigation.GALLERY, navigation.GALLERY_START, "3 of 12"),
        (navigation.GALLERY, navigation.GALLERY_START, "View all 12 photos"),
    ],
)
def test_the_line_starts_find_what_the_patterns_find(pattern, start, text):
    assert pattern.match(text)
    assert start.match("\n" + fold(text))


def test_every_gallery_tail_ends_in_one_of_its_last_words():
    for entry in widgets.GALLERY_TAIL:
        for text in ("A view (AP) photo gallery", "A view (AP) Hide Caption", "A view (AP) Buy this photo"):
            assert captions.ends_like_gallery_tail(text), (entry, text)


def test_every_share_request_holds_its_needle():
    check_entries(widgets.SHARE_REQUESTS, starts=False)
