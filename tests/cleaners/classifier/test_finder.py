from pathlib import Path

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


def block(lines):
    """Lines as a page's dump shows a block of them (a menu, a list): no blank line between."""
    return "\n".join(lines)


MENU = block(["Home", "News", "Sport", "Weather", "Culture", "Travel", "Contact", "Login"])


def test_a_dump_loses_its_menus_with_the_classifier_in_the_log():
    doc = clean(page(MENU, PROSE, PROSE.replace("bridge", "tunnel"), MENU), format="text")
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
    lead, captions, article, promotion = LEAD_PAGES[language]
    doc = clean(page(MENU, promotion, lead, *captions, *article, MENU), format="text")
    assert lead in doc.text and all(paragraph in doc.text for paragraph in article)
    assert promotion not in doc.text
    # above the lead now, where the title is read: "classifier" or its part "classifier.title"
    assert any(r.text == promotion and r.rule.startswith("classifier") for r in doc.removals)


@pytest.mark.parametrize("language", sorted(LEAD_PAGES))
def test_the_short_lines_between_a_lead_and_the_article_are_the_article_s(language):
    # a region's captions, list items or table rows under its lead paragraph: the article's
    lead, captions, article, promotion = LEAD_PAGES[language]
    doc = clean(page(MENU, promotion, lead, *captions, *article, MENU), format="text")
    assert all(line in doc.text for line in captions)
    assert doc.text.index(lead) < doc.text.index(captions[0]) < doc.text.index(article[0])


# Short lines under a lead: a recipe's ingredients, a results table (not written from LEAD_PAGES).
GAPS = {
    "ingredients": [
        "Für den Teig:",
        "250 g Mehl",
        "125 g Butter",
        "1 Ei",
        "Für die Füllung:",
        "2 Äpfel",
        "Zimt",
    ],
    "table": [
        f"Modell {name} {price} € {grade}"
        for name, price, grade in zip("ABCDEFGH", range(140, 300, 20), "12345678", strict=True)
    ],
}
RECIPE_LEAD = (
    "Dieser Apfelkuchen gelingt auch ohne Übung, denn der Teig ist schnell gemacht und die Äpfel "
    "kommen einfach in Spalten darauf."
)
RECIPE = [
    "Den Teig aus Mehl, Butter und dem Ei schnell verkneten und eine halbe Stunde kalt stellen, "
    "dann in die gefettete Form drücken.",
    "Die Äpfel schälen, in Spalten schneiden und mit Zimt auf dem Teig verteilen; den Kuchen bei "
    "180 Grad etwa eine Stunde backen.",
    "Den Kuchen in der Form abkühlen lassen, bevor er in Stücke geschnitten wird, damit der Teig "
    "nicht bricht und die Äpfel saftig bleiben.",
]


@pytest.mark.parametrize("gap", sorted(GAPS))
def test_a_list_or_table_under_the_lead_stays_with_the_article(gap):
    doc = clean(page(MENU, RECIPE_LEAD, *GAPS[gap], *RECIPE, MENU), format="text")
    assert RECIPE_LEAD in doc.text and all(line in doc.text for line in GAPS[gap])
    assert "Weather" not in doc.text


def test_the_article_goes_up_to_no_lead_above_its_byline():
    # a byline (or dateline) is the article's head: the short lines under it are the page's
    teaser = "Der Teig für diesen Apfelkuchen ist schnell gemacht, und die Äpfel kommen in Spalten darauf."
    head = ["Von Anna Berger", "Teilen", "Drucken", "Merken", "Bewerten"]
    doc = clean(page(MENU, teaser, *head, *RECIPE, MENU), format="text")
    assert "Drucken" not in doc.text and all(paragraph in doc.text for paragraph in RECIPE)


