import pytest

from cleaners.classifier import article
from cleaners.lexicon import headings
from cleaners.lookup import fold
from cleaners.rules import navigation

from .samples import check_entries

KINDS = {
    "RELATED": headings.RELATED,
    "SECTIONS": headings.SECTIONS,
    "POINTERS": headings.POINTERS,
    "COMMENTS": headings.COMMENTS,
    "COMMENT_FORMS": headings.COMMENT_FORMS,
    "COMMENT_WORDS": headings.COMMENT_WORDS,
    "TITLE_LOOKALIKES": headings.TITLE_LOOKALIKES,
    "COMMENT_MARKERS": headings.COMMENTER_SAYS + headings.COMMENT_BUTTONS + headings.COMMENT_COUNTS,
}


@pytest.mark.parametrize("kind", KINDS)
def test_every_match_of_an_entry_holds_its_needle_and_starts_as_stated(kind):
    check_entries(KINDS[kind])


RELATED_HEADINGS = [
    "Related Stories", "Read more:", "You might also like", "Mehr zum Thema", "Lesen Sie auch:",
    "Leia também", "À lire aussi", "Leggi anche", "Lees ook", "Czytaj też:", "Läs också",
]  # fmt: skip
LINK_LIST_HEADINGS = ["Related content", "More from Politics", "Notas relacionadas", "Weitere Artikel von X"]
TEASER_HEADINGS = ["Read next", "Most read", "Leer más", "Lue myös"]


def test_one_vocabulary_of_related_headings_for_the_link_lists_and_the_teasers():
    for text in RELATED_HEADINGS + LINK_LIST_HEADINGS:
        assert navigation.RELATED_HEADING.match(text), text
        assert navigation.HEADING_START.match("\n" + fold(text)), text
    for text in RELATED_HEADINGS + TEASER_HEADINGS:
        assert article.RELATED_HEADING.match(text), text
        assert any(needle in fold(text) for needle in article.RELATED_HEADING_NEEDLES), text


def test_each_use_keeps_the_headings_that_would_change_the_other():
    for text in LINK_LIST_HEADINGS:
        assert not article.RELATED_HEADING.match(text), text
    for text in TEASER_HEADINGS:
        assert not navigation.RELATED_HEADING.match(text), text


def test_the_trailing_navigation_takes_the_link_list_headings_and_its_own():
    for text in [
        *RELATED_HEADINGS,
        *LINK_LIST_HEADINGS,
        "Tags: a, b",
        "Most read",
        "Schlagwörter",
        "Comments",
    ]:
        assert navigation.NAV_HEADING.match(text), text
        assert navigation.HEADING_START.match("\n" + fold(text)), text
    for text in ["Kommentare", "Discussion", "Read next"]:  # a comment heading, a teasers' heading
        assert not navigation.NAV_HEADING.match(text), text


def test_pointers_start_a_line_before_a_colon():
    for text in ["READ MORE: The headline", "Lea también: Otra noticia", "Czytaj też: Tytuł"]:
        assert navigation.RELATED_LINK.match(text), text
        assert navigation.RELATED_LINK_START.match("\n" + fold(text)), text
