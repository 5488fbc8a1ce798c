import pytest

from cleaners.classifier.article import (
    CLOSING_HEADING_NEEDLES,
    COMMENT_MARKER_NEEDLES,
    MIN_BAD_WEIGHT,
    RELATED_HEADING,
    RELATED_HEADING_NEEDLES,
    cut_comments,
    densest_run,
    is_closing_heading,
    is_comment_marker,
    is_teaser_box,
    line_weight,
    run_after_anchor,
    stretch_over_lists,
)
from cleaners.classifier.scoring import BAD, GOOD, SHORT
from cleaners.lookup import fold

from .helpers import PROSE


def test_densest_run():
    assert densest_run([-8, 20, -8, 30, -8, -8, 5]) == (1, 3)
    assert densest_run([-8, -8]) == (0, -1)


def test_line_weight():
    assert line_weight(GOOD, 30, value=3.0) == 30
    assert line_weight(BAD, 2) == -MIN_BAD_WEIGHT
    assert line_weight(GOOD, 2, "Jane says:") < 0


def test_comment_heading_and_markers():
    assert is_closing_heading("3 Comments")
    assert is_closing_heading("Schreibe einen Kommentar Antworten abbrechen")
    assert not is_closing_heading("Comments from the minister were not expected.")
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
    "Komentarze", "Комментарии", "Your email address will not be published.", "Tags", "Topics:",
    "Most read", "Trending now", "Schlagwörter", "Ähnliche Themen", "Zum Thema", "Mots-clés",
    "Temas relacionados", "Read next",
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
        (is_closing_heading, CLOSING_HEADING_NEEDLES, COMMENT_HEADINGS),
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


# A box of teasers inside the run: its heading, three headlines, then (under a subheading at
# times) the article's next paragraph, or nothing of weight.
TEASER_BOX = [
    "Lead",
    "Body",
    "Most read",
    "Ferry fares rise again",
    "New cycle lanes",
    "Storm closes the pier",
]


@pytest.mark.parametrize("heading", ["Most read", "Read next", "Lee también:", "Lue myös:"])
@pytest.mark.parametrize("subheading", [[], ["What the engineers found"]])
def test_a_teaser_box_the_article_goes_on_past_closes_nothing(heading, subheading):
    texts = [*TEASER_BOX[:2], heading, *TEASER_BOX[3:], *subheading, PROSE, PROSE.replace("bridge", "road")]
    weights = [30, 40, -9, -9, -9, -9, *[-9] * len(subheading), 35, 30]
    assert is_teaser_box(texts, weights, 2, len(texts) - 1)
    assert cut_comments(texts, weights, 0, len(texts) - 1) == len(texts) - 1


def test_a_teaser_box_with_no_prose_past_it_closes_the_article():
    texts = [*TEASER_BOX, "Sign up", "Short note"]
    weights = [30, 40, -9, -9, -9, -9, -9, 6]  # a short line past the teasers is no paragraph
    assert not is_teaser_box(texts, weights, 2, 7)
    assert cut_comments(texts, weights, 0, 7) == 1
    assert cut_comments(TEASER_BOX, [30, 40, -9, -9, -9, 20], 0, 5) == 1  # teasers to the run's end


def test_a_comment_thread_past_its_heading_is_still_cut():
    texts = ["Lead", "Body", "Comments", PROSE, PROSE.replace("bridge", "road")]
    weights = [30, 40, -9, 35, 30]
    assert cut_comments(texts, weights, 0, 4) == 1


def test_run_after_anchor_prefers_the_run_below_the_headline():
    assert run_after_anchor([10, -8, -8, 0, 30, -8, 50], 3, (6, 6)) == (4, 6)


def test_run_after_anchor_keeps_a_best_run_above_the_headline_s_echo():
    assert run_after_anchor([50, -8, -8, 0, 30, -8, 20], 3, (0, 0)) == (0, 0)


def test_closing_heading_cuts_the_article_before_the_tags():
    texts = ["Lead", "Body", "Schlagwörter", "Garten", "Tipps", "More prose"]
    weights = [30, 40, -9, -9, -9, 20]
    assert cut_comments(texts, weights, 0, 5) == 1
    assert not is_closing_heading("Tags were handed out to every runner at the start line.")