def test_a_lead_that_reads_as_a_headline_does_not_carry_the_article_up():
    # a title asked as a question ends with "?" but is no lead: the lines under it stay out
    headline = "Kann man einen Apfelkuchen wirklich ohne Übung und ganz ohne Waage backen?"
    doc = clean(page(MENU, headline, *GAPS["table"], *RECIPE, MENU), format="text")
    assert GAPS["table"][0] not in doc.text and all(paragraph in doc.text for paragraph in RECIPE)


def test_lines_of_no_word_do_not_count_as_repeated():
    # A table's separator rows and a list's lone markers repeat inside an article as much as
    # in a page's frame: only a line with a word is a repeat worth a page's frame.
    texts = ["| --- | --- |", "Menu", "| --- | --- |", "-", "Menu", "-", "* * *", "* * *", "Score 2"]
    assert repetitions(texts) == [False, True, False, False, True, False, False, False, False]


# An article whose prose ends above a list of short lines (a spec list, a line-up): cleaned
# already, no frame around it.
SPEC_LIST = [
    "Engine: 1.5 litre", "Power: 96 kW", "Torque: 220 Nm", "Gearbox: six-speed", "Drive: front",
    "Top speed: 195 km/h", "0-100 km/h: 9.8 s", "Weight: 1,240 kg", "Length: 4.32 m", "Width: 1.80 m",
    "Boot: 380 litres", "Tank: 50 litres", "Seats: five", "Tyres: 205/55 R16", "Warranty: 3 years",
]  # fmt: skip


def test_an_article_with_a_spec_list_and_no_frame_comes_out_whole():
    text = page(PROSE, PROSE.replace("bridge", "tunnel"), PROSE.replace("bridge", "ferry"), *SPEC_LIST)
    doc = clean(text, format="text")
    assert "Weight: 1,240 kg" in doc.text
    assert clean(doc.text.encode("utf-8"), format="text").text == doc.text


def test_a_sentence_of_a_page_s_frame_below_the_list_is_cut_with_it():
    notice = "Comments on this page are closed two days after the article was published."
    prose = (PROSE, PROSE.replace("bridge", "tunnel"), PROSE.replace("bridge", "ferry"))
    text = page(*prose, block(SPEC_LIST), notice)  # as a page's dump shows the list
    assert notice not in clean(text, format="text").text


# What a clean text may hold under its prose, each written apart from SPEC_LIST: short lines
# that score low, and with them a line that repeats, an address or a sentence of a note.
TAILS = {
    "results table": [
        "| Place | Rider | Time |", "| 1 | Anna Berg | 3:12:05 |", "| 2 | Lea Roth | 3:12:41 |",
        "| 3 | Mia Lind | 3:13:10 |", "| 4 | Eva Holm | 3:15:02 |", "| 5 | Ida Kral | 3:15:02 |",
    ],
    "line-up": [
        "Line-up", "Goalkeeper", "Jonas Weber", "Defence", "Tim Roth", "Ali Kaya", "Ben Vogt",
        "Midfield", "Luca Brandt", "Ole Sand", "Attack", "Finn Berger", "Substitutes", "Tim Roth",
    ],
    "numbered list with a note": [
        "01. Harbour Road", "02. Mill Lane", "03. Station Square", "04. Quay Street", "05. Bridge End",
        "06. Market Hill", "See the full list of closures at www.example.org/roadworks before you set off.",
    ],
    "ingredients and a tip": [
        "250 g Mehl", "125 g Butter", "1 Ei", "2 Äpfel", "Zimt", "Puderzucker",
        "Der Kuchen hält sich gut verpackt zwei bis drei Tage im Kühlschrank, ohne dass er trocken wird.",
    ],
}  # fmt: skip


@pytest.mark.parametrize("tail", sorted(TAILS))
def test_a_clean_text_with_short_lines_under_its_prose_is_kept_whole(tail):
    # a blank line between each two lines, as the cleaning writes a text: no block of a page's
    # frame stands in it, so a second cleaning keeps what the first kept
    text = page(PROSE, PROSE.replace("bridge", "tunnel"), PROSE.replace("bridge", "ferry"), *TAILS[tail])
    doc = clean(text, format="text")
    assert [r for r in doc.removals if r.rule.startswith("classifier")] == []
    assert doc.text.split() == text.decode("utf-8").split()


