"""Navigation junk: share rows, breadcrumbs, date banners, gallery counters, widgets, link lists."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from cleaners.dates import parse_date, strip_date_parts
from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.lexicon import headings, media, widgets
from cleaners.lexicon.patterns import alternation, line_start, needles
from cleaners.lookup import kept_starting_with, kept_with
from cleaners.regex import RUN_START, lazy_compile
from cleaners.shapes import ends_sentence, head, is_headline_shaped, word_count, words

PLATFORMS = alternation(media.PLATFORMS + media.SHARED_ONLY)
SHARE_WORDS = lazy_compile(
    rf"^(?:{PLATFORMS}|share|shares|shared|sharing|tweet|email|e-mail|mail|print|copy|link|"
    r"url|this|on|to|via|article|story|page|save|gift|comments?|click|opens|in|new|window|tab|more|"
    r"\d+)$",
    re.IGNORECASE,
)
SHARE_ANCHOR = lazy_compile(rf"^(?:{PLATFORMS}|share|tweet|e-?mail)$", re.IGNORECASE)
SHARE_SPLIT = lazy_compile(r"[\s|·•,:/()]+")

MENU_SEPARATOR = lazy_compile(rf"{RUN_START}\s+[|·•]\s+")
MIN_MENU_ITEMS = 3
BREADCRUMB_SEPARATOR = lazy_compile(rf"{RUN_START}\s+(?:/|>|»|›|→|\\)\s+")
CRUMB_SEPARATORS = frozenset(("/", ">", "»", "›", "→", "\\"))  # what BREADCRUMB_SEPARATOR separates by
WIDGETS = lazy_compile(rf"^(?:{alternation(widgets.WIDGETS)})[.…:!\s]*$", re.IGNORECASE)
GALLERY = lazy_compile(rf"^(?:{alternation(widgets.GALLERY_CONTROLS)})[.…\s]*$", re.IGNORECASE)
# A heading over a list of links to other stories, wherever it stands: "Related stories",
# "Notas relacionadas", "Lesen Sie auch". Alone on its line, nothing after the heading.
LINK_LIST_HEADINGS = headings.RELATED + headings.RELATED_LINKS
RELATED_HEADING = lazy_compile(rf"^(?:{alternation(LINK_LIST_HEADINGS)})\s*:?\s*$", re.IGNORECASE)
# The headings of the navigation that ends a page: those above, tags, most read, comments.
NAV_HEADINGS = headings.SECTIONS + LINK_LIST_HEADINGS + headings.NAV_COMMENTS
NAV_HEADING = lazy_compile(rf"^(?:{alternation(NAV_HEADINGS)})\s*(?::\s*(?P<rest>.*))?$", re.IGNORECASE)
# A one-line pointer to another story inside the body: "READ MORE: Headline", and the same in
# other languages ("Lea también:", "Lesen Sie auch:", "À lire aussi :", "Czytaj też:").
RELATED_LINK = lazy_compile(rf"^(?:{alternation(headings.POINTERS)})\s*[:|»>]\s*\S", re.IGNORECASE)
# The starts (folded) of NAV_HEADING's and RELATED_HEADING's headings, and of RELATED_LINK's
# pointers: a line starting otherwise is none of them (see kept_starting_with).
HEADING_START = line_start(NAV_HEADINGS)
# On a forum thread the comments are its posts, the content: their heading leads no navigation.
COMMENTS_HEADING = lazy_compile(rf"^(?:{alternation(headings.NAV_COMMENTS)})\b", re.IGNORECASE)
FORUM_PAGE = "forum"  # html/page_type.FORUM (the text rules do not load the HTML modules)
RELATED_LINK_START = line_start(headings.POINTERS)
# A blog engine's footer under a post: its time ("Posted by NAME at 12:11 PM", the whole line),
# or where it was filed ("This entry was posted in News. Bookmark the permalink.").
POSTED = lazy_compile(
    rf"^(?:{alternation(widgets.POSTED_BY)})\s+\S.{{0,60}}?\s+(?:{alternation(widgets.POSTED_AT)})\s+"
    r"\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?\s*$",
    re.IGNORECASE,
)
POST_FILED = lazy_compile(
    rf"^(?:{alternation(widgets.POST_FILED)})\b.*\b(?:{alternation(widgets.POST_FILED_MARKS)})\b",
    re.IGNORECASE,
)
POST_FOOTER_START = line_start(widgets.POSTED_BY + widgets.POST_FILED)
# A line of a post's taxonomy: its label, a colon and a list of short terms.
TAXONOMY_LINE = lazy_compile(rf"^(?:{alternation(headings.TAXONOMY_LABELS)})\s*:\s*(?P<terms>\S.*)$", re.I)
TAXONOMY_START = line_start(headings.TAXONOMY_LABELS)
TERM_SEPARATOR = lazy_compile(r"[,;|•·]")
MAX_TERM_WORDS = 6  # a term names a topic or a person; a longer one is a clause
MAX_TAXONOMY_WORDS = 50
MAX_POST_FOOTER_WORDS = 80  # a footer names categories and tags; a longer line is prose
MAX_LINK_LIST = 12  # a longer run of short lines under a heading is a section of the article
PROSE_WORDS = 15  # a line this long that ends a sentence is body text, not a link list


# A share row's first token is a share word: the lines starting so, found in the folded text.
# Separators stop at the newline, and the lookahead leaves it for the next line.
SHARE_ROW_START = lazy_compile(
    r"\n(?:[^\S\n]|[|·•,:/()])*" + SHARE_WORDS.pattern[1:-1] + r"(?=[\s|·•,:/()]|\Z)"
)
SHARE_LABEL = lazy_compile(rf"^\W*(?:{alternation(widgets.SHARE_LABELS)})\s*[:.…!]*\s*$", re.IGNORECASE)
SHARE_LABEL_START = line_start(widgets.SHARE_LABELS)
# A row of share requests: once its requests, questions, platforms and counts are taken out,
# nothing but marks is left ("Be sociable, share!", "Udostépnij na FB (1)").
SHARE_REQUEST = lazy_compile(rf"\b(?:{alternation(widgets.SHARE_REQUESTS)})\b", re.IGNORECASE)
SHARE_REQUEST_PARTS = lazy_compile(
    rf"\b(?:{alternation(widgets.SHARE_REQUESTS + widgets.SHARE_QUESTIONS)}|{PLATFORMS}|\d+)(?!\w)",
    re.IGNORECASE,
)
SHARE_REQUEST_NEEDLES = needles(widgets.SHARE_REQUESTS)
ONLY_MARKS = lazy_compile(r"[^\w]*")
MAX_SHARE_ROW_WORDS = 16
# The starts of WIDGETS' and GALLERY's phrases (folded): a line starting otherwise is neither.
WIDGET_START = line_start(widgets.WIDGETS)
GALLERY_START = line_start(widgets.GALLERY_CONTROLS)


def strip_share_rows(doc: Document, log: RuleLog) -> None:
    for line in kept_starting_with(doc, SHARE_LABEL_START):
        if SHARE_LABEL.match(line.text):
            log.drop(line, "share buttons' label")
    for line in kept_starting_with(doc, SHARE_ROW_START):
        tokens = [t for t in SHARE_SPLIT.split(line.text) if t]
        if (
            tokens
            and len(tokens) <= 16
            and all(SHARE_WORDS.match(t) for t in tokens)
            and any(SHARE_ANCHOR.match(t) for t in tokens)
        ):
            log.drop(line, "share buttons")
    for line in kept_with(doc, SHARE_REQUEST_NEEDLES):
        if is_share_request_row(line.text):
            log.drop(line, "share buttons")


def is_share_request_row(text: str) -> bool:
    return (
        word_count(text, MAX_SHARE_ROW_WORDS + 1) <= MAX_SHARE_ROW_WORDS
        and SHARE_REQUEST.search(text) is not None
        and ONLY_MARKS.fullmatch(SHARE_REQUEST_PARTS.sub(" ", text)) is not None
    )


def strip_widget_placeholders(doc: Document, log: RuleLog) -> None:
    for line in kept_starting_with(doc, WIDGET_START):
        if WIDGETS.match(line.text):
            log.drop(line, "widget placeholder")


def strip_gallery_counters(doc: Document, log: RuleLog) -> None:
    for line in kept_starting_with(doc, GALLERY_START):
        if GALLERY.match(line.text):
            log.drop(line, "photo gallery navigation")


def strip_nav_menus(doc: Document, log: RuleLog) -> None:
    """ "Home | News | Sport | Weather": a row of short menu items, anywhere on the page."""
    for line in kept_with(doc, ("|", "·", "•")):  # what MENU_SEPARATOR needs
        items = MENU_SEPARATOR.split(line.text)
        if len(items) >= MIN_MENU_ITEMS and all(is_crumb(item) for item in items):
            log.drop(line, "navigation menu")


def strip_breadcrumbs(doc: Document, log: RuleLog) -> None:
    """ "News / Politics" near the top: the segments become metadata categories."""
    for line in head(doc):
        # The first crumb has 1 to 3 words, so one of the first four words is a separator.
        if CRUMB_SEPARATORS.isdisjoint(line.text.split(None, 4)[:4]):
            continue
        segments = BREADCRUMB_SEPARATOR.split(line.text)
        if len(segments) >= 2 and all(is_crumb(s) for s in segments):
            crumbs = [s for s in segments if s.casefold() not in ("home", "homepage", "start")]
            doc.metadata.categories = doc.metadata.categories or crumbs
            log.drop(line, "breadcrumb navigation")


def is_crumb(segment: str) -> bool:
    tokens = segment.split()
    return (
        1 <= len(tokens) <= 3
        and segment[0].isupper()
        and not any(ch.isdigit() for ch in segment)
        and not segment.endswith((".", ",", "!", "?", ":"))
    )


def strip_page_date_banner(doc: Document, log: RuleLog) -> None:
    """A bare date above everything else is the day the page was seen, not the article's date."""
    kept = doc.kept()
    for line in kept[:2]:
        if is_bare_date(line.text):
            log.drop(line, "page date banner")
            doc.metadata.date = doc.metadata.date or parse_date(line.text)


