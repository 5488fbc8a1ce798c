"""cleaners.audit: the cleaning's own anywhere-rules, run over a clean text, find what it still holds."""

from pathlib import Path

import pytest

from cleaners import clean, rulebook
from cleaners.audit import AUDIT_RULES, Finding, find_boilerplate
from cleaners.rulebook import TEXT_RULES

DATA = Path(__file__).resolve().parents[1] / "data"
ARTICLE = (
    "The council met on Tuesday and agreed the budget for the coming year after a long debate.\n\n"
    "Spending on schools rises by four per cent, and two new cycle lanes will be built in the spring.\n"
)


def with_line(line: str) -> str:
    """The article with `line` as its second paragraph (not at an edge: no edge rule reads it)."""
    first, rest = ARTICLE.split("\n\n", 1)
    return f"{first}\n\n{line}\n\n{rest}"


@pytest.mark.parametrize(
    ("line", "rule", "found"),
    [
        ("Share Facebook Twitter Email", "share_row", "Share Facebook Twitter Email"),
        ("Share this article: Facebook | Twitter | WhatsApp", "share_row", None),
        ("Support our journalism: donate today so we can keep reporting for you.", "donation_appeal", None),
        ("Become a member today and help us keep our reporting free for everyone.", "donation_appeal", None),
        ("Sign up for our newsletter to get the top stories in your inbox.", "newsletter_appeal", None),
        ("Subscribe to our daily newsletter for the latest news.", "newsletter_appeal", None),
        ("Follow us on Twitter and Facebook for the latest updates.", "social_follow", None),
        ("Follow us on Instagram.", "social_follow", None),
        ("The mayor speaks at the opening ceremony. (AP Photo/Jane Doe)", "photo_caption", None),
        ("Crowds gather outside the station on Monday. Photo: John Smith/Reuters", "photo_caption", None),
        ("A paragraph with <b>bold</b> markup left in it, as a dump keeps it.", "stray_markup", "<b>"),
        ("A paragraph with a comment <!-- ad slot --> left in it.", "stray_markup", "<!-- ad slot -->"),
        ("Salt &amp; pepper were on every table of the new café.", "normalise_text", "&amp;"),
        ("The mayor said it&#8217;s the best budget in years.", "normalise_text", "it&#8217;s"),
        ('<img src="https://t.example.com/p.gif" width="1" height="1">', "tracking_pixel", None),
        (
            'A pixel <img src="/t.gif" style="display:none"> here.',
            "tracking_pixel",
            '<img src="/t.gif" style="display:none">',
        ),
    ],
)
def test_each_kind_of_boilerplate_is_found_where_it_stands(line, rule, found):
    findings = find_boilerplate(with_line(line))
    assert rule in {finding.rule for finding in findings}, findings
    finding = next(finding for finding in findings if finding.rule == rule)
    assert finding.line == 3  # the line of the text file: paragraphs are a blank line apart
    assert finding.text == (found or line)
    assert finding.reason


def test_a_clean_article_holds_no_boilerplate():
    assert find_boilerplate(ARTICLE) == []


@pytest.mark.parametrize("dump", sorted((DATA / "dumps").glob("*.expected.txt")), ids=lambda p: p.stem)
def test_what_clean_writes_holds_none_of_what_clean_removes(dump):
    text = clean(dump.with_name(dump.name.replace(".expected", "")).read_bytes()).text
    assert find_boilerplate(text) == []


def test_the_dumps_themselves_are_found_to_hold_boilerplate():
    findings = find_boilerplate((DATA / "cli" / "harbour_ferry_strike.txt").read_text(encoding="utf-8"))
    assert {"nav_menu", "share_row", "newsletter_appeal"} <= {finding.rule for finding in findings}
    assert all(isinstance(finding, Finding) and finding.line >= 1 for finding in findings)
    assert [finding.line for finding in findings] == sorted(finding.line for finding in findings)


def test_the_spaces_a_cut_leaves_are_no_finding_of_their_own():
    findings = find_boilerplate(with_line("<b>Bold</b> words in a paragraph of the article."))
    assert [finding.rule for finding in findings] == ["stray_markup", "stray_markup"]


def test_the_audit_rules_are_text_rules_that_read_no_edge_in_their_order():
    assert list(AUDIT_RULES) == [rule for rule in TEXT_RULES if rule in AUDIT_RULES]
    edges = {
        rulebook.HEADER_FIELD, rulebook.CLASSIFIER, rulebook.DATELINE, rulebook.PAGE_DATE_BANNER,
        rulebook.BREADCRUMB, rulebook.BYLINE, rulebook.TITLE, rulebook.STANDFIRST, rulebook.TRAILING_NAV,
    }  # fmt: skip
    assert edges.isdisjoint(AUDIT_RULES)
