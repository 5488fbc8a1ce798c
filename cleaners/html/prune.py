"""DOM pruning before extraction: blocks the page's own markup marks as boilerplate.

Each pruning rule is a selector over the parsed page that yields (element, reason); `pruning`
makes it a rule of the rulebook, which removes the selected elements and logs each with its
whole text (the removal log is the audit trail, and a DOM removal is no exception). Guards
keep a rule from taking the article with it: an element that holds the page's headline,
reads as several paragraphs of prose, or whose text the page's own structured data (JSON-LD
articleBody) says is the article, is never pruned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.html.page import INVISIBLE_TAGS, HtmlPage
from cleaners.html.page_type import PRODUCT, decide_page_type
from cleaners.html.structured_data import types_of
from cleaners.lexicon import blocks, media
from cleaners.lexicon.patterns import alternation, needles
from cleaners.regex import lazy_compile
from cleaners.shapes import normalised

Selector = Callable[[HtmlPage], Iterable[tuple[HtmlElement, str]]]  # (element, reason)

# The word lists as sets, for the part-by-part reading of a class or id.
AUTHOR_WORDS = frozenset(blocks.AUTHOR_WORDS)
AUTHOR_TAILS = frozenset(blocks.AUTHOR_TAILS)
MARKER_PREFIXES = lazy_compile(rf"^(?:{alternation(blocks.MARKER_COMPOUNDS)})", re.IGNORECASE)
ARIA_MARKERS = lazy_compile(rf"\b(?:{alternation(blocks.ARIA_WORDS)})\b", re.IGNORECASE)
TOPIC_PREFIXES = frozenset(blocks.TOPIC_PREFIXES)
MODIFIER_PARTS = frozenset(blocks.MODIFIER_PARTS)
# Credits and captions under pictures.
CREDIT_WORDS = frozenset(media.CREDIT_CLASS_WORDS)
BARE_CREDIT = lazy_compile(
    rf"^(?:©|\(c\)|copyright|(?:{alternation(media.BARE_CREDIT_LABELS)})s?\s*(?::|by|von|de))\s*\S.{{0,80}}$",
    re.IGNORECASE,
)
PRODUCT_EXTRA_HINT = lazy_compile(alternation(tuple(blocks.PRODUCT_EXTRA_WORDS)))
# A product's reviews are items of one class, repeated; the block around them and the summary
# of their ratings are one of a kind, and the summary is shown with the product (its score is
# part of what the page says about it).
REVIEW = "customer review"
REVIEWS = 2
# A review says something: an item of fewer words is a label of the ratings ("Mostly
# positive", a count), shown with the product's score.
REVIEW_WORDS = 6
# A page that declares a local business: its reviews are testimonials of the service the
# page is about, whatever Product object it declares too.
BUSINESS_TYPES = frozenset({"LocalBusiness", "ProfessionalService", "HomeAndConstructionBusiness"})
# A heading of a carousel of other products, and what makes the block under it one: links to
# this many other pages (the cards), with the heading leading the block (at most a few words
# before it); a heading whose cards the page loads later leads no such block.
RECOMMENDATION_HEADING = lazy_compile(
    rf"(?:^|\W)(?:{alternation(blocks.RECOMMENDATION_HEADINGS)})(?:\W|$)", re.IGNORECASE
)
RECOMMENDATION = "product recommendations"
HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
HEADING_WORDS = 10
CAROUSEL_CARDS = 3
WORDS_BEFORE_HEADING = 5
FILTER_PANEL_WORDS = frozenset(blocks.FILTER_PANEL_WORDS)
FILTERED_LIST_PARTS = frozenset(blocks.FILTERED_LIST_PARTS)
FILTER_PANEL_HINT = lazy_compile(alternation(blocks.FILTER_PANEL_WORDS))
FILTER_PANEL = "filter panel"
# What makes a block marked as filters a panel of them: this many checkboxes or radio buttons,
# or options shown with their counts ("Blue (14)"), one at least for every few words; a block of
# more words, or of sparser counts (a product list's review counts), holds the list it filters.
FILTER_CONTROLS = 3
WORDS_PER_CONTROL = 10
FILTER_PANEL_MAX_WORDS = 1000
OPTION_COUNT = lazy_compile(r"\(\s*\d[\d.,]*\s*\)")
CHOICE_INPUTS = XPath(".//input[@type='checkbox' or @type='radio']")
AUTHOR_BOX = "author box"
# An author's bio box runs to a paragraph or two: on the WCXB development pages the longest is
# some 250 words; a forum post under its poster's class runs to a thousand.
MAX_BIO_WORDS = 400
PART_SPLIT = lazy_compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")
# Every word boilerplate_mark reads: a part of a class or id, a compound's start, a word of an
# aria-label, a role.
MARK_WORDS = (
    *blocks.MARKER_WORDS,
    *blocks.AUTHOR_WORDS,
    *blocks.MARKER_COMPOUNDS,
    *blocks.ARIA_WORDS,
    *blocks.ROLE_MARKERS,
)
# Cheap first look at an element's attributes (in lower case): only those holding one of
# these go on to the word-by-word reading (most elements of a page hold none).
MARKER_HINT = lazy_compile("|".join(map(re.escape, needles(MARK_WORDS))))
CREDIT_HINT = lazy_compile("|".join(map(re.escape, needles(media.CREDIT_CLASS_WORDS))))
VISIBLE_TEXT = XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)
ALL_TEXT = XPath(".//text()")
NEVER_PRUNED = {"html", "body", "main", "article"}
# Prose: a paragraph of at least this many words that ends a sentence. A block with this
# many of them is article text, whatever its class says ("entry share", "paywall-container").
PROSE_WORDS = 20
PROSE_PARAGRAPHS = 3
# How much of a block's words the articleBody must hold for the block to count as article.
ARTICLE_BODY_SHARE = 0.6
SENTENCE_END = lazy_compile(r"[.!?…:;。！？][\"'”’»)]*$")


def visible_text(element: HtmlElement) -> str:
    """The element's text as shown: scripts and styles left out, whitespace folded."""
    if element.tag in INVISIBLE_TAGS:
        return ""
    # Most elements have nothing invisible in or around them: all their text is shown, and
    # finding that out costs less than testing the ancestors of each of their text nodes.
    hidden = next(element.iterdescendants(*INVISIBLE_TAGS), None) is not None
    hidden = hidden or next(element.iterancestors(*INVISIBLE_TAGS), None) is not None
    return " ".join(" ".join((VISIBLE_TEXT if hidden else ALL_TEXT)(element)).split())