# A run (the good lines) with lines around it, and whether each is boilerplate by a strong
# feature or a closing heading (ends).
def stretched(lines: list[tuple[str, str, bool]], run: tuple[int, int]) -> tuple[int, int]:
    texts = [text for text, _, _ in lines]
    classes = [cls for _, cls, _ in lines]
    ends = [end for _, _, end in lines]
    return stretch_over_lists(texts, classes, ends, run)


# Lists that join the run: between paragraphs (with the paragraphs past it), ending the
# article (up to a share row), a table below the article.
LISTS = [
    (
        [
            ("A short lead paragraph about the cake.", GOOD, False),
            ("You need", SHORT, False),
            ("250 g flour", BAD, False),
            ("2 eggs", BAD, False),
            ("1 pinch of salt", BAD, False),
            ("Beat the eggs with the sugar until pale, then fold in the flour.", GOOD, False),
            ("Bake for forty minutes.", GOOD, False),
        ],
        (5, 6),
        (0, 6),
    ),
    (
        [
            ("The ten players the panel chose are these.", GOOD, False),
            ("• Anna Berg, goalkeeper", BAD, False),
            ("• Tom Weller, defence", BAD, False),
            ("- Ines Oyelaran, midfield", BAD, False),
            ("Share this page", BAD, True),
            ("• Home", BAD, False),
        ],
        (0, 0),
        (0, 3),
    ),
    (
        [
            ("Here are the figures for the last three seasons.", GOOD, False),
            ("| Season | Wins |", BAD, False),
            ("| 2021 | 14 |", BAD, False),
            ("| 2022 | 9 |", BAD, False),
        ],
        (0, 0),
        (0, 3),
    ),
]


@pytest.mark.parametrize(("lines", "run", "joined"), LISTS)
def test_a_list_at_the_runs_edge_joins_it(lines, run, joined):
    assert stretched(lines, run) == joined


def test_lines_that_are_no_list_stay_out():
    menu = [("Home", BAD, False), ("News", BAD, False), ("Sport", BAD, False)]
    assert stretched([("Prose of the article goes here.", GOOD, False), *menu], (0, 0)) == (0, 0)
    one = [("Prose.", GOOD, False), ("1 comment", BAD, False), ("About us", BAD, False)]
    assert stretched(one, (0, 0)) == (0, 0)
    after_tags = [
        ("Prose.", GOOD, False),
        ("Tags", SHORT, True),
        ("- gardening", BAD, False),
        ("- spring", BAD, False),
    ]
    assert stretched(after_tags, (0, 0)) == (0, 0)


# Sentences right above the run join it (a lead, a first step); a menu, a label, a line that
# ends no sentence or one a strong feature marks do not, nor what stands above them.
def test_a_sentence_above_the_run_joins_it():
    lines = [
        ("Home", BAD, False),
        ("Mix the flour and the salt.", SHORT, False),
        ("Add the eggs one by one!", SHORT, False),
        ("Stir the batter for ten minutes until it is smooth and glossy.", GOOD, False),
    ]
    assert stretched(lines, (3, 3)) == (1, 3)


def test_a_frame_above_the_run_stays_out():
    lines = [
        ("Read our newsletter every week.", BAD, False),
        ("Sign up now.", BAD, True),
        ("Published 3 May", BAD, False),
        ("Lifestyle", BAD, False),
        ("Stir the batter for ten minutes until it is smooth and glossy.", GOOD, False),
    ]
    assert stretched(lines, (4, 4)) == (4, 4)
    shared = [("Share this story.", BAD, True), ("The council met on Tuesday.", GOOD, False)]
    assert stretched(shared, (1, 1)) == (1, 1)
    assert stretched([("Go on.", BAD, False), *shared[1:]], (1, 1)) == (1, 1)  # too short


