import pytest

from .conftest import removed

PROSE = (
    "The regional council voted on Tuesday to extend the night bus service for another two years, "
    "citing rising demand from shift workers and students across the district."
)

# Each rule's lines: a credit, a link to the previous or next post, a comment form's line go;
# a sentence or a heading alike stays.
CASES = [
    ("site_credit", "Proudly powered by WordPress", True),
    ("site_credit", "Designed by Studio Nine Themes | Powered by WordPress", True),
    ("site_credit", "Theme: Hemingway Rewritten by Anders Norén", True),
    ("site_credit", "Blogger Theme by lovely.io", True),
    ("site_credit", "Erstellt mit WordPress und Hueman.", True),
    ("site_credit", "Fièrement propulsé par WordPress", True),
    ("site_credit", "Powered by WordPress, the site now serves forty million readers a month.", False),
    ("site_credit", "Designed by Renzo Piano", False),
    ("site_credit", "Powered by the sun", False),
    ("site_credit", "The main theme by Hans Zimmer", False),
    ("site_credit", "Theme: Water and Health", False),
    ("post_link", "« Previous post", True),
    ("post_link", "Next story » ", True),
    ("post_link", "Older posts", True),
    ("post_link", "Newer Post Older Post Home", True),
    ("post_link", "Previous article: How the tram line was saved", True),
    ("post_link", "Nächster Beitrag Die Brücke am Fluss wird saniert", True),
    ("post_link", "‹ Article précédent", True),
    ("post_link", "Entrada anterior", True),
    ("post_link", "Next steps", False),
    ("post_link", "The next article in this series explains how the timetable is made.", False),
    ("post_link", "Next article in this series: the council explains its plan.", False),
    ("post_link", "Next, the committee voted on the budget.", False),
    ("post_link", "Previous versions of the timetable", False),
    ("post_link", "← Why the old tram depot is being torn down", True),
    ("post_link", "Ein Sommer an der Küste, ganz ohne Auto →", True),
    ("post_link", "← Der Winter kommt früh → Neue Radwege für die Innenstadt", True),
    ("post_link", "Ticket prices rose → fewer people took the bus.", False),
    ("post_link", "Berlin → Hamburg", False),
    ("post_link", "→ 200 g Mehl", False),
    ("post_link", "»Wir brauchen mehr Busse«", False),
    ("comment_form", "14 Kommentare", True),
    ("comment_form", "Comments (7)", True),
    ("comment_form", "No responses so far »", True),
    ("comment_form", "5 commentaires", True),
    ("comment_form", "Comentarios (2)", True),
    ("comment_form", "8 komentarzy", True),
    ("comment_form", "Keine Kommentare bisher", True),
    ("comment_form", "12 comments were sent to the council before the vote.", False),
    ("comment_form", "Kommentare von Lesern sind willkommen.", False),
    ("comment_form", "Leave a Reply Cancel reply", True),
    ("comment_form", "Your email address will not be published. Required fields are marked *", True),
    ("comment_form", "Notify me of new posts by email.", True),
    ("comment_form", "Ihre E-Mail-Adresse wird nicht veröffentlicht.", True),
    ("comment_form", "Pflichtfelder sind mit * markiert.", True),
    ("comment_form", "Tu correo electrónico no será publicado.", True),
    ("comment_form", "Votre adresse e-mail ne sera pas publiée.", True),
    ("comment_form", "Il tuo indirizzo email non sarà pubblicato.", True),
    ("comment_form", "O seu endereço de email não será publicado.", True),
    ("comment_form", "Your email address will not be published, the bank promised its customers.", False),
    ("comment_form", "Required fields are marked in red on the new tax form, the office said.", False),
]


@pytest.mark.parametrize(("rule", "line", "goes"), CASES)
def test_a_template_s_line_goes_and_a_sentence_alike_stays(apply_rule, rule, line, goes):
    doc = apply_rule(rule, f"{PROSE}\n{line}")
    assert removed(doc, rule) == ([line.strip()] if goes else [])