def holds_article(page: HtmlPage, element: HtmlElement, text: str) -> bool:
    return (
        element.tag in NEVER_PRUNED
        or element in page.headline_chain
        or is_prose_block(element)
        or in_article_body(page, text)
    )


def in_article_body(page: HtmlPage, text: str) -> bool:
    """Is most of this text in the page's declared articleBody?"""
    if not page.article_body or len(text) < 30:
        return False
    body_words = page.memo(article_body_words)
    tokens = normalised(text).split()
    return sum(t in body_words for t in tokens) >= ARTICLE_BODY_SHARE * len(tokens)


def article_body_words(page: HtmlPage) -> set[str]:
    return set(normalised(page.article_body).split())


def is_prose_block(element: HtmlElement) -> bool:
    """Several paragraphs of running text, not links: the article, not a box beside it."""
    count = 0
    for paragraph in element.iter("p"):
        text = visible_text(paragraph)
        if len(text.split()) >= PROSE_WORDS and SENTENCE_END.search(text) and not link_heavy(paragraph, text):
            count += 1
            if count >= PROSE_PARAGRAPHS:
                return True
    return False


def link_heavy(element: HtmlElement, text: str) -> bool:
    linked = sum(len(visible_text(a)) for a in element.iter("a"))
    return linked > 0.5 * len(text)


