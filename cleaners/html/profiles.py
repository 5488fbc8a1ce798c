"""The extraction profile of each page type (html/page_type.py decides the type).

trafilatura is built for articles: it looks for one block of prose and drops what reads as
link lists and short blocks, and on a listing the items are short, linked blocks; on a
service page the content is spread over many short sections. A profile says, for one type,
when trafilatura's text is too little of the page's main region (<main>, role=main) to be
its content: then the region's own text is taken instead. A listing's items are most of its
region, so the bar is higher there; a product page's region holds its reviews, offers and
related products: trafilatura's text is kept; a documentation page's holds its navigation,
and trafilatura's text yields only when it is a small part of it (an introduction above the
entries of an index). A page without a main region has its cards (html/cards.py) looked at
instead: they follow trafilatura's text when it holds too little of them; a forum thread's
stand-in is the container of its posts, repeated siblings of any length (trafilatura takes
the first post).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from lxml.etree import iterwalk
from lxml.html import HtmlElement

from cleaners.html import page_type
from cleaners.html.cards import (
    MIN_CARD_WORDS,
    MIN_CARDS,
    WORD,
    card_container,
    linked_words,
    posts_container,
    word_count,
)
from cleaners.html.content_block import content_block
from cleaners.html.page import CHROME_TAGS, HtmlPage
from cleaners.shapes import ends_sentence


@dataclass(frozen=True)
class Profile:
    # trafilatura's text under this share of the main region's words: it missed the content
    # (None: its text is always taken).
    under_extracted: float | None = None
    # trafilatura's text more than the main region's: it fell back on the whole page, menus
    # and filter panels with it, and the region's text is taken.
    over_extracted: bool = False
    # A page without a main region: the container of its repeated cards stands for it.
    cards: bool = False
    # The main region is not looked at, only the cards (a news site's <main> holds teasers).
    region: bool = True
    # A page without a main region: the container of its repeated posts stands for it.
    posts: bool = False
    # The share for a region made of headed sections (sectioned()), when it differs.
    sectioned_under: float | None = None


# Shares measured on the WCXB development pages (mean word F1 per type, against taking
# trafilatura's text always): 0.4 lifts services +0.017, collections +0.046, listings +0.069
# and forums +0.027; a product page loses 0.007 at 0.3. An undated page that says nothing at
# 0.6 rather than 0.4: services a further +0.007, collections +0.016 (their sections are
# short blocks trafilatura drops as link lists). A page that declares itself an article, a
# product or documentation has its content where trafilatura finds it (a news site's <main>
# holds teasers, a shop's offers), unless its region is stacked of headed sections: at 0.6
# there, articles +0.001, products +0.001, services +0.001, nothing lost, H unchanged.
# A documentation page's region holds its navigation beside the text, but trafilatura keeping
# under 0.4 of it took the introduction above a list of entries (a category of a wiki, the
# index of a section whose pages show code). On the WCXB development pages: listings +0.021
# (two of them decided documentation), services +0.0015, documentation pages unchanged (none
# has trafilatura's text under 0.6 of its region or content block).
PROFILES = {
    page_type.ARTICLE: Profile(sectioned_under=0.6),
    page_type.PAGE: Profile(under_extracted=0.6, cards=True),
    page_type.FORUM: Profile(under_extracted=0.5, posts=True),
    page_type.PRODUCT: Profile(sectioned_under=0.6),
    page_type.LISTING: Profile(under_extracted=0.8, over_extracted=True, cards=True),
    page_type.DOCUMENTATION: Profile(under_extracted=0.4, sectioned_under=0.6),
}
# A page that says nothing of its type but carries a publication date is an article as often
# as not: its region holds comment forms and author boxes trafilatura was right to leave
# (at 0.6 for them too, six of the H news pages take those in).
# A region stacked of headed sections, little of it links, is a service or landing page's,
# dated or not (its software stamps every page): the undated page's share. On the WCXB
# development pages: services +0.008, nothing else changed.
DATED_PAGE = Profile(under_extracted=0.4, cards=True, sectioned_under=0.6)
# An article only by its og:type (site software gives it to category and award pages too),
# its structured data silent: a grid of cards holding far more than trafilatura's text is
# its content. Its <main> is not looked at: a news site's holds teasers. On the WCXB
# development pages: listings decided article +0.054, articles +0.002, nothing lost.
OPEN_GRAPH_ARTICLE = Profile(under_extracted=0.4, cards=True, region=False)


def profile_of(kind: str, dated: bool, declared: bool = True) -> Profile:
    """The profile of a page of this kind; `declared`: its structured data says the kind."""
    if kind == page_type.ARTICLE and not declared:
        return OPEN_GRAPH_ARTICLE
    return DATED_PAGE if kind == page_type.PAGE and dated else PROFILES[kind]


# trafilatura's text this long is an article it found, whatever else the region holds (at
# 1500 words, not 1000: services +0.003, collections and listings +0.001 on the WCXB pages).
ARTICLE_FOUND = 1500  # words
MAIN_XPATH = "//body//main | //body//*[@role='main']"
BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "br", "hr"}
    | {"address", "details", "summary"}
)
# A main region shorter than a listing's fewest cards (four of five words, html/cards.py) is a
# heading or a pager above the items, not the listing: trafilatura's text being more than it
# is no fallback on the whole page (on the WCXB development pages a region of 10 words, a
# pager, was taken over 135 of trafilatura's: that listing lost 0.68).
LISTING_REGION = MIN_CARDS * MIN_CARD_WORDS
# trafilatura's text with this share of its words among the cards' is one of them, not the
# introduction above them.
HELD_SHARE = 0.8
# A region of this many <section>s holding a heading, with under this share of its words in
# links, is stacked of sections (an article is one body of prose with a comment form, a
# listing mostly links, a news front a grid of <article> teasers).
SECTIONS = 5
SECTION_LINK_SHARE = 0.3
HEADED_SECTION_XPATH = ".//section[.//h1 or .//h2 or .//h3 or .//h4 or .//h5 or .//h6]"
# A block with this share of its words in links is teasers or items, not prose.
LINKED_BLOCK = 0.5
# This many paragraphs of this many words are an article's.
PROSE_WORDS = 20
PROSE_PARAGRAPHS = 2


def main_region(page: HtmlPage) -> HtmlElement | None:
    found = page.tree.xpath(MAIN_XPATH)
    return found[0] if found else None


def region_text(region: HtmlElement) -> str:
    """The region's shown text, a line for each block, its menus and forms left out."""
    parts: list[str] = []
    skipping = 0
    for event, element in iterwalk(region, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if element.tag in CHROME_TAGS:
            if event == "start":
                skipping += 1
                continue
            skipping -= 1
        elif not skipping:
            # Inline elements are parted by a space: cards set their spans apart by style, and
            # "shore" and "6 km" in two spans are two words.
            edge = "\n" if element.tag in BLOCKS else " "
            if event == "start":
                parts.append(edge)
                parts.append(element.text or "")
                continue
            parts.append(edge)
        if not skipping and element is not region:
            parts.append(element.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def region_instead(page: HtmlPage, profile: Profile, text: str) -> str | None:
    """The main region's text when the profile says `text`, trafilatura's, missed the content."""
    looks = profile.under_extracted or profile.sectioned_under
    region = main_region(page) if looks and profile.region else None
    if region is None and profile.posts:
        region = posts_container(page)
    if region is None:
        added = cards_added(page, profile, text) if profile.cards else None
        return block_instead(page, profile, added or text) or added
    words = word_count(text)
    if words >= ARTICLE_FOUND and not profile.over_extracted:
        return None
    # All the region's text, menus and scripts with it, is more than it shows: when even that
    # settles it, its shown text (a walk over the region) need not be made.
    whole = word_count(" ".join(region.itertext()))  # pieces apart: glued words count as one
    highest = max(profile.under_extracted or 0, profile.sectioned_under or 0)
    if words >= highest * whole and not (profile.over_extracted and words > 0):
        return None
    shown = region_text(region)
    shown_words = word_count(shown)
    over = profile.over_extracted and words > shown_words >= LISTING_REGION
    if words < under_share(profile, region, shown_words) * shown_words or over:
        return shown
    return None


def block_instead(page: HtmlPage, profile: Profile, text: str) -> str | None:
    """A page without a main region: its content block's text (html/content_block.py) when
    `text` is too little of it, by the profile's share."""
    if not (profile.under_extracted and profile.region) or word_count(text) >= ARTICLE_FOUND:
        return None
    block = content_block(page)
    if block is None:
        return None
    shown = region_text(block)
    shown_words = word_count(shown)
    if holds_prose(text) and linked_words(block) >= LINKED_BLOCK * shown_words:
        return None  # teasers or items beside an article trafilatura found (as in cards_added)
    return shown if word_count(text) < profile.under_extracted * shown_words else None


def under_share(profile: Profile, region: HtmlElement, shown_words: int) -> float:
    """The share of the region's shown words under which trafilatura's text missed the content."""
    if profile.sectioned_under and sectioned(region, shown_words):
        return profile.sectioned_under
    return profile.under_extracted or 0.0


def sectioned(region: HtmlElement, shown_words: int) -> bool:
    """Is the region stacked of headed sections, little of it links (a service page's)? Not
    when it holds a form (a post's comment form) or more <article>s than sections (teasers)."""
    sections = len(region.xpath(HEADED_SECTION_XPATH))
    if sections < SECTIONS or region.find(".//form") is not None:
        return False
    if sum(1 for _ in region.iter("article")) >= sections:
        return False
    return linked_words(region) < SECTION_LINK_SHARE * shown_words


def cards_added(page: HtmlPage, profile: Profile, text: str) -> str | None:
    """A page without a main region: its cards after trafilatura's text, when that text is too
    little of them (trafilatura took the introduction above a grid of items for the article).
    Cards are a part of the page: trafilatura's text may be more than them and be right."""
    words = word_count(text)
    cards = card_container(page) if words < ARTICLE_FOUND and not holds_prose(text) else None
    if cards is None:
        return None
    shown = region_text(cards)
    if words >= profile.under_extracted * word_count(shown):
        return None
    if not held_in(text, shown):
        return f"{text}\n{shown}"
    return shown


def held_in(text: str, shown: str) -> bool:
    """Are most of the words of text in shown (trafilatura took one of the cards)?"""
    words = Counter(WORD.findall(text.lower()))
    held = Counter(WORD.findall(shown.lower()))
    return sum((words & held).values()) >= HELD_SHARE * sum(words.values())


def holds_prose(text: str) -> bool:
    """Paragraphs of running text: trafilatura found an article, not the introduction of a
    grid (a news page's sidebars and comments repeat in cards too)."""
    paragraphs = (line for line in text.splitlines() if ends_sentence(line))
    return sum(word_count(line) >= PROSE_WORDS for line in paragraphs) >= PROSE_PARAGRAPHS