def test_the_same_short_lines_in_a_dump_s_block_go_with_its_frame():
    # the line-up as a page's dump shows it, under a menu and over a teaser's summary
    teaser = "Read more: the coach explains why the team lost its last three away games in a row."
    text = page(MENU, PROSE, PROSE.replace("bridge", "tunnel"), block(TAILS["line-up"]), teaser, MENU)
    doc = clean(text, format="text")
    assert "council said" in doc.text and teaser not in doc.text and "Weather" not in doc.text
    assert clean(doc.text.encode("utf-8"), format="text").text == doc.text


DATA = Path(__file__).parents[2] / "data"
HTML_PAGES = sorted((DATA / "html").rglob("*.html"))


@pytest.mark.parametrize("path", HTML_PAGES, ids=lambda path: str(path.relative_to(DATA)))
def test_an_html_page_s_clean_text_cleaned_again_as_text_is_the_same(path):
    # the HTML way writes what it keeps of the page; the text way reads that as a clean text
    doc = clean(path.read_bytes())
    if doc.text.strip():
        assert clean(doc.text.encode("utf-8"), format="text").text == doc.text


@pytest.mark.parametrize(
    ("head", "date", "author"),
    [
        (["Posted on March 3, 2021 by Anna Berg"], "2021-03-03", ["Anna Berg"]),
        (["Gadgets we never knew we had", "Posted on 3 March 2021 by Ann Berg"], "2021-03-03", ["Ann Berg"]),
        (["12. Mai 2019 von Jonas Weber"], "2019-05-12", ["Jonas Weber"]),
        (["Publié le 4 mai 2022 par Claire Dubois"], "2022-05-04", ["Claire Dubois"]),
    ],
)
def test_a_text_kept_whole_still_tells_the_date_and_byline_of_its_head(head, date, author):
    prose = (PROSE, PROSE.replace("bridge", "tunnel"), PROSE.replace("bridge", "ferry"))
    doc = clean(page(*head, *prose, *SPEC_LIST), format="text")
    assert (doc.metadata.date, doc.metadata.author) == (date, author)
    assert head[-1] in doc.text and "Weight: 1,240 kg" in doc.text  # read, not cut
    assert clean(doc.text.encode("utf-8"), format="text").text == doc.text


# A recipe that sets its ingredients above its notes (a lead) and its steps under a row of
# labels: the lead carries the article up, and the list above the lead is the article's too.
INGREDIENTS = ["Ingredients", "200 g", "plain flour", "2", "eggs", "300 ml", "milk", "1 pinch", "salt"]
PANCAKE_NOTES = [
    "The pancake batter keeps well for a day in the fridge if you cover the bowl tightly.",
    "You can use any milk you like for the batter, and the pancakes freeze well between sheets of paper.",
]
PANCAKE_STEPS = [
    "Whisk the flour, the eggs and a little of the milk into a smooth paste, then beat in the rest "
    "of the milk until the batter is as thin as single cream.",
    "Heat a little butter in a frying pan over a medium heat and pour in just enough batter to "
    "coat the bottom of the pan in a thin layer.",
    "Cook the pancake for about a minute on each side until golden, then slide it onto a warm "
    "plate and cook the rest of the batter in the same way.",
]


def test_a_list_above_the_lead_goes_with_the_article():
    labels = ["Utensils", "Bowl, whisk, frying pan", "Method", "Step by step", "Show all pictures", "Toggle"]
    menu = "Home | Recipes | Baking | Contact"
    lines = [menu, block(INGREDIENTS), *PANCAKE_NOTES, block(labels), *PANCAKE_STEPS, MENU]
    doc = clean(page(*lines), format="text")
    assert all(line in doc.text for line in INGREDIENTS[1:])
    assert all(line in doc.text for line in PANCAKE_NOTES + PANCAKE_STEPS)
    assert menu not in doc.text and "Weather" not in doc.text


