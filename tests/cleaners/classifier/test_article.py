import pytest

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
from cleaners.classifier.scoring import BAD, GOOD
from cleaners.lookup import fold


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


def test_run_after_anchor_prefers_the_run_below_the_headline():
    assert run_after_anchor([10, -8, -8, 0, 30, -8, 50], 3, (6, 6)) == (4, 6)