def is_bare_date(text: str) -> bool:
    return bool(parse_date(text)) and not words(strip_date_parts(text))


def strip_trailing_nav(doc: Document, log: RuleLog) -> None:
    """Trailing "Tags" / "Related Posts" headings and the short link lines after them; inside the
    text, a "Related" heading and the link lines under it, up to the next paragraph of prose."""
    strip_post_footers(doc, log)
    headings = kept_starting_with(doc, HEADING_START)
    strip_trailing_block(doc, log, headings)
    # The headings still kept; a heading in a list dropped under an earlier one is looked at too.
    strip_link_lists(doc, log, [line for line in headings if line.kept and RELATED_HEADING.match(line.text)])
    for line in kept_starting_with(doc, RELATED_LINK_START):
        if RELATED_LINK.match(line.text) and word_count(line.text, 26) <= 25:
            log.drop(line, "link to another story")
    # Last: a tags line that closes the article is the heading of the trailing block above.
    strip_taxonomy_lines(doc, log)


def strip_post_footers(doc: Document, log: RuleLog) -> None:
    for line in kept_starting_with(doc, POST_FOOTER_START):
        text = line.text
        if POSTED.match(text) or (
            word_count(text, MAX_POST_FOOTER_WORDS + 1) <= MAX_POST_FOOTER_WORDS and POST_FILED.match(text)
        ):
            log.drop(line, "a blog post's footer (posted by, filed under)")


