"""Navigation junk: share rows, breadcrumbs, date banners, gallery counters, widgets, link lists."""

from __future__ import annotations

import re

from cleaners.dates import parse_date, strip_date_parts
from cleaners.document import Document, Line
from cleaners.shapes import ends_sentence, head, is_headline_shaped, words

PLATFORMS = (
    "facebook|twitter|x|linkedin|pinterest|whatsapp|reddit|telegram|messenger|flipboard|"
    "tumblr|bluesky|threads|mastodon|instagram|youtube|tiktok|pocket|vk|weibo|wechat|line|sms"
)
SHARE_WORDS = re.compile(
    rf"^(?:{PLATFORMS}|share|shares|shared|sharing|tweet|email|e-mail|mail|print|copy|link|"
    r"url|this|on|to|via|article|story|page|save|gift|comments?|click|opens|in|new|window|tab|more|"
    r"\d+)$",
    re.IGNORECASE,
)
SHARE_ANCHOR = re.compile(rf"^(?:{PLATFORMS}|share|tweet|e-?mail)$", re.IGNORECASE)
SHARE_SPLIT = re.compile(r"[\s|·•,:/()]+")

MENU_SEPARATOR = re.compile(r"\s+[|·•]\s+")
MIN_MENU_ITEMS = 3
BREADCRUMB_SEPARATOR = re.compile(r"\s+(?:/|>|»|›|→|\\)\s+")
WIDGETS = re.compile(
    r"^(?:loading|please wait|advertisement|advertising|advert|ad|ads|sponsored|sponsored content|"
    r"paid content|promoted|skip to (?:main )?content|skip navigation|(?:story|article) continues "
    r"(?:below|after) (?:this )?(?:advertisement|ad)|continue reading(?: below)?|"
    r"scroll to continue(?: with content)?|click to expand|close|menu|search|toggle navigation|"
    r"play video|watch video|listen to (?:this )?article|listen|audio|video|"
    r"please enable javascript.*|this content is not available.*|like(?: this)?|like loading|"
    r"(?:enter )?your e-?mail(?: address)?|e-?mail address|subscribe|sign up|submit|sign in|log in|"
    r"register|print|share|comments?\s*\(\d+\)|\d+\s+comments?|\d+\s*min(?:ute)?s?\s+read)[.…:!\s]*$",
    re.IGNORECASE,
)
GALLERY = re.compile(
    r"^(?:(?:view|see|show|browse)\s+(?:all\s+)?\d+\s+(?:photos|images|pictures)|gallery|slideshow|"
    r"\d+\s+(?:photos?|images?|pictures?|slides?|videos?)|(?:photo|image|picture|video)\s+"
    r"gallery|(?:view|open|see|launch|show)\s+(?:the\s+|all\s+)?(?:gallery|slideshow|photos|images)|"
    r"(?:image|photo|picture|slide)?\s*\d+\s*(?:of|/)\s*\d+|enlarge(?: this)? image|"
    r"(?:expand|hide|toggle|show) caption|(?:swipe|click) (?:for|to see) more(?: photos)?)[.…\s]*$",
    re.IGNORECASE,
)
NAV_HEADING = re.compile(
    r"^(?:tags?|topics?|keywords|filed under|categories|related(?: posts?| articles?| stories| "
    r"content| coverage| news| reading| links| topics)?|read more|more (?:from|on|stories|news|"
    r"like this|in)\b[^.!?]{0,40}|you (?:may|might) (?:also )?like|recommended(?: for you| stories)?|"
    r"further reading|see also|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|"
    r"latest(?: news| stories)?|popular (?:posts|stories)|don'?t miss|also read|what to read next|"
    r"share this(?: article| story)?|comments?|leave a (?:comment|reply))\s*(?::\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
# A one-line pointer to another story inside the body: "READ MORE: Headline".
RELATED_LINK = re.compile(
    r"^(?:read more|related|see also|also read|read also|recommended|watch|more|listen)\s*[:|»>]\s*\S",
    re.IGNORECASE,
)
PROSE_WORDS = 15  # a line this long that ends a sentence is body text, not a link list


def strip_share_rows(doc: Document) -> None:
    for line in doc.kept():
        tokens = [t for t in SHARE_SPLIT.split(line.text) if t]
        if (
            tokens
            and len(tokens) <= 16
            and all(SHARE_WORDS.match(t) for t in tokens)
            and any(SHARE_ANCHOR.match(t) for t in tokens)
        ):
            doc.drop(line, "share_row", "share buttons")


def strip_widget_placeholders(doc: Document) -> None:
    for line in doc.kept():
        if WIDGETS.match(line.text):
            doc.drop(line, "widget_placeholder", "widget placeholder")


def strip_gallery_counters(doc: Document) -> None:
    for line in doc.kept():
        if GALLERY.match(line.text):
            doc.drop(line, "gallery_counter", "photo gallery navigation")


def strip_nav_menus(doc: Document) -> None:
    """ "Home | News | Sport | Weather": a row of short menu items, anywhere on the page."""
    for line in doc.kept():
        items = MENU_SEPARATOR.split(line.text)
        if len(items) >= MIN_MENU_ITEMS and all(is_crumb(item) for item in items):
            doc.drop(line, "nav_menu", "navigation menu")


def strip_breadcrumbs(doc: Document) -> None:
    """ "News / Politics" near the top: the segments become metadata categories."""
    for line in head(doc):
        segments = BREADCRUMB_SEPARATOR.split(line.text)
        if len(segments) >= 2 and all(is_crumb(s) for s in segments):
            crumbs = [s for s in segments if s.casefold() not in ("home", "homepage", "start")]
            doc.metadata.categories = doc.metadata.categories or crumbs
            doc.drop(line, "breadcrumb", "breadcrumb navigation")


def is_crumb(segment: str) -> bool:
    tokens = segment.split()
    return (
        1 <= len(tokens) <= 3
        and segment[0].isupper()
        and not any(ch.isdigit() for ch in segment)
        and not segment.endswith((".", ",", "!", "?", ":"))
    )


def strip_page_date_banner(doc: Document) -> None:
    """A bare date above everything else is the day the page was seen, not the article's date."""
    kept = doc.kept()
    for line in kept[:2]:
        if is_bare_date(line.text):
            doc.drop(line, "page_date_banner", "page date banner")
            doc.metadata.date = doc.metadata.date or parse_date(line.text)


def is_bare_date(text: str) -> bool:
    return bool(parse_date(text)) and not words(strip_date_parts(text))


def strip_trailing_nav(doc: Document) -> None:
    """Trailing "Tags" / "Related Posts" headings and the short link lines after them."""
    kept = doc.kept()
    for index, line in enumerate(kept):
        match = NAV_HEADING.match(line.text)
        if match and any(is_prose(k.text) for k in kept[:index]) and only_links_after(kept[index + 1 :]):
            collect_tags(doc, line.text, match.group("rest") or "")
            for junk in kept[index:]:
                doc.drop(junk, "trailing_nav", f"trailing navigation after {line.text[:40]!r}")
            return
    for line in doc.kept():
        if RELATED_LINK.match(line.text) and len(words(line.text)) <= 25:
            doc.drop(line, "trailing_nav", "link to another story")


def only_links_after(lines: list[Line]) -> bool:
    return all(is_link_like(line.text) for line in lines)


def is_link_like(text: str) -> bool:
    return not is_prose(text) or is_headline_shaped(text, max_words=40)


def is_prose(text: str) -> bool:
    return len(words(text)) >= PROSE_WORDS and ends_sentence(text)


def collect_tags(doc: Document, heading: str, rest: str) -> None:
    if heading.lower().startswith(("tag", "topic", "keyword", "filed under")) and rest:
        tags = [t.strip() for t in re.split(r"[,;|•·]", rest) if t.strip()]
        doc.metadata.tags = doc.metadata.tags or tags
