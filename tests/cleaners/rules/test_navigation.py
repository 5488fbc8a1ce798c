import pytest

from cleaners.document import Document, Metadata
from cleaners.pipeline import clean
from cleaners.rulebook import ARTICLE_TAIL, CLASSIFIER, TEXT_RULES, TRAILING_NAV
from cleaners.rules.navigation import ProseEdges, is_link_like, is_prose, position

from .conftest import removed

PROSE = (
    "The regional council voted on Tuesday to extend the night bus service for another two years, "
    "citing rising demand from shift workers and students across the district."
)


@pytest.mark.parametrize(
    "row",
    [
        "Facebook Twitter WhatsApp",
        "Share | Tweet | Email",
        "Share on X · Copy link",
        "Be sociable, share!",
        "Email this | BlogThis! | Share to Reddit | Share to LinkedIn",
        "Udostępnij na FB (3)",
        "Beitrag gefallen? Bitte teilen!",
        "Enjoyed this story? Share it on WhatsApp (4)",
    ],
)
def test_share_rows(apply_rule, row):
    doc = apply_rule("share_row", f"{row}\n{PROSE}")
    assert removed(doc, "share_row") == [row]


@pytest.mark.parametrize(
    "line",
    [
        "Share your views with the council by Friday.",
        "Email",
        "Der Artikel gefallen? Die Redaktion freut sich über Post.",
        "Share prices fell 3 percent on Facebook news.",
    ],
)
def test_share_words_in_a_sentence_stay(apply_rule, line):
    doc = apply_rule("share_row", f"{line}\n{PROSE}")
    assert removed(doc, "share_row") == ([] if line != "Email" else ["Email"])


@pytest.mark.parametrize("line", ["Loading…", "ADVERTISEMENT", "Story continues below advertisement"])
def test_widget_placeholders(apply_rule, line):
    doc = apply_rule("widget_placeholder", f"{PROSE}\n{line}\n{PROSE}")
    assert removed(doc, "widget_placeholder") == [line]


@pytest.mark.parametrize("line", ["12 Photos", "View gallery", "Image 3 of 9", "Hide caption"])
def test_gallery_counters(apply_rule, line):
    doc = apply_rule("gallery_counter", f"{line}\n{PROSE}")
    assert removed(doc, "gallery_counter") == [line]


def test_breadcrumb_becomes_categories(apply_rule):
    doc = apply_rule("breadcrumb", f"Home > Sport > Rugby Union\n{PROSE}")
    assert doc.metadata.categories == ["Sport", "Rugby Union"]
    assert removed(doc, "breadcrumb") == ["Home > Sport > Rugby Union"]


def test_breadcrumb_crumbs_have_three_words_at_most(apply_rule):
    crumbs, too_long = "Middle East Politics / World", "Big Middle East Politics / World"
    doc = apply_rule("breadcrumb", f"{too_long}\n{crumbs}\n{PROSE}")
    assert removed(doc, "breadcrumb") == [crumbs]


def test_slash_in_body_is_no_breadcrumb(apply_rule):
    doc = apply_rule("breadcrumb", f"{PROSE}\nThe 24/7 service runs on lines A / B.")
    assert doc.removals == []


def test_page_date_banner_on_top(apply_rule):
    doc = apply_rule("page_date_banner", f"Saturday, 8 March 2025\nCouncil backs night buses\n{PROSE}")
    assert removed(doc, "page_date_banner") == ["Saturday, 8 March 2025"]
    assert doc.metadata.date == "2025-03-08"


def test_trailing_related_list_goes_with_its_heading(apply_rule):
    text = f"{PROSE}\n{PROSE}\nRelated Stories\nBus fares frozen for 2026\nNew tram line opens"
    doc = apply_rule("trailing_nav", text)
    assert removed(doc, "trailing_nav") == [
        "Related Stories",
        "Bus fares frozen for 2026",
        "New tram line opens",
    ]


def test_tags_line_becomes_tags(apply_rule):
    doc = apply_rule("trailing_nav", f"{PROSE}\nTags: transport, council, buses")
    assert doc.metadata.tags == ["transport", "council", "buses"]