def strip_taxonomy_lines(doc: Document, log: RuleLog) -> None:
    """ "Tags: Energy, Climate" anywhere: the terms become metadata tags."""
    kept = doc.kept()
    for line in kept_starting_with(doc, TAXONOMY_START):
        match = TAXONOMY_LINE.match(line.text)
        if match and is_term_list(match.group("terms")) and not is_record_field(kept, line.text):
            collect_tags(doc, line.text, match.group("terms"))
            log.drop(line, "the post's tags or categories")


def is_term_list(text: str) -> bool:
    """Short terms, none of them a sentence: "Energy, Climate, Angela Merkel"."""
    if word_count(text, MAX_TAXONOMY_WORDS + 1) > MAX_TAXONOMY_WORDS or ends_sentence(text):
        return False
    terms = [term for term in TERM_SEPARATOR.split(text) if term.strip()]
    return all(word_count(term, MAX_TERM_WORDS + 1) <= MAX_TERM_WORDS for term in terms)


def strip_trailing_block(doc: Document, log: RuleLog, headings: list[Line]) -> None:
    """From the first heading with prose above it and only link-like lines below, to the end."""
    kept = doc.kept()
    edges = ProseEdges(kept)
    thread = doc.metadata.page_type == FORUM_PAGE
    for line in headings:
        match = NAV_HEADING.match(line.text)
        if not match or is_record_field(kept, line.text) or (thread and COMMENTS_HEADING.match(line.text)):
            continue
        index = position(kept, line)
        # = any(is_prose(k.text) for k in kept[:index])
        #   and all(is_link_like(k.text) for k in kept[index + 1 :])
        if edges.prose_above(index) and edges.only_links_below(index):
            collect_tags(doc, line.text, match.group("rest") or "")
            reason = f"trailing navigation after {line.text[:40]!r}"
            for junk in kept[index:]:
                log.drop(junk, reason)
            return


