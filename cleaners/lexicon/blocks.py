"""The words of a page's markup (class, id, role, aria-label) that name a block as
boilerplate, and the words around them that say it is not one (in lower case)."""

from __future__ import annotations

# Words that mark a block as boilerplate when they are a whole part of a class or id
# ("c-newsletter-signup", "relatedPosts", "share_bar"), and what the block is: parts are split
# on -, _, spaces and camelCase, so "shareholders" or "socialism" never match.
MARKER_WORDS = {
    "newsletter": "newsletter box", "newsletters": "newsletter box",
    "donate": "donation box", "donation": "donation box", "donations": "donation box",
    "subscribe": "subscription box", "subscription": "subscription box",
    "share": "share bar", "sharing": "share bar", "sharebar": "share bar", "shariff": "share bar",
    "social": "social media links",
    "related": "related links",
    "recommended": "recommended links", "recommendations": "recommended links",
    "promo": "promotion", "promotion": "promotion",
    "cookie": "cookie banner", "cookies": "cookie banner",
    "consent": "consent banner", "gdpr": "consent banner",
    "authorbox": "author box", "authorbio": "author box", "bio": "author box",
}  # fmt: skip
# "author" names a block only as the last word or before a box-like word ("author-bio",
# "AuthorBox", "cbx-Author"), not in "author-guidelines".
AUTHOR_WORDS = ("author", "authors", "autor", "autorin", "autoren")
AUTHOR_TAILS = (
    "box", "bio", "info", "infos", "about", "description", "profile", "card", "details", "wrap",
    "wrapper", "container", "block", "area", "teaser", "personal", "personalinfo", "name",
)  # fmt: skip
# Compounds written as one word ("relatedposts", "newslettersignup", "socialshare"): how they start.
MARKER_COMPOUNDS = (
    "newsletter", "related", "recommended", "subscribe", "donate", "sharebar", "socialshare",
    "sharebuttons", "sharelinks", "sharetools", "shareicons", "sharebox", "sharethis",
)  # fmt: skip
# Words of an aria-label that name a boilerplate block ("Share this article", "Related stories").
ARIA_WORDS = (
    "share", "sharing", "social", "newsletter", "subscribe", "subscription", "donate", "donation",
    "related", "recommended", "promotion", "cookie", "consent",
)  # fmt: skip
# Parts a CMS writes from the article's own categories and tags ("category-social-media",
# "tag-newsletter"): about the topic, not the block.
TOPIC_PREFIXES = ("category", "tag", "tags", "topic", "section", "format", "post", "type")
# Parts that make the next word a property of the block, not its kind ("no-share", "hasSharing",
# "with-related"): the article container itself often carries them.
MODIFIER_PARTS = (
    "no", "not", "has", "have", "with", "without", "is", "show", "hide", "enable", "disable", "allow",
)  # fmt: skip
# Parts of a class or id that name a panel of search filters ("facets-wrapper", "refinement-bar",
# "filter-group"): on a shop's collection, a listing or a forum search, its checkboxes and
# "Brand (21)" links are controls, not the list they filter.
FILTER_PANEL_WORDS = ("facet", "facets", "filter", "filters", "refine", "refinement", "refinements")
# Parts that make a filter word name the list it filters ("filter-results", "ResultsWithFacets").
FILTERED_LIST_PARTS = ("result", "results", "grid", "products", "items")
ROLE_MARKERS = {"complementary": "complementary block"}
# Parts of a class or id that mark, on a product page, what is not the product's own text:
# its customers' reviews and the shop's shipping and returns terms ("product-reviews",
# "shipping_and_returns", "bewertungen", "avis-clients").
PRODUCT_EXTRA_WORDS = {
    "review": "customer review", "bewertung": "customer review", "avis": "customer review",
    "opinion": "customer review", "resena": "customer review", "recensione": "customer review",
    "avaliacao": "customer review",
    "shipping": "shipping terms", "returns": "shipping terms", "versand": "shipping terms",
    "livraison": "shipping terms", "envio": "shipping terms", "spedizione": "shipping terms",
}  # fmt: skip
# Headings of a product page's carousels of other products ("Customers also viewed", "Similar
# items", "Kunden kauften auch", "Productos relacionados"): found anywhere in a short heading.
RECOMMENDATION_HEADINGS = (
    "also viewed", "also bought", "also purchased", "also like", "also love", "also liked",
    "similar items", "similar products", "related items", "related products",
    "frequently bought together", "bought together", "you may also", "you might also",
    "complete the set", "complete the look", "sponsored items", "sponsored products",
    "recently viewed", "recommended for you", "recommended products",
    "kunden kauften auch", "kunden, die", "ähnliche artikel", "ähnliche produkte", "passende artikel",
    "passend dazu", "zusammen gekauft", "zuletzt angesehen", "auch gefallen",
    "productos relacionados", "productos similares", "artículos similares", "te puede gustar",
    "comprados juntos", "vistos recientemente",
    "produits similaires", "produits complémentaires", "produits associés", "articles similaires",
    "vous aimerez aussi", "vous aimerez peut-être", "achetés ensemble",
    "prodotti correlati", "prodotti simili", "articoli simili", "potrebbe piacerti", "comprati insieme",
    "produtos relacionados", "produtos semelhantes", "itens semelhantes", "também pode gostar",
)  # fmt: skip

# Class or id parts (by their start) of the page's frame and its discussion, which a content
# block (html/content_block.py) is never found in: "site-header", "commentlisting", "navbar".
FRAME_PARTS = ("comment", "header", "footer", "nav", "menu", "sidebar")
