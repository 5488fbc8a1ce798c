"""A product page's customer reviews and shipping terms (prune.select_product_extras)."""

from lxml.html import fromstring

from cleaners.document import Document
from cleaners.engine import run_rules
from cleaners.html.page import HtmlPage
from cleaners.rulebook import PRODUCT_EXTRA

CANONICAL = '<link rel="canonical" href="https://shop.example/{path}">'
OG_PRODUCT = '<meta property="og:type" content="product">'
DESCRIPTION = (
    "<h1>Trail lamp 400</h1><p>A head torch of 400 lumens that runs ten hours on one charge and "
    "weighs 68 grams with its strap.</p>"
)


def review(name: str, words: str, css: str = "pdp-review") -> str:
    return f'<div class="{css}"><span class="{css}__author">{name}</span><p>{words}</p></div>'


REVIEWS = (
    '<section class="pdp-reviews"><h2>Reviews</h2>'
    + review("Jonas K.", "Bright enough for night runs in the forest, and the battery lasts.")
    + review("Mara", "The strap loosened after a month, otherwise fine.")
    + "</section>"
)
SHIPPING = (
    '<div class="tab-shipping_returns"><p>Free delivery over 50 euros. Returns within 30 days at '
    "our cost.</p></div>"
)


def page(body: str, path: str = "products/trail-lamp-400", head: str = OG_PRODUCT) -> str:
    return f"<html><head>{CANONICAL.format(path=path)}{head}</head><body><main>{body}</main></body></html>"


def pruned(html: str) -> tuple[str, list]:
    page_ = HtmlPage(fromstring(html))
    doc = Document([], format="html", page=page_)
    run_rules(doc, (PRODUCT_EXTRA,))
    return page_.tree.text_content(), doc.removals


def test_a_products_reviews_and_shipping_terms_go():
    text, removals = pruned(page(DESCRIPTION + REVIEWS + SHIPPING))
    assert "68 grams" in text and "Reviews" in text  # the product, and the block's heading
    assert "night runs" not in text and "strap loosened" not in text
    assert "Returns within 30 days" not in text
    assert [r.reason for r in removals] == ["customer review", "customer review", "shipping terms"]


def test_the_one_summary_of_ratings_stays():
    summary = '<div class="review-summary">4.6 out of 5 (212 ratings)</div>'
    text, removals = pruned(page(DESCRIPTION + summary))
    assert "4.6 out of 5" in text and not removals


def test_rating_labels_of_the_review_class_stay():
    labels = '<span class="review-score">Very positive</span> <span class="review-score">1,208</span>'
    text, removals = pruned(page(DESCRIPTION + labels))
    assert "Very positive" in text and "1,208" in text and not removals


def test_a_page_of_another_type_keeps_its_reviews():
    text, removals = pruned(page(DESCRIPTION + REVIEWS, path="blog/best-head-torches", head=""))
    assert "night runs" in text and not removals


def test_a_local_business_keeps_its_testimonials():
    business = '<script type="application/ld+json">{"@type": "LocalBusiness", "name": "Pipe & Co"}</script>'
    text, removals = pruned(page(DESCRIPTION + REVIEWS, head=OG_PRODUCT + business))
    assert "night runs" in text and not removals


def test_a_shops_front_page_keeps_its_reviews():
    text, _ = pruned(page(DESCRIPTION + REVIEWS, path=""))
    assert "night runs" in text


def test_reviews_and_terms_marked_in_other_languages():
    bewertungen = review("Jonas K.", "Hell genug für Nachtläufe.", css="produkt-bewertung")
    bewertungen += review("Mara", "Das Band löste sich nach einem Monat.", css="produkt-bewertung")
    versand = '<div class="versand-info"><p>Kostenloser Versand ab 50 Euro.</p></div>'
    text, removals = pruned(page(DESCRIPTION + bewertungen + versand))
    assert "Nachtläufe" not in text and "Kostenloser Versand" not in text
    assert [r.reason for r in removals] == ["customer review", "customer review", "shipping terms"]


def slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def cards(heading: str, names: tuple[str, ...], tag: str = "h2") -> str:
    items = "".join(
        f'<li class="tile"><a href="/products/{slug(n)}">{n}</a><span>€{19 + i}.90</span></li>'
        for i, n in enumerate(names)
    )
    return f'<div class="x9Qa"><{tag}>{heading}</{tag}><ul>{items}</ul></div>'


LAMPS = ("Ridge lamp 250", "Camp lantern mini", "Bike light pair", "Tent string lights")


def test_a_carousel_of_other_products_under_its_heading_goes():
    text, removals = pruned(page(DESCRIPTION + cards("Customers who bought this also bought", LAMPS)))
    assert "68 grams" in text and "Camp lantern" not in text and "also bought" not in text
    assert [r.reason for r in removals] == ["product recommendations"]


def test_carousels_headed_in_other_languages_go():
    for heading in ("Kunden kauften auch", "Productos relacionados", "Vous aimerez aussi", "Prodotti simili"):
        text, removals = pruned(page(DESCRIPTION + cards(heading, LAMPS, tag="h3")))
        assert "Camp lantern" not in text and len(removals) == 1, heading


def test_a_heading_without_its_cards_stays_and_takes_nothing_with_it():
    lazy = '<div class="recs"><h2>Similar items</h2><div data-src="/api/recs"></div></div>'
    text, removals = pruned(
        page(DESCRIPTION + '<div class="details"><p>Charges by USB-C.</p>' + lazy + "</div>")
    )
    assert "Charges by USB-C" in text and not removals


def test_a_heading_of_the_products_own_sections_keeps_its_links():
    manuals = cards(
        "Manuals and downloads", ("Quick start guide", "Safety sheet", "Warranty card", "Spare parts")
    )
    text, removals = pruned(page(DESCRIPTION + manuals))
    assert "Quick start guide" in text and not removals


def test_an_articles_related_products_box_is_left_to_the_other_rules():
    text, removals = pruned(
        page(DESCRIPTION + cards("Related products", LAMPS), path="blog/night-running", head="")
    )
    assert "Camp lantern" in text and not removals
