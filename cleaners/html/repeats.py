"""Lines a page that is no article shows more than once: the later copies go.

A shop's grid labels every card's image link alike ("Product information page", "Quick view"),
a product page shows its "About this item" block in a tab and again below it, a forum thread
quotes a post under the post itself. The reader of the page sees the line once where it
belongs; a copy adds nothing but words. Only on a forum thread, a product and a listing: an
article repeats a line on purpose (a refrain, a chorus), and documentation repeats its code.
An HTML rule: a text dump has no page type (and a second cleaning of a page's text changes
nothing).
"""

from __future__ import annotations

from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.html.page_type import FORUM, LISTING, PRODUCT
from cleaners.regex import lazy_compile

# The page types whose repeated lines are copies.
REPEATING_TYPES = frozenset({FORUM, PRODUCT, LISTING})
# A line without a letter or digit ("|", "-") parts a page's blocks: it says nothing, and the
# text rules read the edges of a text by the lines it keeps between them.
WORD = lazy_compile(r"\w")


def line_key(text: str) -> str:
    """A line as a reader compares it: case and spacing do not count."""
    return " ".join(text.split()).casefold()


def strip_repeated_lines(doc: Document, log: RuleLog) -> None:
    if doc.metadata.page_type not in REPEATING_TYPES:
        return
    first: dict[str, int] = {}
    for line in doc.kept():
        key = line_key(line.text)
        if not WORD.search(key):
            continue
        if key in first:
            log.drop(line, f"a copy of line {first[key]}")
        else:
            first[key] = line.no
