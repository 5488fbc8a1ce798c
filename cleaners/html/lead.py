"""The lead paragraph: the standfirst a page shows under its headline. Extractors often leave
it out (it sits beside the article's container, next to the headline); when the page shows it
and the extraction lacks it, it goes back on top. It is found as the block that shows the
page's declared description, or else as the block right after the headline that the markup
calls a lead ("lead", "intro", "teaser", "standfirst", "excerpt" ...)."""

from __future__ import annotations

from lxml.html import HtmlElement

from cleaners.html.page import HtmlPage
from cleaners.html.prune import PART_SPLIT, link_heavy, visible_text
from cleaners.html.structured_data import types_of
from cleaners.regex import RUN_START, lazy_compile
from cleaners.shapes import ends_sentence

DESCRIPTION_XPATH = (
    '//head/meta[@name="description" or @property="og:description" or @name="og:description"'
    ' or @name="twitter:description" or @property="twitter:description"]/@content'
)
# Text blocks a lead is written in; inline elements are climbed out of.
BLOCKS = {
    "p",
    "div",
    "section",
    "header",
    "h2",
    "h3",
    "h4",
    "li",
    "td",
    "blockquote",
    "article",
    "main",
    "body",
}
MIN_LEAD_WORDS = 8  # shorter descriptions are site slogans or keyword lists, not leads
KEY_CHARS = 60  # enough of the description to find it on the page
MAX_LEAD_CHARS_OVER = 1.5  # the block may hold a little more than the description, not a page
PAGE_TYPES = lazy_compile(r"Article|Posting|WebPage|Report|Review|Recipe|CreativeWork|Blog")
# Class or id words that name a lead, and how far after the headline one is looked for.
LEAD_WORDS = {
    "lead", "lede", "intro", "introduction", "teaser", "standfirst", "excerpt", "abstract", "summary",
    "subtitle", "subheadline", "subline", "deck", "dek", "sapo", "chapo", "chapeau", "entradilla",
    "bajada", "copete", "vorspann", "einleitung",
}  # fmt: skip
AFTER_HEADLINE = 40  # elements
MIN_MARKED_LEAD_WORDS = 10
MAX_MARKED_LEAD_WORDS = 120  # a longer "lead" is a wrapper around the article, or markup gone wrong
ELLIPSIS = lazy_compile(rf"{RUN_START}\s*(?:\.{{3}}|…|\[…\]|\[\.\.\.\])\s*$")


def descriptions(tree: HtmlElement, objects: list[dict]) -> list[str]:
    found = [str(value) for value in tree.xpath(DESCRIPTION_XPATH)]
    found += [
        obj["description"]
        for obj in objects
        if isinstance(obj.get("description"), str) and describes_the_page(obj)
    ]
    unique: dict[str, str] = {}
    for text in found:
        text = " ".join(text.split())
        if len(text.split()) >= MIN_LEAD_WORDS:
            unique.setdefault(squash(text), text)
    return sorted(unique.values(), key=len, reverse=True)


def describes_the_page(obj: dict) -> bool:
    """An article or the page itself; not its author (a Person's bio) or its publisher."""
    return "headline" in obj or any(PAGE_TYPES.search(kind) for kind in types_of(obj))


def find_lead(page: HtmlPage) -> str | None:
    """The text of the block on the page that shows the page's description, else of the block
    after the headline that the markup calls a lead, else None."""
    body = page.tree.find("body")
    if body is None:
        return None
    for description in descriptions(page.tree, page.objects):
        key = squash(ELLIPSIS.sub("", description))[:KEY_CHARS]
        block = block_showing(body, key)
        if block is not None:
            text = visible_text(block)
            if len(text) <= MAX_LEAD_CHARS_OVER * len(description) + 40:
                return text
    return marked_lead(body)


def marked_lead(body: HtmlElement) -> str | None:
    """The first block after the headline whose class or id calls it a lead."""
    headline = body.find(".//h1")
    if headline is None:
        return None
    for count, element in enumerate(following(headline)):
        if count >= AFTER_HEADLINE:
            break
        if element.tag in BLOCKS and is_marked_lead(element):
            text = visible_text(element)
            size = len(text.split())
            if (
                MIN_MARKED_LEAD_WORDS <= size <= MAX_MARKED_LEAD_WORDS
                and ends_sentence(text)
                and not link_heavy(element, text)
            ):
                return text
            return None
    return None


def following(element: HtmlElement):
    """The elements after `element` in document order (not its own descendants)."""
    while element is not None:
        for follower in element.itersiblings():
            yield from (e for e in follower.iter() if isinstance(e.tag, str))
        element = element.getparent()


def is_marked_lead(element: HtmlElement) -> bool:
    values = f"{element.get('class') or ''} {element.get('id') or ''}"
    return any(part.lower() in LEAD_WORDS for part in PART_SPLIT.split(values) if part)


def block_showing(body: HtmlElement, key: str) -> HtmlElement | None:
    """The smallest block whose text starts with `key`."""
    head = key[:20]
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript", "template"):
            continue
        if element.text and head in squash(element.text):
            block = element
            while block is not None:
                if block.tag in BLOCKS and squash(visible_text(block)).startswith(key):
                    return block
                if block.tag in BLOCKS and len(visible_text(block)) > 3 * len(key) + 200:
                    break
                block = block.getparent()
    return None


def squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def missing_from(text: str, lead: str) -> bool:
    return squash(lead)[:KEY_CHARS] not in squash(text)