def select_figure_credits(page: HtmlPage) -> Iterable[tuple[HtmlElement, str]]:
    """Credits of pictures: marked as such, or a caption that is only a credit ("Foto: dpa").

    A caption that describes the picture stays: on galleries and how-tos it is the text."""
    for element, values in page.marked_elements:
        if CREDIT_HINT.search(values) and any(
            part.lower() in CREDIT_WORDS for part in attribute_parts(element)
        ):
            yield element, "picture credit"
    for element in page.tree.iter("figcaption"):
        text = visible_text(element)
        if text and is_bare_credit(text):
            yield element, "picture credit"


def is_bare_credit(text: str) -> bool:
    return bool(BARE_CREDIT.match(text)) and len(text.split()) <= 12


def select_asides(page: HtmlPage) -> Iterable[tuple[HtmlElement, str]]:
    for element in page.tree.iter("aside"):
        yield element, "aside block"


def select_marked_blocks(page: HtmlPage) -> Iterable[tuple[HtmlElement, str]]:
    for element, values in page.marked_elements:
        if MARKER_HINT.search(values):
            reason = boilerplate_mark(element)
            if reason and not (reason == AUTHOR_BOX and too_long_for_a_bio(element)):
                yield element, reason
    yield from select_filter_panels(page)


def select_filter_panels(page: HtmlPage) -> Iterable[tuple[HtmlElement, str]]:
    """Panels of search filters: marked so by class or id, and made of choices (checkboxes,
    radio buttons, options with their counts). A product page's filters sort its reviews, and
    stay with them (product_extra decides on those)."""
    if page.memo(decide_page_type) == PRODUCT:
        return
    for element, values in page.marked_elements:
        if FILTER_PANEL_HINT.search(values) and is_filter_panel(element):
            yield element, FILTER_PANEL


def is_filter_panel(element: HtmlElement) -> bool:
    if not any(names_filter_panel(token) for token in attribute_tokens(element)):
        return False
    text = visible_text(element)
    words = len(text.split())
    if words > FILTER_PANEL_MAX_WORDS:
        return False
    controls = max(len(CHOICE_INPUTS(element)), len(OPTION_COUNT.findall(text)))
    return controls >= FILTER_CONTROLS and controls * WORDS_PER_CONTROL >= words


def names_filter_panel(token: str) -> bool:
    """ "facets-wrapper", "refinementBar" -> True; "filter-results", "withFilters" -> False."""
    parts = token_parts(token)
    if FILTERED_LIST_PARTS.intersection(parts):
        return False
    return any(
        part in FILTER_PANEL_WORDS and not (index and parts[index - 1] in MODIFIER_PARTS)
        for index, part in enumerate(parts)
    )


def attribute_tokens(element: HtmlElement) -> list[str]:
    return f"{element.get('class') or ''} {element.get('id') or ''}".split()


def too_long_for_a_bio(element: HtmlElement) -> bool:
    """A block marked as the author's of this many words is a post (a forum's first post
    carries its poster's class), not a bio."""
    return len(visible_text(element).split()) > MAX_BIO_WORDS


def select_product_extras(page: HtmlPage) -> Iterable[tuple[HtmlElement, str]]:
    """A product page's reviews and shipping terms, marked so by class or id, and its carousels
    of other products: the page is about the product, and trafilatura takes the reviews for its
    prose and the cards for its text."""
    if page.memo(decide_page_type) != PRODUCT or front_page(page.url):
        return
    yield from product_carousels(page)
    marked = [(e, v) for e, v in page.marked_elements if PRODUCT_EXTRA_HINT.search(v)]
    classes = Counter(e.get("class") for e, _ in marked)
    testimonials = any(types_of(obj) & BUSINESS_TYPES for obj in page.objects)
    for element, _ in marked:
        reason = product_extra_mark(element)
        if reason == REVIEW and (
            testimonials
            or classes[element.get("class")] < REVIEWS
            or len(visible_text(element).split()) < REVIEW_WORDS
        ):
            continue
        if reason:
            yield element, reason


