"""The bounds the HTML way keeps a hostile page within, and the warning each one leaves.

libxml2 stops parsing at a nesting depth (256 levels, 2048 with HTML_PARSE_HUGE, which
html_parser() sets) and drops the rest of the page without failing: a page with its text
inside a few thousand <div>s came out empty. And every step after the parse (trafilatura's
tree walks and copies, the metadata readers) pays per element: a million <span>s took two
minutes and 1.6 GB. So, before and after the parse:

- a page nested deeper than MAX_DEPTH has the tags beyond that depth dropped (their text
  kept) and is parsed again (`flatten_nesting`);
- a comment left open before the end of the page, which would hide all that follows it,
  loses its opener (`reopen_comment`); a <script> or <style> left open is named;
- a tree of more than MAX_ELEMENTS elements is simplified, in C, by stripping first its
  inline tags, then its containers, then the blocks too short to be prose
  (`simplify_tree`): the text stays, the page's element count comes under the bound.

Each change is a one-line warning for Document.warnings. The largest page of the
development benchmark has some 16,000 elements and none is nested beyond 256 levels: no
bound touches a normal page.
"""

from __future__ import annotations

import re

from lxml.etree import strip_tags
from lxml.html import HtmlElement

from cleaners.regex import lazy_compile


def tags_of(names: str) -> tuple[str, ...]:
    return tuple(names.split())


MAX_PARSE_DEPTH = 2048  # libxml2's limit with HTML_PARSE_HUGE
MAX_DEPTH = 1000  # well under it (our count of depth is not libxml2's), and the walks stay quick
MAX_ELEMENTS = 50_000  # three times the largest page of the development benchmark
# A tag, or a stretch the tokenizer reads whole (a comment, a raw-text element's content).
TOKEN = lazy_compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    # A tag stops at the next "<", and its name where its attributes start: one that never
    # closes is read once, not to the end of the page from each "<" after it, nor split
    # between name and attributes in every way (both quadratic in a long line).
    r"|<(/?)([a-zA-Z][^\s/<>]*)(?:[\s/][^<>]*)?>",
    re.DOTALL | re.IGNORECASE,
)
# Tags that never nest: void elements, and those whose end tag may be left out (libxml2 closes
# an open <p> or <li> at the next one), which a count of start tags would take for nesting.
NOT_NESTING = frozenset(
    tags_of(
        "area base br col embed hr img input link meta param source track wbr "
        "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rt rp"
    )
)
INLINE_TAGS = tags_of(
    "span b i u s em strong small big font mark abbr cite q sub sup tt strike del ins "
    "nobr bdi bdo dfn kbd samp var time label data"
)
CONTAINER_TAGS = ("div", "section", "center", "figure", "hgroup")
BLOCK_TAGS = ("p", "li", "td", "th", "dd", "dt")
SHORT_BLOCK = 40  # characters: fewer are no paragraph of prose
UNWRAP = "boilerstrip-unwrap"  # a tag no page uses: what strip_tags takes out in one pass
RAW_TEXT_TAGS = ("script", "style")
SCRIPT = lazy_compile(r"<script\b.*?(?:</script\s*>|\Z)", re.DOTALL | re.IGNORECASE)
# A start tag of what a comment or script left open may hide: an element that shows content.
START_TAG = lazy_compile(r"<(?!(?:script|style|link|meta|noscript)\b)[a-zA-Z]", re.IGNORECASE)


def too_deep(parser) -> bool:
    """Did libxml2 stop at its depth limit in the parser's last parse?"""
    return any(
        error.type_name == "ERR_RESOURCE_LIMIT" and "depth" in error.message for error in parser.error_log
    )


def flatten_nesting(text: str) -> tuple[str, str]:
    """The page with the start and end tags nested beyond MAX_DEPTH left out, and the warning."""
    open_tags: list[tuple[str, bool]] = []  # name, kept
    open_counts: dict[str, int] = {}
    dropped = deepest = 0

    def keep_or_drop(match: re.Match) -> str:
        nonlocal dropped, deepest
        name = match[3]
        if name is None or name.lower() in NOT_NESTING:
            return match[0]
        name = name.lower()
        if not match[2]:  # a start tag
            kept = len(open_tags) < MAX_DEPTH
            open_tags.append((name, kept))
            open_counts[name] = open_counts.get(name, 0) + 1
            deepest = max(deepest, len(open_tags))
            dropped += not kept
            return match[0] if kept else ""
        if not open_counts.get(name):
            return match[0]  # a stray end tag: libxml2 ignores it
        while True:  # an end tag closes the elements still open inside its element
            inner, kept = open_tags.pop()
            open_counts[inner] -= 1
            if inner == name:
                dropped += not kept
                return match[0] if kept else ""

    flat = TOKEN.sub(keep_or_drop, text)
    warning = (
        f"page nested {deepest} levels deep: {dropped} tags beyond depth {MAX_DEPTH} "
        "were left out (their text kept)"
    )
    return flat, warning


