"""The page type decision (html/page_type.py): structured data first, then og:type, then the
shape of the page's address, then its structure, then og:type article; a page of no type when
nothing speaks."""

import json

import pytest

from cleaners.html.page import parse_page
from cleaners.html.page_type import decide_page_type, declares_type


def page(head: str = "", body: str = "<p>Some words of text on the page.</p>"):
    return parse_page(f"<html><head>{head}</head><body>{body}</body></html>")


def json_ld(*objects: dict) -> str:
    return "".join(f'<script type="application/ld+json">{json.dumps(obj)}</script>' for obj in objects)


def canonical(url: str) -> str:
    return f'<link rel="canonical" href="{url}">'


@pytest.mark.parametrize(
    "head, kind",
    [
        (json_ld({"@type": "DiscussionForumPosting", "headline": "Which tent for a windy ridge?"}), "forum"),
        (json_ld({"@type": "QAPage", "mainEntity": {"@type": "Question", "name": "Brown fern?"}}), "forum"),
        (json_ld({"@type": "Product", "name": "Cast iron skillet", "offers": {"price": "39"}}), "product"),
        (json_ld({"@graph": [{"@type": "WebPage"}, {"@type": ["Product", "Thing"]}]}), "product"),
        (json_ld(*[{"@type": "Product", "name": f"Mug no. {n}"} for n in range(4)]), "listing"),
        (json_ld({"@type": "CollectionPage", "name": "Winter coats"}), "listing"),
        (json_ld({"@type": "ItemList", "itemListElement": []}), "listing"),
        (json_ld({"@type": "TechArticle", "headline": "Configuring the cache"}), "documentation"),
        (json_ld({"@type": "NewsArticle", "headline": "Council approves the budget"}), "article"),
        (json_ld({"@type": "NewsArticle"}, {"@type": "ItemList", "itemListElement": []}), "article"),
        ('<meta property="og:type" content="product.item">', "product"),
        ('<meta property="og:type" content="article">', "article"),
        ('<meta property="og:type" content="website">', "page"),
        ("", "page"),
    ],
)
def test_what_the_page_declares(head, kind):
    assert decide_page_type(page(head)) == kind


def test_microdata_types_count_as_declared():
    body = '<div itemscope itemtype="https://schema.org/Product"><h1>Garden hose, 25 m</h1></div>'
    assert decide_page_type(page(body=body)) == "product"
    body = '<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><p>First post.</p></div>'
    assert decide_page_type(page(body=body)) == "forum"


@pytest.mark.parametrize(
    "url, kind",
    [
        ("https://talk.example.org/t/replacing-a-bike-chain/88213", "forum"),
        ("https://example.com/forums/gardening/tomato-blight-help.123/", "forum"),
        ("https://example.com/questions/5521/how-do-i-undo-a-commit", "forum"),
        ("https://example.com/viewtopic.php?t=90", "forum"),
        ("https://example.com/t/40512/pruning-old-apple-trees", "forum"),
        ("https://example.com/d/311-moving-from-another-board", "forum"),
        ("https://example.com/products/linen-duvet-cover", "product"),
        ("https://example.com/p/wireless-earbuds-x2", "product"),
        ("https://example.com/docs/getting-started/install", "documentation"),
        ("https://example.com/en/reference/functions/strlen", "documentation"),
        ("https://example.com/category/recipes/", "listing"),
        ("https://example.com/collections/summer-dresses", "listing"),
        ("https://example.com/2026/04/council-budget-vote/", "page"),
        ("https://example.com/about-us/", "page"),
    ],
)
def test_the_shape_of_the_address(url, kind):
    assert decide_page_type(page(canonical(url))) == kind


def test_declared_type_wins_over_the_address():
    head = canonical("https://example.com/forum/shop-talk/") + json_ld({"@type": "Product", "name": "Tent"})
    assert decide_page_type(page(head)) == "product"


def test_code_blocks_make_a_documentation_page():
    code = "<pre><code>pip install thing</code></pre><p>Then run it.</p><pre>thing --help</pre>"
    assert decide_page_type(page(body=code)) == "documentation"
    spans = "<p>" + " ".join(f"Pass <code>opt{n}</code> to change it." for n in range(8)) + "</p>"
    assert decide_page_type(page(body=spans)) == "documentation"
    assert decide_page_type(page(body="<p>One <code>value</code> in running text.</p>")) == "page"


def test_og_type_article_speaks_last():
    # Site software gives og:type article to its category pages as well.
    head = '<meta property="og:type" content="article">'
    assert decide_page_type(page(head + canonical("https://example.com/category/hiking/"))) == "listing"
    assert decide_page_type(page(head + canonical("https://example.com/2026/05/trail-opens/"))) == "article"


def test_declares_type_is_the_structured_data_s_word_alone():
    og_only = '<html><head><meta property="og:type" content="article"></head><body><p>x</p></body></html>'
    json_ld = '<script type="application/ld+json">{"@type": "BlogPosting"}</script>'
    assert not declares_type(parse_page(og_only))
    assert declares_type(parse_page(og_only.replace("</head>", f"{json_ld}</head>")))