def product_carousels(page: HtmlPage) -> Iterable[tuple[HtmlElement, str]]:
    for heading in page.tree.iter(*HEADING_TAGS):
        text = visible_text(heading)
        if len(text.split()) <= HEADING_WORDS and RECOMMENDATION_HEADING.search(text):
            block = carousel_under(heading, text)
            if block is not None:
                yield block, RECOMMENDATION


def carousel_under(heading: HtmlElement, heading_text: str) -> HtmlElement | None:
    """The smallest block the heading leads that links to several other pages, or None."""
    for block in heading.iterancestors():
        if block.tag in NEVER_PRUNED:
            return None
        text = visible_text(block)
        if len(text[: text.find(heading_text)].split()) > WORDS_BEFORE_HEADING:
            return None
        links = {a.get("href") for a in block.iter("a") if a.get("href") and heading not in a.iterancestors()}
        if len(links) >= CAROUSEL_CARDS:
            return block
    return None


def front_page(url: str | None) -> bool:
    """A site's front page shows its shop's reviews, not one product's."""
    return bool(url) and urlsplit(url).path.strip("/") == ""


def product_extra_mark(element: HtmlElement) -> str | None:
    parts = (part.lower() for part in attribute_parts(element))
    return next(filter(None, map(blocks.PRODUCT_EXTRA_WORDS.get, parts)), None)


def boilerplate_mark(element: HtmlElement) -> str | None:
    """Why the element's class, id, role or aria-label mark it as boilerplate, or None."""
    role = (element.get("role") or "").strip().lower()
    if role in blocks.ROLE_MARKERS:
        return blocks.ROLE_MARKERS[role]
    for value in (element.get("class"), element.get("id")):
        for token in (value or "").split():
            reason = token_mark(token)
            if reason:
                return reason
    label = element.get("aria-label")
    if label and len(label) <= 60 and (match := ARIA_MARKERS.search(label)):
        return blocks.MARKER_WORDS.get(match.group().lower(), "marked block") + " (aria-label)"
    return None


def token_mark(token: str) -> str | None:
    """ "related-posts" -> "related links"; "category-social", "no-share" -> None."""
    parts = token_parts(token)
    if not parts or parts[0] in TOPIC_PREFIXES:
        return None
    for index, part in enumerate(parts):
        if index and parts[index - 1] in MODIFIER_PARTS:
            continue
        if part in blocks.MARKER_WORDS:
            return blocks.MARKER_WORDS[part]
        if part in AUTHOR_WORDS and (index == len(parts) - 1 or parts[index + 1] in AUTHOR_TAILS):
            return AUTHOR_BOX
        if match := MARKER_PREFIXES.match(part):
            return blocks.MARKER_WORDS.get(match.group(), "share bar")
    return None


def token_parts(token: str) -> list[str]:
    """ "refinementBar" -> ["refinement", "bar"]."""
    return [part.lower() for part in PART_SPLIT.split(token) if part]


def attribute_parts(element: HtmlElement) -> list[str]:
    return [part for token in attribute_tokens(element) for part in PART_SPLIT.split(token) if part]


def pruning(select: Selector) -> Callable[[Document, RuleLog], None]:
    """A rule that prunes what `select` yields from the page (in place): each element once, none
    inside one pruned before, none the guards keep (see holds_article)."""

    def prune(doc: Document, log: RuleLog) -> None:
        page = doc.page
        chosen: list[tuple[HtmlElement, str, str]] = []
        taken: set[HtmlElement] = set()
        for element, reason in select(page):
            if element in taken or element in page.pruned:
                continue
            if any(a in taken or a in page.pruned for a in element.iterancestors()):
                continue
            text = visible_text(element)
            if holds_article(page, element, text):
                continue
            chosen.append((element, reason, text))
            taken.add(element)
        for element, reason, text in chosen:
            remove(element)
            page.pruned.add(element)
            if text:
                log.pruned(text, reason)

    return prune


def remove(element: HtmlElement) -> None:
    """Drop the element but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
