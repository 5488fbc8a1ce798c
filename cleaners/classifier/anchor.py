"""The page title as an anchor: a dump's first line is often the page's <title>
("Headline | Site"), and the same headline stands again right above the article."""

from __future__ import annotations

from cleaners.classifier.features import cjk_count
from cleaners.regex import RUN_START, lazy_compile
from cleaners.shapes import normalised, word_count

# What separates the headline from the site name in a page title.
TITLE_SITE_SEPARATOR = lazy_compile(rf"{RUN_START}(?:\s+[|–—·:»-]\s+|\s*[|_]\s*)")
MIN_TITLE_CHARS = 12  # a shorter part is a site name or a section, not a headline
MAX_ANCHOR_LINE = 0.9  # an echo of the title near the foot is a teaser, not the headline
MAX_TITLE_WORDS = 30  # a longer first line is a paragraph (a clean text's), not a page title


def long_enough(text: str) -> bool:
    """A CJK character carries about as much as two Latin letters."""
    return len(text) + cjk_count(text) >= MIN_TITLE_CHARS


def title_parts(first_line: str) -> list[str]:
    """The normalised parts of a page title long enough to be its headline."""
    whole = normalised(first_line)
    parts = [normalised(p) for p in TITLE_SITE_SEPARATOR.split(first_line)]
    return [p for p in [whole, *parts] if long_enough(p)]


def find_headline(texts: list[str], keys: list[str] | None = None) -> int | None:
    """Index of the first line after the top one that repeats the page title's headline.
    `keys`: normalised() of each text, if the caller has them already."""
    if len(texts) < 3 or word_count(texts[0], MAX_TITLE_WORDS + 1) > MAX_TITLE_WORDS:
        return None
    parts = title_parts(texts[0])
    if not parts:
        return None
    limit = int(len(texts) * MAX_ANCHOR_LINE)
    # A key that is a part or starts one has that part's first characters: MIN_TITLE_CHARS of
    # them when it is that long, or all of it when shorter (then only CJK makes it long enough).
    starts = {p[:MIN_TITLE_CHARS] for p in parts}
    for i in range(1, limit):
        key = keys[i] if keys is not None else normalised(texts[i])
        if (key[:MIN_TITLE_CHARS] in starts or len(key) < MIN_TITLE_CHARS) and (
            long_enough(key) and any(key == p or p.startswith(key) for p in parts)
        ):
            return i
    return None
