import pytest

from .conftest import removed

ARTICLE = (
    "The water board said the reservoir was at 40 percent of capacity after the dry summer.\n"
    "Farmers in the valley have been asked to water their fields only at night.\n"
    "The board will decide next month whether the ban on garden hoses goes on into the autumn.\n"
)


@pytest.mark.parametrize(
    "teasers",
    [
        ["Five ways to save water in the garden", "Mayor: “We will not raise the bills this year”"],
        [
            "Neue Radwege für die Innenstadt",
            "Wie viel Strom verbraucht ein Kühlschrank?",
            "Stadtrat lehnt Haushalt ab",
        ],
        ["Qué comer después de una noche de fiesta", "El Gobierno aprueba el plan de ayudas"],
    ],
)
def test_headlines_closing_the_text_go(apply_rule, teasers):
    doc = apply_rule("trailing_teasers", ARTICLE + "\n".join(teasers))
    assert removed(doc, "trailing_teasers") == teasers


def test_one_headline_shaped_line_at_the_end_stays(apply_rule):
    doc = apply_rule("trailing_teasers", ARTICLE + "Further reading on the water board's website")
    assert removed(doc, "trailing_teasers") == []


def test_headlines_between_paragraphs_stay(apply_rule):
    text = "Five ways to save water\nMayor says bills stay\n" + ARTICLE
    doc = apply_rule("trailing_teasers", text)
    assert removed(doc, "trailing_teasers") == []


def test_a_text_of_headlines_alone_stays(apply_rule):
    doc = apply_rule(
        "trailing_teasers", "Five ways to save water\nMayor says bills stay\nNew tram line opens"
    )
    assert removed(doc, "trailing_teasers") == []
