"""Every rule, once, with its id; and the two ways as the lists of rules they run, in order.

This is the one place a rule id is written: the engine logs each removal under the id of
the rule that made it, so an id in a sidecar leads here, and from here to one function.
A rule's parts (classifier.title, photo_caption.repeat) are decisions it logs apart. The rule
families a configuration gives phrases and patterns to (FAMILIES, at the end) are here too.

Order matters. The text way: markup goes first so later rules see plain text; junk that can
sit anywhere goes before the rules that look at the first and last lines (bylines,
datelines, title), so those see the page's real edges; the classifier chooses the article
of a page dump between the two, and the trailing navigation is looked for again at the end
of the article it chose (article_tail), where a second cleaning would find it. The HTML way: the page's metadata is read and its marked
boilerplate pruned before trafilatura extracts the text; the text rules then run over the
extracted lines, bar those that read a raw dump's header (header_field) or choose its
article (classifier, article_tail); the articleBody check comes last.

The rules of one way alone are imported when a document first needs them (see `deferred`):
the HTML way's load lxml and trafilatura and compile their patterns at import, which a text
dump never needs; a page never needs the text way's classifier.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import import_module

from cleaners.document import Document
from cleaners.engine import Family, Rule, RuleLog, part_id
from cleaners.formats import HTML, TEXT
from cleaners.rules.appeals import (
    strip_disclosures,
    strip_donation_appeals,
    strip_licence_footers,
    strip_newsletter_appeals,
    strip_social_follows,
)
from cleaners.rules.bios import strip_author_bios
from cleaners.rules.bylines import read_bylines, read_configured_bylines, read_datelines
from cleaners.rules.captions import strip_configured_captions, strip_photo_captions
from cleaners.rules.chrome import strip_comment_forms, strip_post_links, strip_site_credits
from cleaners.rules.header import read_header_fields
from cleaners.rules.headline import read_standfirst, read_title
from cleaners.rules.markup import normalise_text, strip_stray_markup, strip_tracking_pixels
from cleaners.rules.navigation import (
    strip_breadcrumbs,
    strip_gallery_counters,
    strip_nav_menus,
    strip_page_date_banner,
    strip_share_rows,
    strip_trailing_nav,
    strip_widget_placeholders,
)
from cleaners.tuning import drop_configured


def corpus_only(doc: Document, log: RuleLog) -> None:
    """A corpus rule does nothing to one document alone: the pass over a run's outputs applies
    it (cleaners/corpus.py decides, cli/corpus.py rewrites)."""


def deferred(module: str, function: str, *arguments: str) -> Callable[[Document, RuleLog], None]:
    """The rule function `module.function`, imported on its first call; with `arguments`,
    what `function` returns for those names of the module (pruning(select_asides))."""

    @cache
    def resolved() -> Callable[[Document, RuleLog], None]:
        found = import_module(module)
        target = getattr(found, function)
        return target(*(getattr(found, name) for name in arguments)) if arguments else target

    def apply(doc: Document, log: RuleLog) -> None:
        resolved()(doc, log)

    return apply


T, H, TH = frozenset({TEXT}), frozenset({HTML}), frozenset({TEXT, HTML})

# fmt: off
PAGE_METADATA = Rule("page_metadata", "title, authors, date, site ... from the page's markup (removes nothing)", H, deferred("cleaners.html.metadata", "read_page_metadata"))
FIGURE_CREDIT = Rule("figure_credit", "picture credits, and captions that are only a credit", H, deferred("cleaners.html.prune", "pruning", "select_figure_credits"))
ASIDE = Rule("aside", "<aside> blocks beside the article", H, deferred("cleaners.html.prune", "pruning", "select_asides"))
MARKED_BLOCK = Rule("marked_block", "blocks marked newsletter, share, related, cookie ... by class, id or role", H, deferred("cleaners.html.prune", "pruning", "select_marked_blocks"))
PRODUCT_EXTRA = Rule("product_extra", "a product page's customer reviews and shipping terms (marked by class or id), carousels of other products", H, deferred("cleaners.html.prune", "pruning", "select_product_extras"))
EXTRACT = Rule("extract", "trafilatura's text of the pruned page, its lead put back on top", H, deferred("cleaners.html.extract", "extract_text"))
TRACKING_PIXEL = Rule("tracking_pixel", "1x1 or hidden <img> tags that only report page views", TH, strip_tracking_pixels)
STRAY_MARKUP = Rule("stray_markup", "other HTML tags, comments, script and style blocks", TH, strip_stray_markup)
NORMALISE_TEXT = Rule("normalise_text", "entities decoded, NFC, spaces folded (removes nothing)", TH, normalise_text)
HEADER_FIELD = Rule("header_field", "scraper header fields on top (date 2025-01-14) to metadata", T, read_header_fields)
SHARE_ROW = Rule("share_row", "rows of share buttons (Facebook Twitter Email)", TH, strip_share_rows)
NAV_MENU = Rule("nav_menu", "rows of menu items (Home | News | Sport | Weather)", TH, strip_nav_menus)
WIDGET_PLACEHOLDER = Rule("widget_placeholder", "widget placeholders (Loading..., Advertisement)", TH, strip_widget_placeholders)
GALLERY_COUNTER = Rule("gallery_counter", "gallery counters and controls (2 Photos)", TH, strip_gallery_counters)
PHOTO_CAPTION = Rule("photo_caption", "lines ending in a photo credit ((AP Photo/...))", TH, strip_photo_captions,
                     parts={"repeat": "uncredited copies of a photo caption"})
DONATION_APPEAL = Rule("donation_appeal", "donation and membership appeals", TH, strip_donation_appeals)
NEWSLETTER_APPEAL = Rule("newsletter_appeal", "subscription and newsletter appeals", TH, strip_newsletter_appeals)
SOCIAL_FOLLOW = Rule("social_follow", "follow-us calls to action (Follow us on Bluesky)", TH, strip_social_follows)
DISCLOSURE = Rule("disclosure", "advertising and affiliate disclosures", TH, strip_disclosures)
LICENSE_FOOTER = Rule("license_footer", "licence and copyright footers, licence to metadata", TH, strip_licence_footers)
SITE_CREDIT = Rule("site_credit", "credits of the site's engine or theme (Powered by WordPress)", TH, strip_site_credits)
POST_LINK = Rule("post_link", "links to the previous and next post (« Previous post)", TH, strip_post_links)
COMMENT_FORM = Rule("comment_form", "a comment form's lines (Your email address will not be published.)", TH, strip_comment_forms)
TRAILING_NAV = Rule("trailing_nav", "trailing Tags / Related Posts / Read more and their links", TH, strip_trailing_nav)
CLASSIFIER = Rule("classifier", "lines outside the article a page dump holds (menus, footers)", T, deferred("cleaners.classifier", "find_article"),
                  parts={"title": "the headline above the article, to metadata title",
                         "byline": "a byline at the article's edge, to author and sitename",
                         "dateline": "a dateline at the article's edge, to metadata date"})
ARTICLE_TAIL = Rule("article_tail", "trailing_nav again, at the end of the article the classifier chose", T, strip_trailing_nav)
AUTHOR_BIO = Rule("author_bio", "an author's bio at the end (Jane Doe is a staff writer at ...)", TH, strip_author_bios)
DATELINE = Rule("dateline", "Published/Updated datelines at the edges, date to metadata", TH, read_datelines)
PAGE_DATE_BANNER = Rule("page_date_banner", "a bare date above the page (today's date banner)", TH, strip_page_date_banner)
BREADCRUMB = Rule("breadcrumb", "breadcrumbs near the top (News / Politics) to categories", TH, strip_breadcrumbs)
BYLINE = Rule("byline", "bylines at the edges (By NAME, Outlet) to author and sitename", TH, read_bylines)
TITLE = Rule("title", "the headline on top to metadata title (HTML: only the declared title)", TH, read_title)
STANDFIRST = Rule("standfirst", "a standfirst under the title or repeated later, to description", TH, read_standfirst)
CORPUS_REPEAT = Rule("corpus_repeat", "lines a source repeats in at least K of its documents (--corpus-repeats K)", TH, corpus_only)
REPEATED_LINE = Rule("repeated_line", "on a forum thread, a product or a listing page: later copies of a line", H, deferred("cleaners.html.repeats", "strip_repeated_lines"))
ARTICLE_BODY = Rule("article_body", "lines the page's JSON-LD articleBody does not hold (or restores)", H, deferred("cleaners.html.article_body", "check_article_body"))

TEXT_RULES = (
    TRACKING_PIXEL, STRAY_MARKUP, NORMALISE_TEXT, HEADER_FIELD, SHARE_ROW, NAV_MENU, WIDGET_PLACEHOLDER,
    GALLERY_COUNTER, PHOTO_CAPTION, DONATION_APPEAL, NEWSLETTER_APPEAL, SOCIAL_FOLLOW, DISCLOSURE,
    LICENSE_FOOTER, SITE_CREDIT, POST_LINK, COMMENT_FORM, TRAILING_NAV, CLASSIFIER, ARTICLE_TAIL, AUTHOR_BIO, DATELINE, PAGE_DATE_BANNER, BREADCRUMB, BYLINE, TITLE, STANDFIRST,
)
HTML_RULES = (
    PAGE_METADATA, FIGURE_CREDIT, ASIDE, MARKED_BLOCK, PRODUCT_EXTRA, EXTRACT,
    TRACKING_PIXEL, STRAY_MARKUP, NORMALISE_TEXT, SHARE_ROW, NAV_MENU, WIDGET_PLACEHOLDER,
    GALLERY_COUNTER, PHOTO_CAPTION, DONATION_APPEAL, NEWSLETTER_APPEAL, SOCIAL_FOLLOW, DISCLOSURE,
    LICENSE_FOOTER, SITE_CREDIT, POST_LINK, COMMENT_FORM, TRAILING_NAV, AUTHOR_BIO, DATELINE, PAGE_DATE_BANNER, BREADCRUMB, BYLINE, TITLE, STANDFIRST, REPEATED_LINE, ARTICLE_BODY,
)
# fmt: on

# The metadata fields a rule (or one of its parts) fills from the lines it removes: explain
# names them on the line's label.
METADATA_FILLED = {
    HEADER_FIELD.id: ("title", "author", "date", "sitename", "url", "language"),
    DATELINE.id: ("date",),
    part_id(CLASSIFIER.id, "dateline"): ("date",),
    BYLINE.id: ("author", "sitename"),
    part_id(CLASSIFIER.id, "byline"): ("author", "sitename"),
    TITLE.id: ("title",),
    part_id(CLASSIFIER.id, "title"): ("title",),
    BREADCRUMB.id: ("categories",),
    LICENSE_FOOTER.id: ("license",),
    STANDFIRST.id: ("description",),
    TRAILING_NAV.id: ("tags",),
    ARTICLE_TAIL.id: ("tags",),
}
# The rules a run applies to its outputs once every document is cleaned (cli/corpus.py): they
# need the counts of the whole corpus, so they are in neither way.
CORPUS_RULES = (CORPUS_REPEAT,)
RULES = {rule.id: rule for rule in dict.fromkeys(TEXT_RULES + HTML_RULES + CORPUS_RULES)}  # id -> rule
LOGGED_IDS = frozenset(logged for rule in RULES.values() for logged in rule.ids)  # with the parts'

# The rule families a configuration adds phrases and patterns to, as its [appeals] ... tables
# (cleaners/tuning.py): the family's rules, and the one that applies them (the carrier, which
# logs what they remove under its id) with its hook. The one place a family is written.
# fmt: off
FAMILIES = {family.name: family for family in (
    Family("appeals", (DONATION_APPEAL, NEWSLETTER_APPEAL, SOCIAL_FOLLOW, DISCLOSURE), DONATION_APPEAL, drop_configured,
           "a line holding one is removed"),
    Family("captions", (PHOTO_CAPTION,), PHOTO_CAPTION, strip_configured_captions,
           "a line holding one is removed, and its uncredited copies (photo_caption.repeat)"),
    Family("navigation", (SHARE_ROW, NAV_MENU, TRAILING_NAV, BREADCRUMB), NAV_MENU, drop_configured,
           "a line holding one is removed"),
    Family("bylines", (BYLINE,), BYLINE, read_configured_bylines,
           "a label: a line at the start or end that starts with one is a byline (names to author)"),
)}
# fmt: on
FAMILY_OF = {rule.id: family for family in FAMILIES.values() for rule in family.rules}  # id -> family
