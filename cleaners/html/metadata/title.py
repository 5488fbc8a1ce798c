"""The headline as a reader sees it: the heading that agrees with what the page calls itself.

A page names its article several times: JSON-LD headline, og:title, twitter:title, <title>
(most with the site's name glued on), and the <h1> above the text (sometimes with a kicker
inside). The heading a reader sees keeps the headline's own punctuation, so it wins when
one of the declared titles confirms it; otherwise a declared title without the site name."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from cleaners.html.page import LOOSE_CHARS, HtmlPage, clean_text, letters, loose
from cleaners.html.structured_data import text_value
from cleaners.lexicon.headings import FORUM_NAME_WORDS
from cleaners.lexicon.patterns import longest_first
from cleaners.regex import RUN_START, lazy_compile

# " | Site", " - Site", " – Site", " » Site", "Site: ", "Site // "
SEPARATOR = lazy_compile(rf"{RUN_START}(?:\s+(?:[|–—•·»«›‹~*/:]|-{{1,2}}|::|//|>>)\s+|\s*[|｜]\s*)")
SITE_PREFIX = lazy_compile(r"^(?P<site>[^:]{2,40}):\s+(?P<rest>\S.*)$")
# Parts of a <title> that name the kind of page, not the article (WordPress, blogs), and
# headings of the page's furniture (a login box, a contact form, a menu).
PAGE_LABELS = lazy_compile(
    r"^(?:blog|blog archive|blog archiv|archive|archiv|archives|home|homepage|startseite|"
    r"news|nachrichten|aktuelles|actualités|noticias|notizie|magazin|magazine|"
    r"contact us|follow us|log ?in|sign in|sign up|subscribe|menu|search|kontakt|anmelden)$",
    re.IGNORECASE,
)
# Parts of a heading that are not the headline: kickers, overlines, labels, hidden text.
NOT_HEADLINE_CLASS = lazy_compile(
    r"kicker|dachzeile|overline|topline|roofline|eyebrow|supertitle|super-title|pretitle|"
    r"pre-title|subtitle|spitzmarke|label|visually-hidden|visuallyhidden|sr-only|screen-reader|"
    r"hidden|category|rubric|ressort|h1small|date|byline|author",
    re.IGNORECASE,
)
# How a field shows its label ("field--label-hidden": the label is hidden, the field shown).
LABEL_DISPLAY_CLASS = lazy_compile(r"label-(?:hidden|visually-hidden|above|inline)$", re.IGNORECASE)
EDGE_PUNCTUATION = " :|–—-•·/"  # what a removed kicker leaves behind
# Breadcrumb arrows at a title's edge, pointing away from it (not quotes around it).
LEADING_ARROWS = lazy_compile(r"^[»›>]+\s*")
TRAILING_ARROWS = lazy_compile(rf"{RUN_START}\s*[«‹<]+$")
# A permalink mark glued to the heading's end: "¶", an icon font's private-use character.
PERMALINK_MARK = lazy_compile(rf"{RUN_START}\s*[¶\ue000-\uf8ff]+$")
SLOGAN_END = lazy_compile(r"[^\W\d_]{2}\.$")  # a word and a full stop; not "...", "U.S." or "4.0"
FORUM_NAME_END = lazy_compile(rf"(?:^|\s)(?:{longest_first(FORUM_NAME_WORDS)})$", re.IGNORECASE)
MAX_FORUM_NAME_WORDS = 4
BLOCK_TAGS = frozenset({"div", "p", "li", "ul", "section"})
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "rt", "rp", "button", "svg", "template", "small"})
HEADING_XPATH = "//h1 | //*[@itemprop='headline'][not(self::meta)]"
ANCHOR_XPATH = "//h1 | //h2 | //*[@itemprop='headline'][not(self::meta)]"
SECOND_HEADING_XPATH = "(//article//h2 | //main//h2 | //h2)[position() <= 6]"
MAX_TITLE_CHARS = 300
MAX_LEFTOVERS = 2
MAX_SITE_NAME_CHARS = 60
MAX_SITE_WORDS = 3
MIN_STEM_CHARS = 4
WORD = lazy_compile(r"\w+")
SAME_LENGTH = {code: value for code, value in LOOSE_CHARS.items() if value is not None}
# A heading that holds the site's name: a logo, a link to the home page.
SITE_HEADING_CLASS = lazy_compile(
    r"(?:^|[\s_-])(?:site-?title|site-?name|blog-?title|blog-?name|logo|brand|masthead)(?:$|[\s_-])", re.I
)
HOME_HREF = lazy_compile(r"^(?:/|\./|#|index\.\w+|https?://[^/]+/?(?:index\.\w+)?)$")
# Declared titles in order of trust: what the article object says, then the social cards.
META_TITLE_KEYS = (
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
)


def read_title(page: HtmlPage) -> str | None:
    """The headline; page.headline_element remembers the heading that shows it."""
    declared = declared_titles(page)
    origin = page_headings(page)
    found, score = agreeing_heading(list(origin), declared, page)
    if score < CONTAINS:
        # No h1 agrees with the declared titles: an h2 may (the h1 is the site's, or none).
        seconds = page.tree.xpath(SECOND_HEADING_XPATH)
        second, second_score = agreeing_heading(heading_texts(seconds), declared, page)
        # A fragment of the title in an h2 is a section repeating its words ("What is X?"
        # under the h1 "What is X? A guide"): it stands in for an h1 only where there is none.
        if second_score >= (CONFIRMED if not origin else EQUAL_PART):
            found, score = second, second_score
            origin.update((headline_text(element), element) for element in seconds)
    anchor = origin.get(found)
    if found is None and origin:
        # No declared title confirms any heading: the first heading, unless it is a slogan
        # or the banner line of a page that calls itself a website, not an article.
        first, own = next(iter(origin)), first_declared_title(declared, page)
        banner = is_slogan(first) or (declares_website(page, own) and not in_words_of(first, own))
        found = None if banner and usable_declared_title(own) else first
        anchor = origin[first]
    if found is None:
        title = first_declared_title(declared, page)
    elif score == CONTAINS:
        title = declared_part(found, declared, page)  # the heading carries a kicker
    elif score == EQUAL_PART and (named := title_before_name(found, declared)):
        title = named
    else:
        title = found
    page.headline_element = headline_element(page, title, anchor)
    if title:
        page.add_site_names(title_leftovers(page.title_tag, title))
    return title


def title_before_name(heading: str, declared: list[str]) -> str | None:
    """The declared title before its last part when the heading shows only that part and
    the title says more before it ("Discuss the 7.1 release here - example.org" over an h1
    "example.org", "What is Ownership? - The Book of Rust" over the book's name): the
    heading names the site, the section or the book, and the title the page. A shorter
    part before the heading is its kicker ("Pandemie - Heute schon an morgen denken")."""
    key = loose(heading)
    for title in declared:
        parts = title_parts(title)
        if len(parts) < 2 or loose(parts[-1]) != key or loose(parts[0]) == key:
            continue
        before = clean_text(title[: title.rfind(parts[-1])]).rstrip(EDGE_PUNCTUATION)
        if len(WORD.findall(before)) > len(WORD.findall(heading)):
            return before
    return None


def title_leftovers(title_tag: str, title: str) -> list[str]:
    """What the <title> says besides the headline ("Headline | Site"): the site's name."""
    key = loose(title)
    parts = [part.strip() for part in title_parts(title_tag)]
    rest = [part for part in parts if loose(part) not in key and key not in loose(part)]
    if len(rest) == len(parts) or len(rest) > MAX_LEFTOVERS:
        return []  # the <title> is another text, not the headline plus a name
    return [part for part in rest if len(part) <= MAX_SITE_NAME_CHARS]


def page_headings(page: HtmlPage) -> dict[str, HtmlElement]:
    """Headline candidates (h1, itemprop=headline) without the site's name, by text, in
    document order. Headings that show the site's name (a logo) teach the page its name."""
    elements = page.tree.xpath(HEADING_XPATH)
    site_headings = [
        element
        for element in elements
        if is_site_heading(element)
        and not titled_with_site(headline_text(element), page)
        and not declared_headline(element, page)
    ]
    page.add_site_names(heading_texts(site_headings))
    origin: dict[str, HtmlElement] = {}
    for element in elements:
        text = "" if element in site_headings else headline_text(element)
        if usable_heading(text, page):
            origin.setdefault(strip_site_name(text, page), element)
    return origin


def titled_with_site(text: str, page: HtmlPage) -> bool:
    """Does the <title> (or og:title) give text beside the site's name ("Text | Site")? Then
    text is the headline, even in a heading that links home like a logo."""
    key = loose(text)
    for title in [page.title_tag, *page.meta_values("og:title")]:
        parts = [loose(part) for part in title_parts(title or "")]
        if (
            len(parts) > 1
            and key in parts
            and any(page.is_site_name(part) for part in title_parts(title) if loose(part) != key)
        ):
            return True
    return False


def declared_headline(element: HtmlElement, page: HtmlPage) -> bool:
    """Does the page declare this heading its article's headline (itemprop=headline on a
    heading that does not link home, the JSON-LD headline in its words)? A blog theme classes
    its post titles "blog-title" as it does the blog's name: the declaration tells them apart.
    Some themes mark the site's name itemprop=headline too, but that one links home."""
    if element.get("itemprop", "").strip().lower() == "headline" and not links_home(element):
        return True
    key = loose(headline_text(element))
    return bool(key) and any(loose(text_value(value)) == key for value in page.article_values("headline"))


def first_declared_title(declared: list[str], page: HtmlPage) -> str | None:
    for title in declared:
        stripped = without_separators(without_pipe_tail(strip_site_name(title, page)))
        if stripped and not page.is_site_name(stripped):
            return stripped
    return None


def is_slogan(heading: str) -> bool:
    """A heading written as a sentence or two with a full stop ("Clarity, finally.", "Your
    content. Your canvas."): a landing page's tagline, where a headline has no full stop."""
    return bool(SLOGAN_END.search(heading))


def declares_website(page: HtmlPage, own_title: str | None) -> bool:
    """Does the page say it is a website (og:type), not an article or a product, and give
    itself a title of its own, not the site's name? A landing page's first heading is then a
    banner line ("Bring your strategy to life"), and the page's title names what it offers
    ("Work Management Software")."""
    if (page.meta_first("og:type") or "").strip().casefold() != "website":
        return False
    return letters(own_title) not in {letters(name) for name in page.meta_values("og:site_name")}


def in_words_of(heading: str, title: str | None) -> bool:
    """Is every word of the heading a word of the title, or its stem ("Nachhaltig leben" in
    "Nachhaltiger leben", "Camp Stoves" in "Camping Stoves: Top Rated")? The heading then
    names the page in short, not in a banner line of its own."""
    words = WORD.findall(loose(title))
    return all(
        any(word == own or (len(own) >= MIN_STEM_CHARS and word.startswith(own)) for word in words)
        for own in WORD.findall(loose(heading))
    )


def usable_declared_title(title: str | None) -> bool:
    """Is the page's own declared title (first_declared_title) one to fall back on?"""
    return bool(title) and not PAGE_LABELS.match(title)


def without_separators(title: str) -> str:
    """A declared title without the separators a removed site name left at its edges
    ("Site // » Headline", "Site -"); quotes around a headline stay ("«Headline»")."""
    inner = title.strip(EDGE_PUNCTUATION)
    return LEADING_ARROWS.sub("", TRAILING_ARROWS.sub("", inner)).strip(EDGE_PUNCTUATION)


def without_pipe_tail(title: str) -> str:
    """A declared title no heading confirms, without a short last part after a pipe: "Mesh
    Office Chair | Brandname" names the site there even when the page never says so."""
    head, pipe, tail = title.rpartition(" | ")
    if pipe and len(tail.split()) <= MAX_SITE_WORDS and letters(head):
        return head
    return title


def usable_heading(text: str, page: HtmlPage) -> bool:
    return (
        bool(text)
        and len(text) <= MAX_TITLE_CHARS
        and not PAGE_LABELS.match(text)
        and not page.is_site_name(text, strict=True)
    )


def headline_element(page: HtmlPage, title: str | None, found: HtmlElement | None) -> HtmlElement | None:
    """The heading that shows the title above the article. A page may repeat its headline
    (a hidden h1 for screen readers, teaser cards): a visible h1 first, then one inside
    <article> or <main>, then the one the title was read from."""
    if not title:
        return found
    key = loose(title)
    same = [
        element
        for element in page.tree.xpath(ANCHOR_XPATH)
        if (text := loose(headline_text(element))) and (text == key or (key in text and len(key) >= 12))
    ]
    if found is not None and found not in same:
        same.insert(0, found)

    def rank(element: HtmlElement) -> tuple[bool, bool, bool]:
        hidden = "hidden" in f"{element.get('class', '')} {element.get('style', '')}".lower()
        inside = bool(element.xpath("ancestor::article or ancestor::main"))
        return (not hidden, element.tag == "h1", inside)

    return max(same, key=rank, default=None)  # max keeps the first of equals


def declared_titles(page: HtmlPage) -> list[str]:
    """What the page says its title is: JSON-LD headline, og:title, ..., <title>."""
    found = [text_value(value) for value in page.article_values("headline")]
    found += page.meta_values(*META_TITLE_KEYS)
    found += [page.title_tag]
    found += [text_value(value) for value in page.article_values("name")]
    titles = [clean_text(title) for title in found if title]
    return [title for title in dict.fromkeys(titles) if title and len(title) <= MAX_TITLE_CHARS]


def heading_texts(elements: list[HtmlElement]) -> list[str]:
    texts = [headline_text(element) for element in elements]
    return [text for text in dict.fromkeys(texts) if text and len(text) <= MAX_TITLE_CHARS]


def headline_text(element: HtmlElement) -> str:
    """The heading's text without its kicker, labels and visually hidden parts."""
    parts: list[str] = []
    collect_text(element, parts)
    return PERMALINK_MARK.sub("", clean_text("".join(parts))).strip(EDGE_PUNCTUATION)


def collect_text(element: HtmlElement, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if (
            isinstance(child.tag, str)
            and child.tag not in SKIPPED_TAGS
            and not is_aside(child)
            and not is_permalink(child)
        ):
            if child.tag == "br" or child.tag in BLOCK_TAGS:
                parts.append(" ")  # "Black Edition<div>Meal powder</div>": two blocks, not one word
            collect_text(child, parts)
            if child.tag in BLOCK_TAGS:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def is_site_heading(element: HtmlElement) -> bool:
    """A heading that shows the site's name: classed as a logo or site title, or a link
    to the home page."""
    for node in [element, element.getparent(), *element.iterdescendants("a", "span", "img")]:
        if node is None:
            continue
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        if SITE_HEADING_CLASS.search(marks):
            return True
    return links_home(element)


def links_home(element: HtmlElement) -> bool:
    """Is the heading a single link to the home page?"""
    links = element.findall(".//a[@href]")
    return len(links) == 1 and bool(HOME_HREF.match(links[0].get("href", "").strip()))


def is_permalink(element: HtmlElement) -> bool:
    """A heading's link to itself, shown as a mark ("¶", "#", "§", an icon), not as words."""
    return (
        element.tag == "a"
        and element.get("href", "").startswith("#")
        and not any(char.isalnum() for char in element.text_content())
    )


def is_aside(element: HtmlElement) -> bool:
    tokens = f"{element.get('class', '')} {element.get('id', '')}".split()
    marks = " ".join(token for token in tokens if not LABEL_DISPLAY_CLASS.search(token))
    return bool(marks.strip()) and bool(NOT_HEADLINE_CLASS.search(marks)) and "headline" not in marks.lower()


def agreeing_heading(headings: list[str], declared: list[str], page: HtmlPage) -> tuple[str | None, float]:
    """The heading a declared title confirms best (ties: the first) and how well."""
    best, best_score = None, 0.0
    for heading in headings:
        score = max((agreement(heading, title, page) for title in declared), default=0.0)
        # On a tie the longer heading: a headline says more than a section label.
        if score > best_score or (score == best_score > 0 and len(heading) > len(best or "")):
            best, best_score = heading, score
    return best, best_score


EQUAL, FIRST_PART, EQUAL_PART, INSIDE, CONTAINS, SIMILAR = 4.0, 3.5, 3.0, 2.0, 1.0, 0.5
CONFIRMED = INSIDE
MIN_SHARED_WORDS = 0.6


def agreement(heading: str, title: str, page: HtmlPage) -> float:
    """How well a declared title confirms a heading: equal, equal to its first part (a
    title names the page before the site or the book), to another part, inside it,
    containing it (the heading carries extra words), sharing most words, not at all."""
    key = loose(heading)
    if len(key) < 3:
        return 0.0
    whole, stripped = loose(title), loose(strip_site_name(title, page))
    if key in (whole, stripped):
        return EQUAL
    parts = [loose(part) for part in title_parts(title)]
    if parts and key == parts[0]:
        return FIRST_PART
    if key in parts:
        return EQUAL_PART
    if key in whole and len(key) >= 12:
        return INSIDE
    if len(stripped) >= 12 and stripped in key:
        # The heading goes on after the title (a longer headline) or carries a kicker before it.
        return INSIDE if key.startswith(stripped) else CONTAINS
    if shared_words(key, stripped) >= MIN_SHARED_WORDS:
        return SIMILAR
    return 0.0


def shared_words(one: str, other: str) -> float:
    first, second = set(WORD.findall(one)), set(WORD.findall(other))
    if not first or not second:
        return 0.0
    return len(first & second) / max(len(first), len(second))


def declared_part(heading: str, declared: list[str], page: HtmlPage) -> str:
    """The declared title as the heading writes it (its dashes and quotes), without the
    heading's extra words; the declared title itself when the heading spells it otherwise."""
    for title in declared:
        stripped = strip_site_name(title, page)
        if len(stripped) < 12:
            continue
        start = same_length_key(heading).find(same_length_key(stripped))
        if start >= 0:
            return heading[start : start + len(stripped)]
        if loose(stripped) in loose(heading):
            return stripped
    return heading


def same_length_key(text: str) -> str:
    """loose() that keeps every character's position, for finding spans."""
    key = text.translate(SAME_LENGTH).lower()
    return key if len(key) == len(text) else loose(text)


def title_parts(title: str) -> list[str]:
    return [part for part in SEPARATOR.split(title) if part.strip()]


def strip_site_name(title: str, page: HtmlPage) -> str:
    """title without the site's name (and page labels) before or after a separator; when
    the name stands in the middle ("Title | Site | Tagline"), the side before it."""
    if (match := SITE_PREFIX.match(title)) and page.is_site_name(match["site"]):
        title = match["rest"]
    parts = SEPARATOR.split(title)
    seps = SEPARATOR.findall(title)
    site = [is_site_part(part, page) for part in parts]
    start, end = 0, len(parts)
    while end - start > 1 and site[end - 1]:
        end -= 1
    while end - start > 1 and site[start]:
        start += 1
    middle = [index for index in range(start + 1, end - 1) if site[index]]
    if middle:
        end = middle[0]
    if (start, end) == (0, len(parts)):
        return title
    pieces = [parts[start]]
    for index in range(start + 1, end):
        pieces += [seps[index - 1], parts[index]]
    return clean_text("".join(pieces))


def is_site_part(part: str, page: HtmlPage) -> bool:
    part = part.strip()
    return (
        not letters(part) or page.is_site_name(part) or bool(PAGE_LABELS.match(part)) or is_forum_name(part)
    )


def is_forum_name(part: str) -> bool:
    """A forum's name: a few capitalised words ending in a word for a board ("Arch Linux
    Forums", "Doom9's Forum"), not a phrase that ends in one ("Danke an die Community")."""
    words = part.split()
    return (
        len(words) <= MAX_FORUM_NAME_WORDS
        and bool(FORUM_NAME_END.search(part))
        and all(not word[0].isalpha() or word[0].isupper() for word in words)
    )
