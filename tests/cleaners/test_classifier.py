"""The text way's article finder: each feature, the scoring, the article choice, the rule."""

import pytest

from cleaners import clean
from cleaners.classifier.anchor import find_headline, title_parts
from cleaners.classifier.article import (
    COMMENT_HEADING_NEEDLES,
    COMMENT_MARKER_NEEDLES,
    MIN_BAD_WEIGHT,
    RELATED_HEADING,
    RELATED_HEADING_NEEDLES,
    cut_comments,
    densest_run,
    is_comment_heading,
    is_comment_marker,
    line_weight,
    run_after_anchor,
)
from cleaners.classifier.article_date import article_date
from cleaners.classifier.features import line_features, lower_tokens, stop_forms
from cleaners.classifier.finder import normalised_all
from cleaners.classifier.language import cjk_language, detect_language, stoplists
from cleaners.classifier.scoring import BAD, GOOD, SHORT, classify, score, smooth
from cleaners.document import fold

ENGLISH = stoplists()["English"]
PROSE = (
    "The council said on Tuesday that the new bridge would open in the spring, after a delay "
    "of almost two years caused by the rising cost of steel."
)


def features(text, repeated=False):
    return line_features(text, ENGLISH, 0.5, repeated)


# ------------------------------------------------------------------ features


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
    f = line_features("据新华社报道，今年全国粮食产量再创新高，达到六亿八千万吨。", frozenset(), 0.5, False)
    assert f.words >= 10 and f.terminal and f.stopwords > 0


# ------------------------------------------------------------------ language


def test_detect_language_from_stopwords():
    german = lower_tokens(
        "Der Rat hat am Dienstag mitgeteilt, dass die neue Brücke im Frühjahr und nicht im Winter öffnet."
    )
    assert detect_language(german) == "German"
    assert detect_language(lower_tokens(PROSE)) == "English"
    assert detect_language(["xyzzy"]) is None


def test_a_long_stoplist_holding_english_words_does_not_take_an_english_text():
    # Marathi's list holds "example", "data", "list", "groups": by raw hits it wins here.
    tutorial = lower_tokens(
        "In this tutorial I will show you how to change the font size of a plot. First, we have to "
        "create some example data that we can use in the following examples. As you can see below, "
        "the example data contains two groups and a list of values. If we want to make the text "
        "bigger for specific groups, we can use the theme function, which is explained in the next "
        "section. Have a look at the following example code, the example data and the list of "
        "groups, and then try it with your own data."
    )
    lists = stoplists()
    assert sum(t in lists["Marathi"] for t in tutorial) > sum(t in lists["English"] for t in tutorial)
    assert detect_language(tutorial) == "English"


def test_normalised_all_is_normalised_of_each():
    from cleaners.shapes import normalised

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


def test_cjk_language():
    assert cjk_language("今年全国粮食产量再创新高") == "zh"
    assert cjk_language("東京都は今日、新しい計画を発表しました") == "ja"
    assert cjk_language(PROSE) is None


# ------------------------------------------------------------------ scoring


def test_prose_scores_good_and_menus_bad():
    prose, _ = score(features(PROSE))
    menu, reasons = score(features("Home | News | Sport"))
    assert classify(prose, 29) == GOOD
    assert classify(menu, 3) == BAD
    assert "separators" in reasons


def test_repetition_and_consent_lower_the_score():
    assert score(features(PROSE, repeated=True))[0] < score(features(PROSE))[0]
    assert (
        "cookie or privacy notice"
        in score(features("We use cookies on this site, you agree to their use."))[1]
    )


def test_short_lines_are_never_good_on_their_own():
    assert classify(5.0, 4) == SHORT


def test_smooth_takes_the_neighbours_class():
    assert smooth([GOOD, SHORT, GOOD]) == [GOOD, GOOD, GOOD]
    assert smooth([BAD, SHORT, BAD]) == [BAD, BAD, BAD]
    assert smooth([GOOD, SHORT, BAD]) == [GOOD, BAD, BAD]


# ------------------------------------------------------------------ article choice


def test_densest_run():
    assert densest_run([-8, 20, -8, 30, -8, -8, 5]) == (1, 3)
    assert densest_run([-8, -8]) == (0, -1)


