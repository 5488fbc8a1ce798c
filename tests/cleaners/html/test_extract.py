"""The HTML way end to end, on small pages with one kind of boilerplate each (tests/data/html)."""

from pathlib import Path

import pytest

from cleaners import clean
from cleaners.document import Document
from cleaners.rulebook import ARTICLE_BODY, HTML_RULES, REPEATED_LINE, TEXT_RULES

HTML = Path(__file__).resolve().parents[2] / "data" / "html"


def clean_page(name: str, **options) -> Document:
    return clean((HTML / f"{name}.html").read_bytes(), **options)


def paragraphs(doc: Document) -> list[str]:
    return doc.text.strip().split("\n\n")


def removed(doc: Document, rule: str) -> list[str]:
    return [r.text for r in doc.removals if r.rule == rule]


@pytest.mark.parametrize(
    "name, rule, reason, junk, first_words",
    [
        (
            "newsletter_box",
            "marked_block",
            "newsletter box",
            "Never miss a story from the coast Get the morning briefing in your inbox every weekday, "
            "free of charge. Sign up",
            ["The harbour ferry", "The extra crossings", "A second vessel", "Fares will not"],
        ),
        (
            "donation_box",
            "marked_block",
            "donation box (aria-label)",
            "Northfield Voice is a nonprofit newsroom Stories like this one are free to read because "
            "readers like you chip in. A gift of any size keeps local reporting alive. Give now",
            ["Northfield's central", "Volunteers spent", "The children's section", "Opening hours"],
        ),
        (
            "cookie_banner",
            "marked_block",
            "cookie banner",
            "We use cookies to give you the best experience on our website. By continuing to "
            "browse, you agree to our use of cookies. Accept all Manage settings",
            ["Schools in the", "The change is", "Head teachers welcomed", "The first contracts"],
        ),
        (
            "aside_promo",
            "aside",
            "aside block",
            "Race-day offer Save 20% on running shoes with the code MARATHON at our partner store this week.",
            ["This year's city", "The change removes", "Road closures will", "Around twelve thousand"],
        ),
    ],
)
def test_marked_boxes_are_pruned_and_logged(name, rule, reason, junk, first_words):
    doc = clean_page(name)
    assert [p[: len(w)] for p, w in zip(paragraphs(doc), first_words, strict=False)] == first_words
    assert len(paragraphs(doc)) == len(first_words)
    dom = [r for r in doc.removals if r.lines == (0, 0)]
    assert [(r.rule, r.reason, r.text) for r in dom] == [(rule, reason, junk)]


def test_share_bars_above_and_below_the_story():
    doc = clean_page("share_bar")
    assert len(paragraphs(doc)) == 4 and paragraphs(doc)[0].startswith("Apple growers")
    assert [(r.reason, r.text) for r in doc.removals if r.rule == "marked_block"] == [
        ("share bar", "Facebook X LinkedIn Copy link"),
        ("social media links", "Share on Facebook Share on WhatsApp Email this story"),
    ]


def test_related_list_and_inline_pointer():
    doc = clean_page("related_list")
    assert len(paragraphs(doc)) == 4
    assert "Lesen Sie auch" not in doc.text and "Mehr zum Thema" not in doc.text
    assert removed(doc, "trailing_nav") == ["Lesen Sie auch: Trockener Sommer lässt Grundwasser sinken"]
    assert removed(doc, "marked_block")[0].startswith("Mehr zum Thema Grundwasserspiegel erreicht")


def test_figure_credits_go_and_are_logged():
    doc = clean_page("figure_credit")
    assert len(paragraphs(doc)) == 4
    assert removed(doc, "figure_credit") == ["Photo: Maria Lindqvist", "Foto: Riverside Post"]


def test_comments_only_with_comments():
    without = clean_page("comments_section")
    assert "Well deserved" not in without.text and len(paragraphs(without)) == 4
    with_comments = clean_page("comments_section", with_comments=True)
    assert paragraphs(with_comments)[:4] == paragraphs(without)
    assert paragraphs(with_comments)[4].startswith("Well deserved, the garden")
    assert paragraphs(with_comments)[5].startswith("Congratulations to all the volunteers")


def test_article_body_check_drops_what_the_page_does_not_call_article():
    doc = clean_page("article_body_check")
    assert len(paragraphs(doc)) == 4
    assert removed(doc, "article_body") == [
        "Our team of reporters covers every corner of the region from our offices downtown, and "
        "tips can be sent to the newsroom at any time of day."
    ]


def test_lead_outside_the_article_container_is_put_back_on_top():
    doc = clean_page("lead_outside_body")
    assert paragraphs(doc)[0] == (
        "Die Stadt will bis Ende nächsten Jahres zwölf Kilometer neue Radwege in der Innenstadt "
        "bauen und dafür Parkplätze streichen."
    )
    assert paragraphs(doc)[1].startswith("Der Bauausschuss")
    assert len(paragraphs(doc)) == 5


def test_marker_classes_on_the_article_itself_prune_nothing():
    doc = clean_page("guarded_article")
    assert [r for r in doc.removals if r.lines == (0, 0)] == []
    assert len(paragraphs(doc)) == 4


def test_declared_title_on_top_goes_to_metadata_only():
    doc = clean_page("newsletter_box")
    assert doc.metadata.title == "Harbour ferry timetable changes from May"
    assert removed(doc, "title") == ["Harbour ferry timetable changes from May"]


@pytest.mark.parametrize("preset", [{"precision": True}, {"recall": True}])
def test_presets_run(preset):
    doc = clean_page("newsletter_box", **preset)
    assert "The harbour ferry will run every twenty minutes" in doc.text
    assert "Never miss a story" not in doc.text


def test_html_rules_are_the_page_steps_then_the_text_rules_without_the_dump_ones():
    page_steps = ["page_metadata", "figure_credit", "aside", "marked_block", "product_extra", "extract"]
    assert [rule.id for rule in HTML_RULES[:6]] == page_steps
    dump_only = ("header_field", "classifier", "article_tail")
    assert list(HTML_RULES[6:-2]) == [rule for rule in TEXT_RULES if rule.id not in dump_only]
    assert HTML_RULES[-2:] == (REPEATED_LINE, ARTICLE_BODY)


def test_first_paragraph_is_not_taken_for_a_title_or_standfirst():
    # A headline-shaped first paragraph in extracted text is the article's, not a page header.
    doc = clean_page("share_bar")
    assert removed(doc, "standfirst") == []


def test_unparseable_page_gives_an_empty_document():
    doc = clean(b"<html></html>")
    assert doc.format == "html" and doc.text == ""
    assert doc.warnings == ["no article text found: the clean text is empty"]
