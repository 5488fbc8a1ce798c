import re

import pytest

from cleaners.classifier.features import JUNK_TOKEN, lower_tokens, stop_forms, strong_boilerplate, visible_end

from .helpers import ENGLISH, PROSE, features


def test_lower_tokens_strip_edge_punctuation():
    assert lower_tokens("“Hello,” she said — (really).") == ["hello", "she", "said", "really"]


def test_words_and_stopwords():
    f = features(PROSE)
    assert f.words == 28
    assert 0.3 < f.stopwords < 0.8
    assert features("Xylophone Zebra Quokka").stopwords == 0.0


def test_stopwords_count_as_they_stand_in_text_and_punctuation_is_no_word():
    # "The" capitalised, "it," and "(and" with punctuation, "OF" in capitals: all stopwords.
    f = features("The cat sat on it, (and OF course) we — saw | that.")
    assert f.words == 11  # the "—" and the "|" are not words
    assert f.stopwords == pytest.approx(7 / 11)  # the, on, it, and, of, we, that
    forms = stop_forms(ENGLISH)
    assert {"the", "The", "THE", "the,", "(the", "“The", "the.”"} - forms == {"the.”"}


def test_terminal_punctuation():
    assert features(PROSE).terminal
    assert not features("Read more about the bridge").terminal


def test_capitalised_share():
    assert features("Privacy Policy Terms Of Use").capitalised == 1.0
    assert features(PROSE).capitalised < 0.2


def test_digits_share():
    assert features("12.04.2020 17:02 3 Kommentare").digits > 0.5


def test_junk_tokens():
    assert features("Follow @jane on https://example.org or mail jane@example.org").junk_tokens == 3
    assert features(PROSE).junk_tokens == 0


def test_separators():
    assert features("Home | News | Sport » Football").separators == 3
    assert features(PROSE).separators == 0


def test_consent():
    assert features("We use cookies to improve your experience.").consent
    assert not features(PROSE).consent


def test_cjk_text_counts_as_words():
    f = features("据新华社报道，今年全国粮食产量再创新高，达到六亿八千万吨。", stoplist=frozenset())
    assert f.words >= 10 and f.terminal and f.stopwords > 0


def test_junk_tokens_are_whole_tokens_as_before():
    """JUNK_TOKEN reads each token once; it finds the tokens `\\S*(?:marks)\\S*` finds."""
    before = re.compile(r"\S*(?:https?://|www\.|@|\.(?:com|org|net|html?|php)\b)\S*", re.IGNORECASE)
    for text in (
        "Follow @jane on https://example.org or mail jane@example.org",
        "x@y@z www.a.com.b .comx a.COM, (see example.html) HTTP://X.Y\u00a0@a\u2003b.php",
        "@x " + "a" * 1000,
    ):
        assert JUNK_TOKEN.findall(text) == before.findall(text)


@pytest.mark.parametrize(
    "line",
    ["Ingredients", "250 g flour", "- step two: fold in the eggs", "Der Rahmen", "Chapter 3", "Pour l'été"],
)
def test_a_short_line_of_an_article_is_not_strongly_bad(line):
    assert not strong_boilerplate(features(line))


@pytest.mark.parametrize(
    ("line", "repeated"),
    [
        ("Home | News | Sport", False),
        ("Follow us on www.example.org", False),
        ("We use cookies to improve your experience.", False),
        ("Newsletter", True),
    ],
)
def test_a_link_a_notice_a_menu_or_a_repeat_is_strongly_bad(line, repeated):
    assert strong_boilerplate(features(line, repeated=repeated))


def test_the_bars_of_a_table_row_are_no_menu_separators():
    assert features("| 125 g | Mehl |").separators == 0
    assert not strong_boilerplate(features("| Calories | 240 kcal |"))
    assert features("Start | Rezepte | Kontakt").separators == 2


def test_a_full_stop_before_an_invisible_character_ends_a_sentence():
    assert visible_end("Stir fry to mix well.\u2063 ") == "Stir fry to mix well."
    assert features("Remove the tofu and drain it on paper towels.\u2063").terminal
