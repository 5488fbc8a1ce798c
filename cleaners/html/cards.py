"""The cards of a page without a main region: the element whose children repeat one shape.

A listing or a shop's category page shows its items as cards: siblings of one tag and class,
each a heading or link with a line or two of text (a name, a price, a place). Without a
<main> to say where they are, the container holding the most words in such repeated children
is where the items are; menus repeat too, but each of their items is a word or two, and the
page's header, footer, menus and forms are never looked in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from lxml.etree import iterwalk
from lxml.html import HtmlElement

from cleaners.html.page import CHROME_TAGS, HtmlPage
from cleaners.regex import lazy_compile

# This many siblings of one shape, each with this many words on average, are cards: a name
# and a line or two. Siblings of hundreds of words are posts, comments or a layout's columns.
MIN_CARDS = 4
MIN_CARD_WORDS = 5
MAX_CARD_WORDS = 150
# The cards are most of their container's words: a page's wrapper, whose columns repeat, holds
# its menus and sidebars besides.
CARDS_SHARE = 0.6
# A thread shows its question and at least one reply.
MIN_POSTS = 2
# A card shows a name and a line (three words or more); a shorter sibling is a spacer, an icon
# or a column of a layout left blank.
CARD_WORDS = 3
WORD = lazy_compile(r"\w+")
DIGITS = lazy_compile(r"\d")


def word_count(text: str | None) -> int:
    return len(WORD.findall(text)) if text else 0


def card_container(page: HtmlPage) -> HtmlElement | None:
    """The element whose repeated children (cards) hold the most words, or None."""
    return repeated_container(page, card_words, MIN_CARDS)


def posts_container(page: HtmlPage) -> HtmlElement | None:
    """The element whose repeated children (a thread's posts, each of any length) hold the most
    words, or None."""
    return repeated_container(page, post_words, MIN_POSTS)


def repeated_container(
    page: HtmlPage, held_words: Callable[[HtmlElement, dict[HtmlElement, int]], int], least: int
) -> HtmlElement | None:
    """The element of at least `least` children whose repeated ones (`held_words` counts their
    words) hold the most words, and most of the element's own."""
    words = page.memo(body_words)
    if not words:
        return None
    best, best_words = None, 0
    for element in words:
        if len(element) < least:
            continue
        held = held_words(element, words)
        if held > best_words and held >= CARDS_SHARE * words[element]:
            best, best_words = element, held
    return best


def body_words(page: HtmlPage) -> dict[HtmlElement, int]:
    """shown_words of the page's body (empty without one), read once per page by the readers
    of a page without a main region (cards, posts, its content block), after the pruning."""
    body = page.tree.find("body")
    return shown_words(body) if body is not None else {}


def linked_words(element: HtmlElement) -> int:
    """The words of the element's links."""
    return sum(word_count(link.text_content()) for link in element.iter("a"))


def shown_words(body: HtmlElement) -> dict[HtmlElement, int]:
    """The words each element shows (its own text, its children's, their tails), for the
    elements outside the page's chrome."""
    words: dict[HtmlElement, int] = {}
    skipping = 0
    for event, element in iterwalk(body, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if element.tag in CHROME_TAGS:
            skipping += 1 if event == "start" else -1
            continue
        if event == "end" and not skipping:
            children = (child for child in element if isinstance(child.tag, str))
            words[element] = word_count(element.text) + sum(
                words.get(child, 0) + word_count(child.tail) for child in children
            )
    return words


def card_words(element: HtmlElement, words: dict[HtmlElement, int]) -> int:
    """The words in the largest group of the element's children that share a shape and read
    as cards (0 when no group does)."""
    groups = shape_groups(element, words).values()
    cards = [sum(held) for held in groups if len(held) >= MIN_CARDS and is_cards(held)]
    return max(cards, default=0)


def is_cards(held: list[int]) -> bool:
    return MIN_CARD_WORDS * len(held) <= sum(held) <= MAX_CARD_WORDS * len(held)


def post_words(element: HtmlElement, words: dict[HtmlElement, int]) -> int:
    """The words in the largest group of the element's children that share a shape, of any
    length (a thread shows at least MIN_POSTS posts)."""
    groups = shape_groups(element, words).values()
    return max((sum(held) for held in groups if len(held) >= MIN_POSTS), default=0)


def shape_groups(element: HtmlElement, words: dict[HtmlElement, int]) -> dict[tuple, list[int]]:
    """The words of the element's children of CARD_WORDS or more, grouped by their shape."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for child in element:
        held = words.get(child, 0)
        if held >= CARD_WORDS:
            groups[shape(child)].append(held)
    return groups


def shape(element: HtmlElement) -> tuple:
    """Tag and classes, without the classes that number or name one item ("item-12")."""
    classes = (element.get("class") or "").split()
    return element.tag, frozenset(name for name in classes if not DIGITS.search(name))