# A short article with a few lines below it: teasers' headlines and a heading (none of them a
# named rule's) are the page's frame and go; a signature or a closing question ends a sentence
# and stays for the named rules.
ARTICLE = [
    PROSE,
    "Engineers said the steel for the deck arrived in June, weeks later than the council had been "
    "told, and the work on the approach roads had to wait until it came.",
    "The council expects the first buses to cross the bridge in April, once the inspectors have "
    "signed off the lighting and the barriers along the footpath.",
]


def test_teaser_headlines_right_below_a_short_article_go():
    tail = ["Photo Galleries", "Ferry Fares Rise Again For Winter", "New Cycle Lanes For The City Centre"]
    doc = clean(page("Home | News | Sport | Weather", *ARTICLE, *tail), format="text")
    assert all(paragraph in doc.text for paragraph in ARTICLE)
    assert not any(line in doc.text for line in tail)


def test_a_signature_right_below_a_short_article_stays():
    tail = ["Have you crossed the old bridge lately?", "Reporting by Anna Berg."]
    doc = clean(page("Home | News | Sport | Weather", *ARTICLE, *tail), format="text")
    assert all(line in doc.text for line in ARTICLE + tail)


# A "Most read" box between the article's paragraphs (a page's widget the region's dump holds):
# its headlines go, the paragraphs past it stay; a "Comments" heading there still ends it.
ARTICLE_AFTER_BOX = [
    "What the inspectors found",
    "The inspectors found that the barriers along the footpath had been fixed with the wrong "
    "bolts, and the council asked the builder to replace every one of them before the opening.",
    "The builder said the new bolts would arrive within a fortnight and that the work would not "
    "delay the opening of the bridge to buses in April.",
]
BOX_TEASERS = [
    "Ferry Fares Rise Again For Winter",
    "New Cycle Lanes For The City Centre",
    "Storm Closes The Pier",
]


@pytest.mark.parametrize("heading", ["Most read", "Read next:"])
def test_paragraphs_past_a_teaser_box_inside_the_article_stay(heading):
    doc = clean(page(MENU, *ARTICLE, block([heading, *BOX_TEASERS]), *ARTICLE_AFTER_BOX, MENU), format="text")
    assert all(paragraph in doc.text for paragraph in ARTICLE + ARTICLE_AFTER_BOX[1:])
    assert not any(teaser in doc.text for teaser in BOX_TEASERS)
    assert "Weather" not in doc.text


def test_a_comment_thread_past_the_article_is_still_cut():
    comments = block(["Comments", *BOX_TEASERS])
    doc = clean(page(MENU, *ARTICLE, comments, *ARTICLE_AFTER_BOX[1:], MENU), format="text")
    assert all(paragraph in doc.text for paragraph in ARTICLE)
    assert not any(paragraph in doc.text for paragraph in ARTICLE_AFTER_BOX[1:])


# The page title's headline echoed below the article (under a menu), over a box of other stories
# that read as prose (lighter than the article): the article above the echo stays, the box goes.
TITLE = "Harbour Town council approves new ferry terminal"
OTHER_STORIES = [
    "The museum on the quay will stay open until nine in the evening for the whole of the summer.",
    "A storm in the night closed the pier, and the fishing boats stayed in the harbour until noon.",
]


def test_the_article_above_its_headline_s_echo_stays():
    box = block(["Politics", "Business", "Science", "Health", "Arts", "Top stories", TITLE])
    dump = page(f"{TITLE} | Harbour News", MENU, *ARTICLE, box, *OTHER_STORIES, MENU)
    doc = clean(dump, format="text")
    assert all(paragraph in doc.text for paragraph in ARTICLE)
    assert not any(story in doc.text for story in OTHER_STORIES)
