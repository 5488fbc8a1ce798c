"""Lines a forum thread, a product or a listing page shows again (html/repeats.py): the later
copies go, each logged; an article, a documentation page and a text dump keep theirs."""

import pytest

from cleaners.document import Document, Metadata
from cleaners.engine import run_rules
from cleaners.rulebook import NORMALISE_TEXT, REPEATED_LINE

GRID = """Winter boots
Quick view
Alpine Trekker, waterproof leather, 49.90
Quick view
Harbour Chelsea boot in suede, 64.00
QUICK  VIEW
Fjell hiking boot with a wool lining, 89.00"""


def cleaned(text: str, page_type: str | None) -> Document:
    doc = Document.from_text(text, format="html", metadata=Metadata(page_type=page_type))
    run_rules(doc, [NORMALISE_TEXT, REPEATED_LINE])
    return doc


@pytest.mark.parametrize("page_type", ["listing", "product", "forum"])
def test_a_label_every_card_repeats_is_kept_once(page_type):
    doc = cleaned(GRID, page_type)
    assert doc.text.split("\n\n").count("Quick view") == 1
    assert "QUICK" not in doc.text  # case and spacing do not make another line
    assert "Fjell hiking boot with a wool lining, 89.00" in doc.text
    assert [r.reason for r in doc.removals if r.rule == "repeated_line"] == ["a copy of line 2"] * 2


def test_a_post_quoted_under_itself_keeps_the_post():
    thread = (
        "Has anyone fitted a wood stove in a narrowboat?\n"
        "We did it last spring, the flue was the hard part.\n"
        "We did it last spring, the flue was the hard part.\n"
        "Thanks, which flue kit did you use?"
    )
    doc = cleaned(thread, "forum")
    assert doc.text.count("the flue was the hard part") == 1
    assert "Thanks, which flue kit did you use?" in doc.text


@pytest.mark.parametrize("page_type", ["article", "documentation", "page", None])
def test_other_pages_and_text_dumps_keep_their_repeats(page_type):
    song = "Row, row, row your boat\nGently down the stream\nRow, row, row your boat"
    assert cleaned(song, page_type).text.count("Row, row, row your boat") == 2


def test_a_separator_without_words_is_left_where_it_stands():
    thread = "Which flue kit?\n|\nThe twin-wall one.\n|\nanswered May 2, 2023"
    assert cleaned(thread, "forum").text.count("|") == 2
