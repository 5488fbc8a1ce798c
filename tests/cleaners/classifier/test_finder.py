import pytest

from cleaners import clean
from cleaners.classifier.finder import normalised_all, repetitions
from cleaners.shapes import normalised

from .helpers import PROSE


def test_normalised_all_is_normalised_of_each():
    cases = [
        ["Straße News", "ΟΔΟΣ Σ", "plain text"],
        ["two  spaces", "tab\there"],
        [" lead", "trail "],
        ["nbsp\u00a0here", "ok"],
        ["a\nb", "c"],
        ["", "x"],
    ]
    for texts in cases:
        assert normalised_all(texts) == [normalised(t) for t in texts]


def page(*lines):
    return "\n\n".join(lines).encode("utf-8")


MENU = ["Home", "News", "Sport", "Weather", "Culture", "Travel", "Contact", "Login"]


def test_a_dump_loses_its_menus_with_the_classifier_in_the_log():
    doc = clean(page(*MENU, PROSE, PROSE.replace("bridge", "tunnel"), *MENU), format="text")
    assert doc.text.count("council said") == 2
    assert "Weather" not in doc.text
    entries = [r for r in doc.removals if r.rule == "classifier"]
    assert entries and all(r.reason.startswith("boilerplate block (score ") for r in entries)
    assert doc.metadata.language == "en"


@pytest.mark.parametrize("count", [1, 2, 3])
def test_a_clean_short_article_comes_out_whole(count):
    paragraphs = [PROSE, "Work on the approach roads will continue until March.", "It cost £40m."][:count]
    doc = clean(page(*paragraphs), format="text")
    assert doc.text == "\n\n".join(paragraphs) + "\n"


# A lead above the article, a block of short lines (a table of contents, captions) between.
LEAD_PAGES = {
    "en": (
        "Ferry operators across the northern islands have raised their winter fares by a fifth, "
        "and island councils warn that residents will pay for the rising cost of fuel.",
        [f"Gallery {n}: {side} Harbour Pier" for n, side in enumerate(["North", "South", "West"] * 8)],
        [
            "The island councils said the ferry operators had given them no warning of the new fares, "
            "which take effect in November and will last until the end of March.",
            "Residents who cross to the mainland for work will pay about forty pounds more each month, "
            "the councils said, and many of them have no other way to reach their jobs.",
            "The operators say the cost of fuel has doubled since the spring and that the winter fares "
            "only cover what they now pay to keep the ferries running on every route.",
        ],
        "Win a weekend for two in a luxury spa hotel: enter our competition and tell your friends!",
    ),
    "de": (
        "Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme deutlich, und viele Mieter "
        "fürchten nun hohe Nachzahlungen für den Winter.",
        [f"Foto {n}: Bild anzeigen" for n in range(1, 25)],
        [
            "Wie die Stadtwerke am Montag mitteilten, steigen die Preise für Fernwärme um knapp ein Drittel, "
            "weil die Kosten für Gas und Strom im vergangenen Jahr stark gestiegen sind.",
            "Der Mieterverein rät allen Mietern, die Abrechnung genau zu prüfen und bei Fragen rechtzeitig "
            "Kontakt mit dem Vermieter aufzunehmen, bevor die Nachzahlungen fällig werden.",
            "Die Stadtwerke verweisen darauf, dass die Preise für Fernwärme noch immer unter denen anderer "
            "Städte in der Region liegen und dass Härtefälle eine Ratenzahlung beantragen können.",
        ],
        "Jetzt bestellen und sparen: unser Magazin kommt mit drei Ausgaben gratis zu Ihnen nach Hause!",
    ),
}


@pytest.mark.parametrize("language", sorted(LEAD_PAGES))
def test_a_lead_above_the_article_stays_and_an_unrelated_promotion_goes(language):
    lead, block, article, promotion = LEAD_PAGES[language]
    doc = clean(page(*MENU, promotion, lead, *block, *article, *MENU), format="text")
    assert lead in doc.text and all(paragraph in doc.text for paragraph in article)
    assert promotion not in doc.text and block[3] not in doc.text
    assert any(r.text == promotion and r.rule == "classifier" for r in doc.removals)


def test_lines_of_no_word_do_not_count_as_repeated():
    # A table's separator rows and a list's lone markers repeat inside an article as much as
    # in a page's frame: only a line with a word is a repeat worth a page's frame.
    texts = ["| --- | --- |", "Menu", "| --- | --- |", "-", "Menu", "-", "* * *", "* * *", "Score 2"]
    assert repetitions(texts) == [False, True, False, False, True, False, False, False, False]
