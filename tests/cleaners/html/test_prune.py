import pytest
from lxml.html import fromstring

from cleaners.document import Document
from cleaners.engine import run_rules
from cleaners.html.page import HtmlPage
from cleaners.html.prune import boilerplate_mark, is_bare_credit, token_mark, visible_text
from cleaners.rulebook import ASIDE, FIGURE_CREDIT, MARKED_BLOCK

PRUNING_RULES = (FIGURE_CREDIT, ASIDE, MARKED_BLOCK)

PROSE = (
    "The county council agreed on Tuesday to keep the swimming pool open through the winter, "
    "after more than two thousand residents signed a petition against its closure."
)


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def article(*blocks: str) -> str:
    paragraphs = "".join(f"<p>{PROSE} ({n})</p>" for n in range(4))
    return page(f"<main><article><h1>Pool stays open</h1>{paragraphs}{''.join(blocks)}</article></main>")


def pruned(html: str, article_body: str | None = None):
    page = HtmlPage(fromstring(html))
    page.article_body = article_body  # as a page's JSON-LD would declare it
    doc = Document([], format="html", page=page)
    run_rules(doc, PRUNING_RULES)
    return page.tree, doc.removals


@pytest.mark.parametrize(
    "token, reason",
    [
        ("newsletter-signup", "newsletter box"),
        ("c-newsletter", "newsletter box"),
        ("relatedPosts", "related links"),
        ("related_stories", "related links"),
        ("share-bar", "share bar"),
        ("td-post-sharing-top", "share bar"),
        ("socialshare", "share bar"),
        ("donate-box", "donation box"),
        ("cookie-consent", "cookie banner"),
        ("promo", "promotion"),
        ("recommended-reads", "recommended links"),
        ("author-bio", "author box"),
        ("cbx-Author", "author box"),
    ],
)
def test_marked_tokens(token, reason):
    assert token_mark(token) == reason


@pytest.mark.parametrize(
    "token",
    [
        "shareholders",  # a word that only starts like a marker
        "socialism",
        "category-social-media",  # the article's own category, written by the CMS
        "tag-newsletter",
        "post-related",
        "no-share",  # a property of the block, not its kind
        "has-sharing",
        "hasRecommendations",
        "author-guidelines",
        "entry-content",
    ],
)
def test_unmarked_tokens(token):
    assert token_mark(token) is None


def test_role_and_aria_label_mark_blocks():
    assert boilerplate_mark(fromstring('<div role="complementary">x</div>')) == "complementary block"
    label = fromstring('<section aria-label="Share this article">x</section>')
    assert boilerplate_mark(label) == "share bar (aria-label)"
    assert boilerplate_mark(fromstring('<nav aria-label="Main menu">x</nav>')) is None


def test_marked_block_is_removed_and_logged_whole():
    box = '<div class="newsletter-box"><h3>Our briefing</h3><p>Get it every morning.</p></div>'
    tree, removals = pruned(article(box))
    assert "Our briefing" not in tree.text_content()
    assert [(r.rule, r.reason, r.lines, r.text, r.whole_line) for r in removals] == [
        ("marked_block", "newsletter box", (0, 0), "Our briefing Get it every morning.", True)
    ]


def test_long_text_is_logged_untruncated():
    items = "".join(
        f"<li><a href='/{n}'>Another story number {n} about the town</a></li>" for n in range(300)
    )
    _, removals = pruned(article(f'<ul class="related-list">{items}</ul>'))
    assert removals[0].text == visible_text(fromstring(f"<ul>{items}</ul>"))
    assert removals[0].text.endswith("Another story number 299 about the town")


def test_nested_marks_are_one_removal():
    bar = '<div class="share-tools"><ul class="social-icons"><li class="share-item">Facebook</li></ul></div>'
    _, removals = pruned(article(bar))
    assert [r.text for r in removals] == ["Facebook"]


def test_tail_text_of_a_pruned_element_stays():
    tree, _ = pruned(article('<p>Before <span class="share-inline">Share</span> after the link.</p>'))
    assert "Before after the link." in " ".join(tree.text_content().split())


def test_article_with_marker_classes_is_never_pruned():
    html = page(
        '<article class="post category-social tag-newsletter"><h1>Pool stays open</h1>'
        f'<div class="entry share"><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></article>'
    )
    tree, removals = pruned(html)
    assert removals == []
    assert tree.text_content().count("swimming pool") == 3


def test_block_holding_the_headline_is_never_pruned():
    _, removals = pruned(page('<div class="related-wrapper"><h1>Pool stays open</h1><p>Short.</p></div>'))
    assert removals == []


def test_block_the_article_body_holds_is_never_pruned():
    box = f'<div class="promo-teaser"><p>{PROSE}</p></div>'
    _, removals = pruned(article(box), article_body=f"Intro. {PROSE} More text.")
    assert removals == []
    _, removals = pruned(article(box), article_body="Something else entirely, about a bridge and a river.")
    assert [r.rule for r in removals] == ["marked_block"]


def test_asides_go():
    _, removals = pruned(article("<aside><h4>Offer</h4><p>Save 20% this week.</p></aside>"))
    assert [(r.rule, r.text) for r in removals] == [("aside", "Offer Save 20% this week.")]