def is_record_field(kept: list[Line], text: str) -> bool:
    """Does the label of "Category: Best Show" (or "Categories:") open another line too? Then it
    is a field of the records the text lists (awards, entries), not the label closing an
    article. Labels are one when one is the other's start ("Kategorie", "Kategorien")."""
    if ":" not in text:
        return False
    label = label_of(text)
    return sum(one_label(label_of(line.text), label) for line in kept if ":" in line.text) > 1


def label_of(text: str) -> str:
    return text.split(":", 1)[0].strip().casefold()


def one_label(one: str, other: str) -> bool:
    return bool(one and other) and (one.startswith(other) or other.startswith(one))


def strip_link_lists(doc: Document, log: RuleLog, headings: list[Line]) -> None:
    """Each heading over story titles, and up to MAX_LINK_LIST titles under it."""
    kept = doc.kept()
    for line in headings:
        index = position(kept, line)
        if index + 1 < len(kept) and is_link_title(kept[index + 1].text):
            block = [line]
            for after in kept[index + 1 : index + 1 + MAX_LINK_LIST]:
                if not is_link_title(after.text):
                    break
                block.append(after)
            reason = f"link list under {line.text[:40]!r}"
            for junk in block:
                log.drop(junk, reason)


def position(lines: list[Line], line: Line) -> int:
    """The index of `line` in `lines`, a part of a document's lines in their order (by number)."""
    return bisect_left(lines, line.no, key=attrgetter("no"))


class ProseEdges:
    """Whether a line of `kept` has prose above it and only link-like lines below it. Each side is
    read once at most, from its end and only as far as asked (a page can have many headings)."""

    def __init__(self, kept: list[Line]) -> None:
        self.kept = kept
        self.first_prose: int | None = None  # its index, once found
        self.read_down_to = 0  # the lines above this index are read: no prose if none found
        self.last_not_link: int | None = None  # its index, once found
        self.read_up_to = len(kept)  # the lines from this index on are read: all link-like if none

    def prose_above(self, index: int) -> bool:
        while self.first_prose is None and self.read_down_to < index:
            if is_prose(self.kept[self.read_down_to].text):
                self.first_prose = self.read_down_to
            self.read_down_to += 1
        return self.first_prose is not None and self.first_prose < index

    def only_links_below(self, index: int) -> bool:
        while self.last_not_link is None and self.read_up_to > index + 1:
            self.read_up_to -= 1
            if not is_link_like(self.kept[self.read_up_to].text):
                self.last_not_link = self.read_up_to
        return self.last_not_link is None or self.last_not_link <= index


def is_link_title(text: str) -> bool:
    """A story title (or its date) in a list of links: short, and not a sentence."""
    return not ends_sentence(text) and word_count(text, 26) <= 25


def is_link_like(text: str) -> bool:
    return not is_prose(text) or is_headline_shaped(text, max_words=40)


def is_prose(text: str) -> bool:
    return ends_sentence(text) and word_count(text, PROSE_WORDS) == PROSE_WORDS


def collect_tags(doc: Document, heading: str, rest: str) -> None:
    if heading.lower().startswith(("tag", "topic", "keyword", "filed under")) and rest:
        tags = [t.strip() for t in re.split(r"[,;|•·]", rest) if t.strip()]
        doc.metadata.tags = doc.metadata.tags or tags
