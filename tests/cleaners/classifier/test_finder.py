import pytest

from cleaners import clean
from cleaners.classifier.finder import normalised_all
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