def open_comment(text: str) -> int | None:
    """Where a comment starts that is never closed, outside scripts and styles, when the
    rest of the page holds an element that shows content (the parser would hide it)."""
    start = text.rfind("<!--")
    closed = text.find("-->", start) >= 0 or text.find("--!>", start) >= 0  # both end one
    if start < 0 or closed or not START_TAG.search(SCRIPT.sub("", text[start:])):
        return None
    if open_raw_text_tag(text.lower(), start):
        return None  # a "<!--" in a script's text, which </script> ends
    return start


def reopen_comment(text: str) -> tuple[str, str | None]:
    """The page with the opener of a comment left open removed, and the warning."""
    start = open_comment(text)
    if start is None:
        return text, None
    rest = len(text) - start
    warning = (
        f"a comment left open at character {start} hid the rest of the page "
        f"({rest} characters): read as markup"
    )
    return text[:start] + text[start + 4 :], warning


def open_raw_text(text: str) -> str | None:
    """The warning for a <script> or <style> never closed: the rest of the page is its text."""
    lower = text.lower()
    tag = open_raw_text_tag(lower, len(lower))
    start = lower.rfind(f"<{tag}") if tag else -1
    if start < 0 or not START_TAG.search(lower, start + 1):
        return None  # none open, or one that hides no element showing content
    rest = len(text) - start
    return f"a <{tag}> left open at character {start}: the rest of the page ({rest} characters) is not text"


def open_raw_text_tag(lower: str, end: int) -> str | None:
    """The script or style element still open at `end` of the lowercased page, if any (a
    "<style>" in a script's text opens nothing)."""
    for tag, other in (("script", "style"), ("style", "script")):
        start = lower.rfind(f"<{tag}", 0, end)
        if start > lower.rfind(f"</{tag}", 0, end) and not is_open(lower, other, start):
            return tag
    return None


def is_open(lower: str, tag: str, end: int) -> bool:
    return lower.rfind(f"<{tag}", 0, end) > lower.rfind(f"</{tag}", 0, end)


def element_count(tree: HtmlElement) -> int:
    return int(tree.xpath("count(//*)"))


def simplify_tree(tree: HtmlElement) -> str | None:
    """Bring a tree of more than MAX_ELEMENTS elements under the bound, its text kept; the
    warning, or None when the tree is within it."""
    before = count = element_count(tree)
    if count <= MAX_ELEMENTS:
        return None
    steps = []
    for step, simplify in SIMPLIFICATIONS:
        simplify(tree)
        steps.append(step)
        count = element_count(tree)
        if count <= MAX_ELEMENTS:
            break
    over = "" if count <= MAX_ELEMENTS else f", still over the bound of {MAX_ELEMENTS}"
    return f"page of {before} elements simplified to {count} ({', '.join(steps)} unwrapped{over})"


def unwrap_blocks(tags: tuple[str, ...], under: int | None = None):
    """A step that takes out the blocks of these tags (of text shorter than `under`
    characters, if given), their text and children kept, with a line break where each began
    and ended: the words on either side stay apart."""

    def unwrap(tree: HtmlElement) -> None:
        # iter(), not a list of them all: the element proxies go as they come
        for element in tree.iter(*tags):
            if under is None or len(element.text_content().strip()) < under:
                element.tag = UNWRAP
                element.text = f"\n{element.text or ''}"
                element.tail = f"\n{element.tail or ''}"
        strip_tags(tree, UNWRAP)

    return unwrap


SIMPLIFICATIONS = (
    ("inline tags", lambda tree: strip_tags(tree, *INLINE_TAGS)),
    ("containers", unwrap_blocks(CONTAINER_TAGS)),
    (f"blocks under {SHORT_BLOCK} characters", unwrap_blocks(BLOCK_TAGS, under=SHORT_BLOCK)),
)