@pytest.mark.parametrize(
    "label",
    [
        "Category: Local news, Transport",
        "Kategorien: Verkehr, Stadtrat",
        "Schlagworte: Straßenbahn, Haushalt",
        "getaggt mit: Nahverkehr Busse Innenstadt",
        "Markiert: #verkehr, #stadt",
        "Veröffentlicht in: Lokales",
        "Labels: buses, night service",
        "Archivado en: Transporte, Ayuntamiento",
    ],
)
def test_a_label_line_with_its_list_at_the_end_goes(apply_rule, label):
    doc = apply_rule("trailing_nav", f"{PROSE}\n{label}")
    assert removed(doc, "trailing_nav") == [label]


@pytest.mark.parametrize(
    "records",
    [
        ["Award of the Year, 2019", "Category: Best Documentary", "Festival Prize", "Category: Short Film"],
        ["Deutscher Filmpreis 2004", "Kategorie: Bester Schnitt", "Grimme-Preis", "Kategorie: Unterhaltung"],
        ["Kategorie: Bestes Hörspiel", "Preis der Jury 2012", "Kategorien:", "Bestes Familienspiel"],
    ],
)
def test_a_label_that_opens_several_records_is_a_field_not_the_closing_label(apply_rule, records):
    doc = apply_rule("trailing_nav", "\n".join([PROSE, *records, "Studio tour", "Contact the office"]))
    assert doc.removals == []


@pytest.mark.parametrize(
    "line",
    [
        "Category leaders in the market were slow to cut their prices, the report found.",
        "Kategorien wie diese helfen den Lesern kaum, sagte der Sprecher des Verbands.",
    ],
)
def test_a_sentence_opening_with_a_label_word_stays(apply_rule, line):
    doc = apply_rule("trailing_nav", f"{PROSE}\n{line}")
    assert doc.removals == []


def test_nav_heading_followed_by_prose_stays(apply_rule):
    doc = apply_rule("trailing_nav", f"{PROSE}\nRelated\n{PROSE}")
    assert doc.removals == []


def test_sentence_starting_with_a_heading_word_stays(apply_rule):
    doc = apply_rule("trailing_nav", f"{PROSE}\nTags on the luggage showed it had come from Lisbon.")
    assert doc.removals == []


def test_read_more_link_line_inside_the_body(apply_rule):
    doc = apply_rule("trailing_nav", f"{PROSE}\nREAD MORE: Night bus trial hailed a success\n{PROSE}")
    assert removed(doc, "trailing_nav") == ["READ MORE: Night bus trial hailed a success"]


def test_nav_menu_rows_anywhere(apply_rule):
    text = f"Home | News | Business | Sport\n{PROSE}\nAbout us · Contact · Privacy Policy · Terms"
    doc = apply_rule("nav_menu", text)
    assert removed(doc, "nav_menu") == [
        "Home | News | Business | Sport",
        "About us · Contact · Privacy Policy · Terms",
    ]


def test_headline_with_a_pipe_is_no_menu(apply_rule):
    doc = apply_rule("nav_menu", f"Council backs night buses | The Valley Echo\n{PROSE}")
    assert doc.removals == []


@pytest.mark.parametrize(
    "line",
    [
        "Lea también: Impiden el ingreso de dos periodistas al país",
        "LE PUEDE INTERESAR: La ficha del expresidente en el tribunal",
        "Lesen Sie auch: Trockener Sommer lässt Grundwasser sinken",
        "À lire aussi : La réforme des retraites au Sénat",
        "Czytaj też: Wyścig zbrojeń ruszył z kopyta",
        "Leia também: Governo anuncia novo pacote",
    ],
)
def test_related_links_in_other_languages(apply_rule, line):
    doc = apply_rule("trailing_nav", f"{PROSE}\n{line}\n{PROSE}")
    assert removed(doc, "trailing_nav") == [line]


@pytest.mark.parametrize(
    "heading", ["Mehr zum Thema", "Notas relacionadas", "Sur le même sujet", "Zobacz też"]
)
def test_trailing_headings_in_other_languages(apply_rule, heading):
    doc = apply_rule(
        "trailing_nav", f"{PROSE}\n{PROSE}\n{heading}\nGrundwasser sinkt weiter\nNeues Freibad öffnet"
    )
    assert removed(doc, "trailing_nav") == [heading, "Grundwasser sinkt weiter", "Neues Freibad öffnet"]


