import json

from lxml.html import fromstring

from cleaners.document import Document
from cleaners.engine import run_rules
from cleaners.html.page import HtmlPage
from cleaners.rulebook import ARTICLE_BODY

SENTENCE = (
    "The museum will open a new wing for its collection of maps next spring, the director said "
    "at a press conference on Monday."
)
OTHERS = [f"Another sentence of the article number {n}." for n in range(12)]


def checked(doc: Document, article_body: str) -> Document:
    """The check run on `doc` as the text of a page whose JSON-LD declares `article_body`."""
    declared = json.dumps({"@type": "NewsArticle", "articleBody": article_body})
    script = f'<script type="application/ld+json">{declared}</script>'
    doc.page = HtmlPage(fromstring(f"<html><head>{script}</head><body><p>x</p></body></html>"))
    run_rules(doc, [ARTICLE_BODY])
    return doc


def test_check_article_body_restores_prose_the_rules_dropped():
    doc = Document.from_text("\n".join([SENTENCE, *OTHERS]), format="html")
    doc.drop(doc.lines[0], "photo_caption", "test")
    checked(doc, " ".join([SENTENCE, *OTHERS]))
    assert doc.lines[0].kept and doc.removals == []


def test_check_article_body_drops_lines_it_does_not_hold():
    doc = Document.from_text("\n".join([SENTENCE, *OTHERS, "Follow our newsroom for more of the same."]))
    checked(doc, " ".join([SENTENCE, *OTHERS]))
    assert [(r.rule, r.text) for r in doc.removals] == [
        ("article_body", "Follow our newsroom for more of the same.")
    ]


def test_check_article_body_ignores_a_short_teaser_body():
    doc = Document.from_text("A line of text that is not in the body at all.\nAnother one.")
    checked(doc, "A short teaser.")
    assert doc.removals == []
