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
from collections.abc import Callable, Iterable

from lxml.etree import XPath
from lxml.html import HtmlElement

from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.html.page import INVISIBLE_TAGS, HtmlPage
from cleaners.shapes import normalised

Selector = Callable[[HtmlPage], Iterable[tuple[HtmlElement, str]]]  # (element, reason)

# Words that mark a block as boilerplate when they are a whole part of a class or id
# ("c-newsletter-signup", "relatedPosts", "share_bar"): parts are split on -, _, spaces and
# camelCase, so "shareholders" or "socialism" never match.
MARKER_WORDS = {
    "newsletter": "newsletter box",
    "newsletters": "newsletter box",
    "donate": "donation box",
    "donation": "donation box",
    "donations": "donation box",
    "subscribe": "subscription box",
    "subscription": "subscription box",
    "share": "share bar",
    "sharing": "share bar",
    "sharebar": "share bar",
    "shariff": "share bar",
    "social": "social media links",
    "related": "related links",
    "recommended": "recommended links",
    "recommendations": "recommended links",
    "promo": "promotion",
    "promotion": "promotion",
    "cookie": "cookie banner",
    "cookies": "cookie banner",
    "consent": "consent banner",
    "gdpr": "consent banner",
    "authorbox": "author box",
    "authorbio": "author box",
    "bio": "author box",
}
# "author" names a block only as the last word or before a box-like word ("author-bio",
# "AuthorBox", "cbx-Author"), not in "author-guidelines".
AUTHOR_WORDS = {"author", "authors", "autor", "autorin", "autoren"}
AUTHOR_TAILS = {
    "box", "bio", "info", "infos", "about", "description", "profile", "card", "details", "wrap",
    "wrapper", "container", "block", "area", "teaser", "personal", "personalinfo", "name",
}  # fmt: skip
# Compounds written as one word ("relatedposts", "newslettersignup", "socialshare").
MARKER_PREFIXES = re.compile(
    r"^(?:newsletter|related|recommended|subscribe|donate|sharebar|socialshare|share(?:buttons|"
    r"links|tools|icons|box|this))",
    re.IGNORECASE,
)
# Words of an aria-label that name a boilerplate block ("Share this article", "Related stories").
ARIA_MARKERS = re.compile(
    r"\b(?:share|sharing|social|newsletter|subscribe|subscription|donate|donation|related|"
    r"recommended|promotion|cookie|consent)\b",
    re.IGNORECASE,
)
# Parts a CMS writes from the article's own categories and tags ("category-social-media",
# "tag-newsletter"): about the topic, not the block.
TOPIC_PREFIXES = {"category", "tag", "tags", "topic", "section", "format", "post", "type"}
# Parts that make the next word a property of the block, not its kind ("no-share", "hasSharing",
# "with-related"): the article container itself often carries them.
MODIFIER_PARTS = {
    "no", "not", "has", "have", "with", "without", "is", "show", "hide", "enable", "disable", "allow",
}  # fmt: skip
ROLE_MARKERS = {"complementary": "complementary block"}
# Credits and captions under pictures.
CREDIT_WORDS = {"credit", "credits", "copyright", "photographer", "photocredit", "imagecredit"}
BARE_CREDIT = re.compile(
    r"^(?:©|\(c\)|copyright|(?:photo|foto|image|bild|picture|credit|source|quelle|crédit|fuente)s?"
    r"\s*(?::|by|von|de))\s*\S.{0,80}$",
    re.IGNORECASE,
)
PART_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")
# Cheap first look at an element's attributes: only those holding one of these go on to the
# word-by-word reading (most elements of a page hold none).
MARKER_HINT = re.compile(
    r"newsletter|donat|subscri|shar|social|related|recommend|promo|cookie|consent|gdpr|author|autor|bio|"
    r"complementary"
)
CREDIT_HINT = re.compile(r"credit|copyright|photographer")
VISIBLE_TEXT = XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)
NEVER_PRUNED = {"html", "body", "main", "article"}
# Prose: a paragraph of at least this many words that ends a sentence. A block with this
# many of them is article text, whatever its class says ("entry share", "paywall-container").
PROSE_WORDS = 20
PROSE_PARAGRAPHS = 3
# How much of a block's words the articleBody must hold for the block to count as article.
ARTICLE_BODY_SHARE = 0.6
SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)]*$")


def visible_text(element: HtmlElement) -> str:
    """The element's text as shown: scripts and styles left out, whitespace folded."""
    if element.tag in INVISIBLE_TAGS:
        return ""
    return " ".join(" ".join(VISIBLE_TEXT(element)).split())


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
            if reason:
                yield element, reason


def boilerplate_mark(element: HtmlElement) -> str | None:
    """Why the element's class, id, role or aria-label mark it as boilerplate, or None."""
    role = (element.get("role") or "").strip().lower()
    if role in ROLE_MARKERS:
        return ROLE_MARKERS[role]
    for value in (element.get("class"), element.get("id")):
        for token in (value or "").split():
            reason = token_mark(token)
            if reason:
                return reason
    label = element.get("aria-label")
    if label and len(label) <= 60 and (match := ARIA_MARKERS.search(label)):
        return MARKER_WORDS.get(match.group().lower(), "marked block") + " (aria-label)"
    return None


def token_mark(token: str) -> str | None:
    """ "related-posts" -> "related links"; "category-social", "no-share" -> None."""
    parts = [p.lower() for p in PART_SPLIT.split(token) if p]
    if not parts or parts[0] in TOPIC_PREFIXES:
        return None
    for index, part in enumerate(parts):
        if index and parts[index - 1] in MODIFIER_PARTS:
            continue
        if part in MARKER_WORDS:
            return MARKER_WORDS[part]
        if part in AUTHOR_WORDS and (index == len(parts) - 1 or parts[index + 1] in AUTHOR_TAILS):
            return "author box"
        if match := MARKER_PREFIXES.match(part):
            return MARKER_WORDS.get(match.group(), "share bar")
    return None


def attribute_parts(element: HtmlElement) -> list[str]:
    values = f"{element.get('class') or ''} {element.get('id') or ''}"
    return [p for p in PART_SPLIT.split(values) if p]


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