def test_related_heading_inside_the_text_takes_its_link_titles_only(apply_rule):
    text = f"{PROSE}\nRelated stories\nBus fares frozen for 2026\nNew tram line opens\n{PROSE}"
    doc = apply_rule("trailing_nav", text)
    assert removed(doc, "trailing_nav") == [
        "Related stories",
        "Bus fares frozen for 2026",
        "New tram line opens",
    ]
    assert [line.text for line in doc.kept()] == [PROSE, PROSE]


def test_related_heading_over_sentences_stays(apply_rule):
    text = f"{PROSE}\nSee also\nThe council will publish the full report on its website next week.\n{PROSE}"
    doc = apply_rule("trailing_nav", text)
    assert removed(doc, "trailing_nav") == []


@pytest.mark.parametrize(
    "line",
    ["Lea el informe completo en la página del ministerio.", "Mehr als 300 Menschen kamen zur Versammlung."],
)
def test_sentences_starting_like_pointers_stay(apply_rule, line):
    doc = apply_rule("trailing_nav", f"{PROSE}\n{line}\n{PROSE}")
    assert removed(doc, "trailing_nav") == []


@pytest.mark.parametrize(
    "line",
    [
        "Keine Kommentare",
        "Kommentare: 3",
        "Sie sind aktuell nicht eingeloggt.",
        "View comments",
        "Wird geladen...",
        "Gefällt mir Wird geladen …",
        "Post a comment",
        "Jetzt kommentieren!",
        "Diesen Beitrag bewerten:",
        "Deja un comentario",
        # a print button or a recommend link
        "Seite drucken",
        "Drucken",
        "Weiterempfehlen",
        "Imprimer",
        "Stampa",
    ],
)
def test_comment_and_login_widgets_in_other_languages(apply_rule, line):
    doc = apply_rule("widget_placeholder", f"{PROSE}\n{line}\n{PROSE}")
    assert removed(doc, "widget_placeholder") == [line]


@pytest.mark.parametrize(
    "line",
    ["Zurück zur Artikelliste", "zurück", "Back to top", "Volver al inicio", "Retour en haut", "Nach oben"],
)
def test_links_back_go(apply_rule, line):
    doc = apply_rule("widget_placeholder", f"{PROSE}\n{line}")
    assert removed(doc, "widget_placeholder") == [line]


@pytest.mark.parametrize(
    "line",
    ["Zurück zur Arbeit gingen am Montag nur die Hälfte der Beschäftigten.", "Back to school: what to buy"],
)
def test_sentences_opening_with_back_stay(apply_rule, line):
    doc = apply_rule("widget_placeholder", f"{PROSE}\n{line}")
    assert removed(doc, "widget_placeholder") == []


PROSE_LINE = "The council voted on Tuesday to close the old bridge to traffic until the repairs are done."
LINES = ["Home", PROSE_LINE, "Related", "Story one", PROSE_LINE, "Tags", "Story two", "Story three"]


def test_prose_edges_say_what_a_full_read_says():
    kept = Document.from_text("\n".join(LINES)).kept()
    for asked in (range(len(kept)), reversed(range(len(kept)))):
        edges = ProseEdges(kept)
        for index in asked:
            assert edges.prose_above(index) == any(is_prose(line.text) for line in kept[:index])
            assert edges.only_links_below(index) == all(is_link_like(line.text) for line in kept[index + 1 :])


def test_position_is_the_index_in_the_kept_lines():
    doc = Document.from_text("\n".join(["", *LINES, "  "]))
    kept = doc.kept()
    assert [position(kept, line) for line in kept] == list(range(len(kept)))


def test_the_trailing_navigation_is_looked_for_again_at_the_end_of_the_chosen_article():
    # a Tags heading over a comment thread is at the end only once the classifier has cut the
    # thread: article_tail, right after it, takes what a second cleaning's trailing_nav would
    assert TEXT_RULES.index(ARTICLE_TAIL) == TEXT_RULES.index(CLASSIFIER) + 1
    assert ARTICLE_TAIL.apply is TRAILING_NAV.apply


@pytest.mark.parametrize(
    "label",
    [
        "Teilen Sie dies mit:",
        "Diesen Beitrag teilen",
        "Partager cet article :",
        "Udostępnij",
        "Deel dit bericht",
        "Sharen mit:",
    ],
)
def test_a_share_label_alone_on_its_line_goes(apply_rule, label):
    doc = apply_rule("share_row", f"{PROSE}\n{label}\n{PROSE}")
    assert removed(doc, "share_row") == [label]


