"""A product page's own description, put back when the text lacks it. Shops often show the
description in a tab or a block their scripts fill, which trafilatura leaves out, while the
page declares it in its JSON-LD Product object; the description is what a product page is
about (its reviews, shipping terms and "also viewed" rows are not)."""

from __future__ import annotations

import contextlib

from lxml.html import HtmlElement, fragment_fromstring

from cleaners.html.cards import WORD, word_count
from cleaners.html.page import HtmlPage, clean_text
from cleaners.html.page_type import PRODUCT_TYPES
from cleaners.html.structured_data import types_of

MIN_WORDS = 8  # shorter is a tagline, not a description
LINE_BLOCKS = ("p", "li", "div", "br", "tr", "h2", "h3", "h4")  # each ends a line of the text
MISSING_SHARE = 0.5  # the text holds fewer of its words than this: the description is missing


def product_description(page: HtmlPage) -> str | None:
    """The longest description a Product object declares, as text, when it is one."""
    declared = [
        found
        for found in (obj.get("description") for obj in page.objects if types_of(obj) & PRODUCT_TYPES)
        if isinstance(found, str)
    ]
    if not declared:
        return None
    text = shown_text(max(declared, key=len))
    return text if word_count(text) >= MIN_WORDS else None


def shown_text(description: str) -> str:
    """Shops put HTML in the field: its text, a line per block or line of it."""
    if "<" in description:
        with contextlib.suppress(Exception):  # lxml refuses some fragments: the field as it is
            description = block_text(fragment_fromstring(description, create_parent="div"))
    return "\n".join(filter(None, map(clean_text, description.splitlines())))


def block_text(fragment: HtmlElement) -> str:
    for element in fragment.iter(*LINE_BLOCKS):
        element.tail = f"\n{element.tail or ''}"
    return fragment.text_content()


def lacks(text: str, description: str) -> bool:
    have = set(WORD.findall(text.casefold()))
    words = WORD.findall(description.casefold())
    return sum(word in have for word in words) < MISSING_SHARE * len(words)