def test_line_weight():
    assert line_weight(GOOD, 30, value=3.0) == 30
    assert line_weight(BAD, 2) == -MIN_BAD_WEIGHT
    assert line_weight(GOOD, 2, "Jane says:") < 0


def test_comment_heading_and_markers():
    assert is_comment_heading("3 Comments")
    assert is_comment_heading("Schreibe einen Kommentar Antworten abbrechen")
    assert not is_comment_heading("Comments from the minister were not expected.")
    assert is_comment_marker("Harm Otten sagt:")
    assert is_comment_marker("Reply")


# Each pattern the classifier tries only on lines holding one of its needles, with lines it
# must find: each is found, and holds a needle.
COMMENT_MARKERS = [
    "Jane says:", "Harm Otten sagt:", "Reply", "REPLY", "12 Likes", "3 replies", "Antworten",
    "Marie dit :", "Juan escribió:", "Report", "Responder", "5 respuestas", "Odpowiedz",
]  # fmt: skip
COMMENT_HEADINGS = [
    "Comments", "3 Comments", "Responses (4)", "Leave a Reply", "Post a comment", "Discussion",
    "Kommentare", "Leserkommentare", "Commentaires", "Laisser un commentaire", "Comentarios",
    "Deja un comentario", "Deja una respuesta", "Commenti", "Lascia un commento", "Reacties",
    "Komentarze", "Комментарии", "Your email address will not be published.",
    "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Join the discussion",
    "Votre adresse e-mail ne sera pas publiée.", "Il tuo indirizzo email non sarà pubblicato.",
]  # fmt: skip
RELATED_HEADINGS = [
    "Read more:", "READ NEXT", "Related Articles", "See also", "More on this",
    "You may also like", "Recommended", "Most popular", "Lesen Sie auch:", "Mehr zum Thema",
    "Das könnte Sie auch interessieren", "Auch interessant", "Weitere Artikel", "À lire aussi",
    "Sur le même sujet", "Te puede interesar", "Lee también", "Leer más", "Leggi anche",
    "Potrebbe interessarti", "Lees ook", "Meer over", "Czytaj też:", "Lue myös", "Läs också",
    "Les også", "Læs også",
]  # fmt: skip


@pytest.mark.parametrize(
    ("found", "needles", "lines"),
    [
        (is_comment_marker, COMMENT_MARKER_NEEDLES, COMMENT_MARKERS),
        (is_comment_heading, COMMENT_HEADING_NEEDLES, COMMENT_HEADINGS),
        (RELATED_HEADING.match, RELATED_HEADING_NEEDLES, RELATED_HEADINGS),
    ],
)
def test_every_line_a_pattern_finds_holds_one_of_its_needles(found, needles, lines):
    for line in lines:
        assert found(line), line
        assert any(needle in fold(line) for needle in needles), line


def test_cut_comments_needs_text_above():
    texts = ["A", "Comments", "B", "C", "Comments", "D"]
    weights = [5, -8, 40, 40, -8, 10]
    assert cut_comments(texts, weights, 0, 5) == 3


def test_title_anchor():
    texts = ["Bridge opens at last | Daily Bugle", "Home", "News", "Bridge opens at last", PROSE]
    assert title_parts(texts[0])[1] == "bridge opens at last"
    assert find_headline(texts) == 3
    assert run_after_anchor([10, -8, -8, 0, 30, -8, 50], 3, (6, 6)) == (4, 6)


def test_article_date_prefers_the_line_above():
    texts = ["Menu", "3. Mai 2021", "Headline here", PROSE, PROSE, "Kommentar vom 5. Mai 2021"]
    assert article_date(texts, 3, 4) == ("2021-05-03", 1)


# ------------------------------------------------------------------ the rule


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


def test_the_page_edges_lower_the_score():
    middle, _ = score(line_features(PROSE, ENGLISH, 0.5, False))
    top, reasons = score(line_features(PROSE, ENGLISH, 0.0, False))
    bottom, _ = score(line_features(PROSE, ENGLISH, 1.0, False))
    assert top < middle and bottom < middle
    assert "at the page's edge" in reasons