@pytest.mark.parametrize(
    "line", ["Wir teilen die Sorge der Anwohner.", "Teilen Sie uns Ihre Meinung mit", "Partager les frais"]
)
def test_a_sentence_about_sharing_stays(apply_rule, line):
    assert apply_rule("share_row", f"{PROSE}\n{line}\n{PROSE}").removals == []


# A blog engine's footer under a post goes wherever it stands; a sentence opening alike stays.
POST_FOOTERS = {
    "Posted by Maria Lopez at 9:47 AM": True,
    "Eingestellt von Frau Holle um 18:05": True,
    "Publié par Jean à 07:30": True,
    "This entry was posted in Gardening and tagged roses, pruning. Bookmark the permalink.": True,
    "Dieser Beitrag wurde unter Reisen abgelegt und mit Norwegen, Fjorde verschlagwortet.": True,
    "Esta entrada fue publicada en Noticias y etiquetada lluvia. Guarda el enlace permanente.": True,
    "Posted by the museum on Tuesday, the video drew thousands of views.": False,
    "Der Beitrag wurde am Montag im Fernsehen veröffentlicht und sorgte für Aufsehen.": False,
    "This entry was posted in the council's register on 4 May, the clerk confirmed.": False,
}


def test_blog_post_footers(apply_rule):
    for line, is_footer in POST_FOOTERS.items():
        doc = apply_rule("trailing_nav", f"{PROSE}\n{line}\n{PROSE}")
        assert removed(doc, "trailing_nav") == ([line] if is_footer else []), line


@pytest.mark.parametrize(
    "line",
    [
        "Tags: night buses, shift work, district council",
        "Filed under: Transport, Local politics",
        "Schlagworte zum Thema: Nahverkehr, Nachtbus, Stadtrat",
        "Etiquetas: transporte, autobuses nocturnos",
        "Kategorie: Verkehr",
    ],
)
def test_a_taxonomy_line_goes_anywhere(apply_rule, line):
    doc = apply_rule("trailing_nav", f"{PROSE}\n{line}\n{PROSE}\n{PROSE}")
    assert removed(doc, "trailing_nav") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Topics: the council discussed the night buses, and then it voted to extend the service.",
        "Themen: Der Stadtrat sprach über die Nachtbusse und beschloss ihre Verlängerung.",
    ],
)
def test_a_sentence_after_a_taxonomy_label_stays(apply_rule, line):
    doc = apply_rule("trailing_nav", f"{PROSE}\n{line}\n{PROSE}\n{PROSE}")
    assert removed(doc, "trailing_nav") == []


def test_taxonomy_terms_become_tags(apply_rule):
    doc = apply_rule("trailing_nav", f"{PROSE}\nTags: night buses, shift work\n{PROSE}")
    assert doc.metadata.tags == ["night buses", "shift work"]


def test_a_record_field_is_no_taxonomy_line(apply_rule):
    text = f"{PROSE}\nCategory: Best new bus route\nWinner: Line 12\nCategory: Best driver\n{PROSE}"
    doc = apply_rule("trailing_nav", text)
    assert removed(doc, "trailing_nav") == []


def test_a_dateline_over_a_print_button_at_the_end_goes_with_it():
    # left above the button by the first cleaning, a second cleaning would take it
    text = f"{PROSE}\n{PROSE.replace('.', ' again.')}\nveröffentlicht: 25.10.2007 15:19\nArtikel drucken\n"
    assert "2007" not in clean(text.encode()).text


@pytest.mark.parametrize("heading", ["Comments", "Leave a reply"])
def test_a_comments_heading_leads_the_trailing_navigation_of_an_article_not_of_a_thread(apply_rule, heading):
    # On a forum thread the replies under the heading are the posts, the page's content.
    text = f"{PROSE}\n{PROSE}\n{heading}\nSame problem here on my laptop\nDid the update fix it"
    article = apply_rule("trailing_nav", text)
    assert removed(article, "trailing_nav")[:1] == [heading]
    thread = apply_rule("trailing_nav", text, metadata=Metadata(page_type="forum"))
    assert removed(thread, "trailing_nav") == []


def test_explore_further_is_a_related_heading(apply_rule):
    text = f"{PROSE}\n{PROSE}\nExplore further\nBus fares frozen for 2026\nNew tram line opens"
    assert removed(apply_rule("trailing_nav", text), "trailing_nav")[0] == "Explore further"
