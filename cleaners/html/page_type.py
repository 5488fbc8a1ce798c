"""What kind of page this is: an article, a forum thread, a product, a listing of items, a
documentation page, or a page that does not say. The extraction (html/extract.py) runs the
profile of the type decided here.

The decision reads what the page says about itself first (its JSON-LD and microdata types, an
og:type of product), then the shape of its address (a /forum/ or /questions/ path, a
/products/ or /docs/ path), then its structure (code blocks), and last an og:type of article.
What says nothing is a `page`: an article as often as a service page or a shop's front."""

from __future__ import annotations

from urllib.parse import urlsplit

from cleaners.html.page import HtmlPage
from cleaners.html.structured_data import types_of
from cleaners.regex import lazy_compile

ARTICLE, FORUM, PRODUCT, LISTING, DOCUMENTATION = "article", "forum", "product", "listing", "documentation"
PAGE = "page"  # nothing says what kind of page it is
PAGE_TYPES = (ARTICLE, FORUM, PRODUCT, LISTING, DOCUMENTATION, PAGE)

# schema.org types that say which kind of page holds them (JSON-LD @type or microdata itemtype).
FORUM_TYPES = frozenset({"DiscussionForumPosting", "QAPage", "Question"})
PRODUCT_TYPES = frozenset({"Product", "ProductGroup", "IndividualProduct", "ProductModel", "Car", "Book"})
LISTING_TYPES = frozenset({"CollectionPage", "SearchResultsPage", "OfferCatalog"})
ITEM_LIST = "ItemList"  # a listing's, or an article's list of related stories
DOCUMENTATION_TYPES = frozenset({"TechArticle", "APIReference", "SoftwareSourceCode"})
ARTICLE_TYPES = frozenset(
    {"Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "OpinionNewsArticle"}
    | {"Recipe", "Review"}
)
# A page holding this many products is a shop's grid of them, not one product's page.
PRODUCT_GRID = 3
# The address's path: its words between slashes (case folded).
FORUM_PATH = lazy_compile(
    r"/(?:forums?|threads?|topics?|discussions?|community|questions|boards?|viewtopic|showthread)(?:[/.?_-]|$)"
    r"|/t/[^/]+/\d+|/t/\d+/|/d/\d+-"  # a thread's number after or before its name
)
PRODUCT_PATH = lazy_compile(r"/(?:products?|p|dp|item|items|shop/p)/[^/]+")
LISTING_PATH = lazy_compile(
    r"/(?:category|categories|collections?|catalog|tags?|archives?|search|shop|directory|browse)(?:/|$)"
)
DOCUMENTATION_PATH = lazy_compile(
    r"/(?:docs?|documentation|reference|api|manual|handbook|man|wiki|guides?|developers?|sdk|kb)(?:[/.]|$)"
)
# Documentation shows code: this many <pre> blocks, or inline <code> spans.
CODE_BLOCKS = 2
CODE_SPANS = 8
ITEMTYPE_XPATH = "//*[@itemtype]/@itemtype"


def decide_page_type(page: HtmlPage) -> str:
    """The page's type, one of PAGE_TYPES."""
    return (
        declared_type(page.objects, itemtypes(page))
        or open_graph_type(page)
        or address_type(page.url)
        or structure_type(page)
        or (ARTICLE if open_graph_article(page) else PAGE)
    )


def declares_type(page: HtmlPage) -> bool:
    """Does the page's structured data (JSON-LD, microdata) say what kind of page it is?"""
    return declared_type(page.objects, itemtypes(page)) is not None


def itemtypes(page: HtmlPage) -> list[str]:
    """The schema.org types of the page's microdata, last part of the address."""
    return [value.rstrip("/").rsplit("/", 1)[-1] for value in page.tree.xpath(ITEMTYPE_XPATH)]


def declared_type(objects: list[dict], microdata: list[str]) -> str | None:
    """The type the page's structured data declares: JSON-LD first, then microdata."""
    kinds = [kind for obj in objects for kind in types_of(obj)] + microdata
    present = set(kinds)
    products = sum(kind in PRODUCT_TYPES for kind in kinds)
    if present & FORUM_TYPES:
        return FORUM
    if products >= PRODUCT_GRID or (present & LISTING_TYPES and not products):
        return LISTING
    if products:
        return PRODUCT
    if present & DOCUMENTATION_TYPES:
        return DOCUMENTATION
    if present & ARTICLE_TYPES:
        return ARTICLE
    return LISTING if ITEM_LIST in present else None


def open_graph_type(page: HtmlPage) -> str | None:
    kind = (page.meta_first("og:type") or "").lower()
    return PRODUCT if kind.startswith("product") else None


def open_graph_article(page: HtmlPage) -> bool:
    # Last: site software gives og:type article to its category and shop pages too.
    return (page.meta_first("og:type") or "").lower() == "article"


def address_type(url: str | None) -> str | None:
    """The type the shape of the page's own address says."""
    if not url:
        return None
    path = urlsplit(url).path.lower()
    for pattern, kind in (
        (FORUM_PATH, FORUM),
        (PRODUCT_PATH, PRODUCT),
        (DOCUMENTATION_PATH, DOCUMENTATION),
        (LISTING_PATH, LISTING),
    ):
        if pattern.search(path):
            return kind
    return None


def structure_type(page: HtmlPage) -> str | None:
    """Documentation by its shape: code shown in blocks or spans."""
    body = page.tree.find("body")
    if body is None:
        return None
    shown = [element.tag for element in body.iter("pre", "code")]  # one walk for both
    blocks, spans = shown.count("pre"), shown.count("code")
    if blocks >= CODE_BLOCKS or spans >= CODE_SPANS:
        return DOCUMENTATION
    return None
