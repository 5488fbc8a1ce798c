"""The content block of a page without a main region: where most of its shown words are.

A service or landing page without <main> spreads its content over many short sections that
trafilatura drops as link lists and boilerplate; the page still has one block that holds most
of what it shows once its header, menus, footer and forms are left out. Going down from
<body> through the child that holds the most words, the block is the deepest element that
still holds BLOCK_SHARE of the body's shown words: a wrapper holding the whole page is passed
through, and a sidebar or one section alone holds too little. Children whose class or id marks
them as the page's frame or its comments are not gone into, and a block whose words are mostly
such parts is none: a post's comments outweigh it on a busy thread, and are not its content.
Nor is the body itself: a page with no block narrower than the whole of it has none.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from cleaners.html.cards import body_words
from cleaners.html.page import CHROME_TAGS, HtmlPage
from cleaners.lexicon.blocks import FRAME_PARTS
from cleaners.regex import lazy_compile

# On the WCXB development pages without a main region, 0.6 of the body's shown words: the
# block of services, listings and documentation pages (0.5 takes in sidebars, 0.7 and more
# stop at one section).
BLOCK_SHARE = 0.6
# A block with this share of its words in frame or comment parts is none.
FRAME_SHARE = 0.3
FRAME_PART = lazy_compile(rf"(?:^|[\s_-])(?:{'|'.join(FRAME_PARTS)})", re.IGNORECASE)


def content_block(page: HtmlPage) -> HtmlElement | None:
    """The deepest element holding BLOCK_SHARE of the body's shown words, or None."""
    body = page.tree.find("body")
    words = page.memo(body_words)
    least = BLOCK_SHARE * words.get(body, 0)
    if not least:
        return None
    block = body
    while True:
        children = (c for c in block if isinstance(c.tag, str) and c.tag not in CHROME_TAGS and not framed(c))
        widest = max(children, key=lambda child: words.get(child, 0), default=None)
        if widest is None or words.get(widest, 0) < least:
            break
        block = widest
    framing = sum(
        words.get(e, 0) for e in block.iterdescendants() if framed(e) and not framed_above(e, block)
    )
    return None if framing >= FRAME_SHARE * words.get(block, 0) else block


def framed(element: HtmlElement) -> bool:
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(FRAME_PART.search(marks))


def framed_above(element: HtmlElement, block: HtmlElement) -> bool:
    """Is an ancestor of element, below block, itself framed (its words counted already)?"""
    for ancestor in element.iterancestors():
        if ancestor is block:
            return False
        if framed(ancestor):
            return True
    return False