def test_scripts_are_neither_pruned_nor_counted():
    html = article('<script id="related-content-script">var x = 1;</script>')
    tree, removals = pruned(html)
    assert removals == []
    assert tree.find(".//script") is not None


@pytest.mark.parametrize(
    "caption", ["Foto: dpa", "© Getty Images", "Photo: Jane Doe/Reuters", "Bild: Stadt Kiel"]
)
def test_bare_credit_captions_go(caption):
    _, removals = pruned(article(f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"))
    assert [(r.rule, r.text) for r in removals] == [("figure_credit", caption)]


def test_describing_captions_stay_but_their_credit_goes():
    figure = (
        "<figure><img src='a.jpg'><figcaption>Swimmers queue before the pool opens at seven."
        " <span class='photo-credit'>Photo: Jane Doe</span></figcaption></figure>"
    )
    tree, removals = pruned(article(figure))
    assert [(r.rule, r.text) for r in removals] == [("figure_credit", "Photo: Jane Doe")]
    assert "Swimmers queue" in tree.text_content()


@pytest.mark.parametrize("text", ["Photo: a very long caption " + "word " * 20, "Photos of the week"])
def test_not_bare_credits(text):
    assert not is_bare_credit(text)


def test_visible_text_leaves_out_scripts_styles_and_what_they_hold():
    tree = fromstring(
        "<html><body><div id='a'>Shown <b>text</b><script>var x = 1;</script>"
        "<noscript><p>Enable <i>scripts</i></p></noscript> and  more</div>"
        "<noscript><div id='b'>Inside <b>noscript</b></div></noscript><div id='c'>Plain <b>one</b></div>"
        "</body></html>"
    )
    assert visible_text(tree.get_element_by_id("a")) == "Shown text and more"
    assert visible_text(tree.get_element_by_id("b")) == ""  # shown only without scripts
    assert visible_text(tree.get_element_by_id("c")) == "Plain one"


def test_a_post_under_its_poster_s_class_is_no_author_box():
    # A forum's first post carries its poster's class ("message-author"): a bio runs to a
    # paragraph or two, a post that long is the thread's content.
    bio = "<div class='author-box'><p>Ann Lee is a reporter covering the county council.</p></div>"
    post = f"<div class='message-author'>{'<br>'.join([PROSE] * 20)}</div>"
    tree, removals = pruned(page(f"<div>{bio}{post}</div>"))
    assert [r.reason for r in removals] == ["author box"]
    assert "Ann Lee" not in tree.text_content() and "swimming pool" in tree.text_content()


def shop(*blocks: str) -> str:
    """A shop's collection page: a grid of product cards beside whatever blocks are given."""
    cards = "".join(
        f"<li class='card'><a href='/p/{n}'>Wool blanket, pattern {n}</a><span>£{40 + n}.00</span></li>"
        for n in range(12)
    )
    return page(f"<main><h1>Blankets</h1>{''.join(blocks)}<ul class='product-grid'>{cards}</ul></main>")


BRAND_COUNTS = (("Fenwick", 21), ("Hollis", 8), ("Marle", 3))


def checkbox(label: str) -> str:
    return f"<label><input type='checkbox' name='f'> {label}</label>"


@pytest.mark.parametrize(
    "panel",
    [
        "<div class='facets-wrapper'><h3>Colour</h3>"
        + "".join(checkbox(c) for c in ("Grey", "Navy", "Ochre", "Rust"))
        + "</div>",
        "<div id='refinementBar'><h4>Brand</h4>"
        + "".join(f"<a href='?b={b}'>{b} ({n})</a>" for b, n in BRAND_COUNTS)
        + "</div>",
        "<form class='filter-group'>"
        + "".join(f"<label><input type='radio' name='s'> Size {s}</label>" for s in ("S", "M", "L"))
        + "</form>",
    ],
)
def test_filter_panels_go(panel):
    tree, removals = pruned(shop(panel))
    assert [(r.rule, r.reason) for r in removals] == [("marked_block", "filter panel")]
    assert tree.text_content().count("Wool blanket") == 12


@pytest.mark.parametrize(
    "block",
    [
        # The grid the filters act on is the list itself.
        "<div class='filter-results'>"
        + "".join(checkbox(f"Compare blanket {n}") for n in range(4))
        + "</div>",
        # A page merely styled as having filters.
        "<div class='has-filters'>" + "".join(checkbox(c) for c in ("Grey", "Navy", "Ochre")) + "</div>",
        # Counts too sparse for options: review counts under items described at length.
        "<div class='filter-area'>"
        + "".join(f"<p>{PROSE} Rated four stars ({n})</p>" for n in (12, 30, 7))
        + "</div>",
        # Marked as a filter, but no choices in it.
        f"<div class='filter-intro'><p>{PROSE}</p></div>",
    ],
)
def test_blocks_that_are_not_filter_panels_stay(block):
    _, removals = pruned(shop(block))
    assert removals == []


def test_a_product_page_s_review_filters_stay_with_the_reviews():
    product = (
        '<script type=\'application/ld+json\'>{"@type": "Product", "name": "Wool blanket"}</script>'
        "<h1>Wool blanket</h1><p>" + PROSE + "</p>"
        "<div class='review-filters'>" + "".join(checkbox(f"{n} stars") for n in range(1, 6)) + "</div>"
    )
    _, removals = pruned(page(product))
    assert "filter panel" not in [r.reason for r in removals]
