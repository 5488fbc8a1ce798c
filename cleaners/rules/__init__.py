"""The text rules, in the order they run. Each is a Rule(id, description, apply).

Order matters: markup goes first so later rules see plain text; junk that can sit anywhere
goes before the rules that look at the first and last lines (bylines, datelines, title),
so those see the page's real edges.
"""

from cleaners.classifier import find_article
from cleaners.rules.appeals import (
    strip_disclosures,
    strip_donation_appeals,
    strip_licence_footers,
    strip_newsletter_appeals,
    strip_social_follows,
)
from cleaners.rules.base import Rule
from cleaners.rules.bylines import read_bylines, read_datelines
from cleaners.rules.captions import strip_caption_repeats, strip_photo_captions
from cleaners.rules.header import read_header_fields
from cleaners.rules.headline import read_standfirst, read_title, strip_known_title
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

# fmt: off
TEXT_RULES = (
    Rule("tracking_pixel", "1x1 or hidden <img> tags that only report page views", strip_tracking_pixels),
    Rule("stray_markup", "other HTML tags, comments, script and style blocks", strip_stray_markup),
    Rule("normalise_text", "entities decoded, NFC, spaces folded (removes nothing)", normalise_text),
    Rule("header_field", "scraper header fields on top (date 2025-01-14) to metadata", read_header_fields),
    Rule("share_row", "rows of share buttons (Facebook Twitter Email)", strip_share_rows),
    Rule("nav_menu", "rows of menu items (Home | News | Sport | Weather)", strip_nav_menus),
    Rule("widget_placeholder", "widget placeholders (Loading..., Advertisement)", strip_widget_placeholders),
    Rule("gallery_counter", "gallery counters and controls (2 Photos)", strip_gallery_counters),
    Rule("photo_caption", "lines ending in a photo credit ((AP Photo/...))", strip_photo_captions),
    Rule("photo_caption_repeat", "uncredited copies of a photo caption", strip_caption_repeats),
    Rule("donation_appeal", "donation and membership appeals", strip_donation_appeals),
    Rule("newsletter_appeal", "subscription and newsletter appeals", strip_newsletter_appeals),
    Rule("social_follow", "follow-us calls to action (Follow us on Bluesky)", strip_social_follows),
    Rule("disclosure", "advertising and affiliate disclosures", strip_disclosures),
    Rule("license_footer", "licence and copyright footers, licence to metadata", strip_licence_footers),
    Rule("trailing_nav", "trailing Tags / Related Posts / Read more and their links", strip_trailing_nav),
    Rule("classifier", "lines outside the article a page dump holds (menus, footers)", find_article),
    Rule("dateline", "Published/Updated datelines at the edges, date to metadata", read_datelines),
    Rule("page_date_banner", "a bare date above the page (today's date banner)", strip_page_date_banner),
    Rule("breadcrumb", "breadcrumbs near the top (News / Politics) to categories", strip_breadcrumbs),
    Rule("byline", "bylines at the edges (By NAME, Outlet) to author and sitename", read_bylines),
    Rule("title", "a headline-shaped first line to metadata title", read_title),
    Rule("standfirst", "a standfirst under the title or repeated later, to description", read_standfirst),
)
# fmt: on

# The HTML way runs these rules over the paragraphs trafilatura extracted, not over a raw page
# dump. The rules that read a dump's top lines as its header do not hold there: trafilatura
# leaves the headline out or keeps it as a line of text, so the first lines are the article's
# own first paragraphs, which `title` (any headline-shaped line) and `standfirst` would take;
# and no scraper header fields come before them. The page's title, description and date come
# from its markup instead, and the headline goes only when it is that declared title.
HTML_ONLY_RULES = {
    "title": Rule("title", "the page's declared title on top of the text", strip_known_title),
}
DUMP_ONLY_RULES = frozenset({"header_field", "classifier", "standfirst"})
HTML_RULES = tuple(
    HTML_ONLY_RULES.get(rule.id, rule) for rule in TEXT_RULES if rule.id not in DUMP_ONLY_RULES
)