# Steps numbered on lines of their own: the run goes on over each marker to the step under
# it, up and down; a marker before a line that is no good one, or a longer line, stops it.
def test_the_run_goes_on_over_numbered_steps():
    lines = [
        ("1.", BAD, False),
        ("Sift the flour and the sugar into a large bowl.", GOOD, False),
        ("2)", BAD, False),
        ("Whisk the eggs with the milk until the mixture is smooth.", GOOD, False),
        ("3.", BAD, False),
        ("Pour the batter into the tin and bake it for forty minutes.", GOOD, False),
        ("4.", BAD, False),
        ("Leave it to cool before you cut it into slices.", GOOD, False),
    ]
    assert stretched(lines, (3, 5)) == (0, 7)  # up to the first step's marker


def test_markers_before_the_frame_do_not_carry_the_run():
    lines = [
        ("Pour the batter into the tin and bake it for forty minutes.", GOOD, False),
        ("2.", BAD, False),
        ("Home", BAD, False),
        ("Share this recipe", BAD, False),
        ("Read the other readers' ideas for your own baking day.", GOOD, False),
    ]
    assert stretched(lines, (0, 0)) == (0, 0)
    shared = [lines[0], ("1.", BAD, True), lines[4]]
    assert stretched(shared, (0, 0)) == (0, 0)


# Ingredients set in two columns: a quantity on its line, its name on the next, pair after pair.
def test_quantities_with_their_names_on_the_next_line_are_a_list():
    pairs = ["125 g", "plain flour", "2 tbsp", "caster sugar", "3", "eggs (large)", "1/2 tsp", "salt"]
    lines = [
        ("Ingredients", BAD, False),
        *[(text, BAD, False) for text in pairs],
        ("Whisk the eggs with the sugar until pale, then fold in the flour.", GOOD, False),
    ]
    assert stretched(lines, (9, 9)) == (0, 9)
    german = ["200 g", "Mehl", "2 gestr. TL", "Backpulver", "4", "Eier (Größe M)", "Zutaten für", "Teig"]
    lines = [
        *[(text, BAD, False) for text in german],
        ("Den Teig eine Stunde ruhen lassen, dann backen.", GOOD, False),
    ]
    assert stretched(lines, (8, 8)) == (0, 8)


def test_a_date_over_a_headline_is_no_quantity_and_its_name():
    lines = [
        ("Tue, 10:19", BAD, False),
        ("31.10.2023", BAD, False),
        ("Let us talk about the weather", BAD, False),
        (
            "October brought more rain than any month of the last ten years, the weather service said.",
            GOOD,
            False,
        ),
    ]
    assert stretched(lines, (3, 3)) == (3, 3)


# A long list (a recipe's ingredients in several groups) joins the run as long as most of its
# lines are items; the number of its lines alone does not stop it.
def test_a_long_list_joins_the_run():
    items = [(f"{n} g of ingredient number {n}", BAD, False) for n in range(1, 50)]
    lines = [
        *items,
        ("For the filling:", BAD, False),
        *items[:5],
        ("Bake it for forty minutes until golden.", GOOD, False),
    ]
    assert stretched(lines, (len(lines) - 1, len(lines) - 1)) == (0, len(lines) - 1)
    menu = [(f"Section {n}", BAD, False) for n in range(30)]
    assert stretched([*menu, *items[:3], lines[-1]], (33, 33)) == (33, 33)


# Steps under a marker of a word and a number, a title under each marker at times: the run goes
# on over them, and over a step made of short sentences; up to the first step's marker.
def test_the_run_goes_on_over_titled_steps():
    lines = [
        ("Share", BAD, True),
        ("Step 1", BAD, False),
        ("Make the dough", BAD, False),
        ("Knead the flour, the water and the salt into a smooth dough and let it rest.", GOOD, False),
        ("Step 2", BAD, False),
        ("Fill the dumplings", BAD, False),
        ("Roll the dough out thinly, cut rounds and fill each with a spoon of the filling.", GOOD, False),
        ("Step 3", BAD, False),
        ("Boil the dumplings. Serve them hot.", BAD, False),
        ("Print", BAD, True),
    ]
    assert stretched(lines, (3, 6)) == (1, 8)


def test_a_dateline_over_the_run_is_no_step():
    lines = [
        ("Press release | Consumer Centre e.V.", BAD, False),
        ("12.12.2022 12:22", BAD, False),
        ("What changes in 2023: the most important changes for consumers at a glance", GOOD, False),
    ]
    assert stretched(lines, (2, 2)) == (2, 2)
