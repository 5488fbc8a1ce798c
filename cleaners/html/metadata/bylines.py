"""Bylines a reader sees on the page, when its structured data names no author.

In order: byline markup (itemprop=author, rel=author, classes and ids that say author or
byline), bylines written as text ("Posted by jdoe", "Text: Max Muster", "3. Mai 2021 von
Jane Doe"), a name signed under the text, a person's copyright line. Comment sections,
menus and footers are not where the article's byline is."""

from __future__ import annotations

import re
from itertools import takewhile

from lxml.html import HtmlElement

from cleaners.dates import parse_date_value
from cleaners.html.page import MAX_ANCESTORS, TAXONOMY_CLASS, HtmlPage, clean_text, in_comments
from cleaners.lexicon.bylines import (
    AUTHOR_LIST_HEADINGS,
    BEFORE_DATE_WORDS,
    BY_WORDS,
    CATEGORY_VERBS,
    CATEGORY_WORDS,
    COLON_LABELS,
    HEADING_LABELS,
    LABELS,
    MARKED_LABELS,
    NOT_TEXT_BYLINE_LABELS,
    PERSONAL_SITE_WORDS,
    WRITING_VERBS,
    words_of,
)
from cleaners.lexicon.patterns import longest_first
from cleaners.names import (
    HANDLE,
    HANDLE_RANK,
    MONTH_WORDS,
    NAMES_END,
    ORGANISATION,
    OTHER,
    after_label,
    best_rank,
    clean_name,
    is_name_shaped,
    names_in,
    split_names,
)
from cleaners.regex import RUN_START, lazy_compile

# Byline markup: classes, ids and test ids that say author or byline ("td-post-author-name",
# "documentByLine", "article_autor"), besides microdata and rel=author; not a word that only
# starts like one ("authorization", "authority", a documentation engine's "autorefs").
BYLINE_MARK = lazy_compile(
    r"(?:^|[\s_:-]|(?<=[a-z]))"
    r"(?:(?:[Aa]uthor|AUTHOR|[Aa]utor)(?!i[zst]|IZ|ef)|[Bb]y[Ll]ine|[Aa]uteur|[Ww]riter|[Pp]osted-?[Bb]y|[Ss]ubmitted)"
)
# What each of those words holds: most elements have none, and this test is six times faster
# (BYLINE_MARK must try its lookbehind at every position of every class and id of the page).
BYLINE_HINT = lazy_compile("uthor|UTHOR|y[Ll]ine|utor|uteur|riter|osted|ubmitted")
MENU_CLASS = lazy_compile(
    r"^(?:nav|navbar|navigation|menu|dropdown)(?:$|[-_])|[-_](?:nav|menu)$", re.IGNORECASE
)
TEASER_EXTRA_CHARS = 40
# Text set as code is an identifier, not a name: a manual's "--author" option, its id marked so.
CODE_XPATH = "ancestor-or-self::*[self::code or self::pre or self::kbd or self::samp] | .//code"
MARKED_XPATH = "//*[@class or @id or @itemprop or @rel or @data-testid]"
# (An <article> classed with its author's name, "author-jane-doe", holds the byline, not is one.)
NOT_BYLINE_TAGS = frozenset(
    {"meta", "link", "script", "style", "img", "body", "html", "head", "title", "nav", "article", "main"}
)
# Parts of an author box that are not the name: pictures, bios, share and follow links; a
# whole post classed with its author's name (WordPress's "hentry author-jane-doe"), a block
# that says it has none ("no-byline").
NOT_BYLINE_CLASS = lazy_compile(
    r"comment|respond|reply|avatar|dialog|modal|popup|(?:^|\s)hentry(?:$|\s)|no-?(?:byline|author)|"
    r"(?:^|[\s_-])(?:bio|biography|description|about|"
    r"image|photo|img|pic|picture|social|share|follow|window|role|position|job|jobtitle)(?:$|[\s_-])",
    re.IGNORECASE,
)
ARTICLE_TAGS = frozenset({"article", "main"})
NOT_ARTICLE_TAGS = frozenset({"nav", "footer", "form", "select", "button", "label", "menu"})
NOT_ARTICLE_CLASS = lazy_compile(
    r"comment|respond|reply|discussion|disqus|kommentar|navigation|"
    r"(?:^|[-_])(?:nav|navbar|menu|footer|breadcrumbs?)(?:$|[-_])",
    re.IGNORECASE,
)
AUTHOR_LIST = lazy_compile(rf"^(?:{longest_first(AUTHOR_LIST_HEADINGS)})\b", re.IGNORECASE)
MAX_BYLINE_CHARS = 120
BLOCK_TAGS = frozenset(
    {
        "div",
        "p",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "br",
        "section",
        "header",
        "time",
        "small",
        "table",
        "tr",
        "td",
    }
    | {f"h{level}" for level in range(1, 7)}
)
BLOCK_SEPARATOR = " · "
AUTHOR_HREF = lazy_compile(
    r"/(?:author|authors|autor|autoren|auteur|auteurs|autore|u|people|person|team|staff|"
    r"writers?|contributors?|journalists?|redakteure?|mitarbeiter)/[^/?#]+",
    re.IGNORECASE,
)
BLOCK_SEPARATORS = lazy_compile(rf"{RUN_START}\s*·(?:\s*·)+\s*")

# Text bylines: a text that starts with a byline label, maybe after a date.
DATE_PREFIX = rf"[\d\s.,:/()·•|–-]*(?:(?:{MONTH_WORDS})\.?[\d\s.,:/·•|–-]*)?"
TEXT_LABELS = [
    label
    for label in words_of(LABELS) + words_of(MARKED_LABELS) + words_of(COLON_LABELS)
    if label not in NOT_TEXT_BYLINE_LABELS and label not in HEADING_LABELS
]
CJK_LABELS = MARKED_LABELS["zh"]
TEXT_BYLINE = lazy_compile(
    rf"^{DATE_PREFIX}"
    rf"(?:(?:{longest_first(words_of(WRITING_VERBS, ['en', 'de']) + BEFORE_DATE_WORDS)})"
    rf"\s(?:\s*(?:am|on|le|el))?{DATE_PREFIX})?"
    rf"(?:{longest_first(TEXT_LABELS)}|(?:{longest_first(HEADING_LABELS)})\s*:)(?:\s|:|：|$)",
    re.IGNORECASE,
)
# Cheap test first: a text worth a closer look has a label word, or a date and a dash.
TEXT_LABEL_WORDS = {label.split()[0] for label in [*TEXT_LABELS, *HEADING_LABELS]} - set(CJK_LABELS)
TEXT_BYLINE_HINT = lazy_compile(
    rf"\b(?:{longest_first(TEXT_LABEL_WORDS)})\b|{longest_first(CJK_LABELS)}|\d\s*[-–—|·•]",
    re.IGNORECASE,
)
# What may stand before a text byline: a date, "Posted in Category", a bracketed label.
POSTED_IN = rf"(?:{longest_first(CATEGORY_VERBS)})\s+(?:{longest_first(CATEGORY_WORDS)})\s.{{1,60}}"
BRACKETED_LABEL = r"[【\[][^】\]]{1,12}[】\]]\s*"
BEFORE_TEXT_BYLINE = lazy_compile(rf"^(?:{DATE_PREFIX}|{POSTED_IN}|{BRACKETED_LABEL})$", re.IGNORECASE)
# A text that starts "Posted by", "Geschrieben von": a byline wherever it stands.
WRITTEN_BY = rf"(?:{longest_first(words_of(WRITING_VERBS))})\s+(?:{longest_first(words_of(BY_WORDS))})"
EXPLICIT_BYLINE = lazy_compile(rf"^{WRITTEN_BY}\s", re.IGNORECASE)
# "11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe", "Dec. 19, 2025 · Jane Doe": a
# date, then only a name.
DATE_THEN_NAME = lazy_compile(
    r"^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    rf"|(?:{MONTH_WORDS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+(?:{MONTH_WORDS})\.?,?\s+\d{{4}})"
    r"(?:\s*(?:[|,]\s*)?\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*[-–—|·•]\s*(?=\S)",
    re.IGNORECASE,
)
MAX_BYLINE_CLIMB = 4
MIN_UNLINKED_HANDLE = 8
# "By clicking", "by batching": a gerund after the label says how, not who (no user name).
GERUND = lazy_compile(r"^[a-z]{2,}ing$")

# A forum post's user name: marked as one ("username", "bigusername", "PostUser-name"), or a
# link to the member's profile ("/members/jdoe.12/", "/u/jdoe").
LOWERCASE_CLASS = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
POSTER_XPATH = (
    f"following::*[contains({LOWERCASE_CLASS}, 'username') or contains({LOWERCASE_CLASS}, 'user-name')"
    " or (self::a and (contains(@href, '/members/') or contains(@href, 'mode=viewprofile')"
    " or contains(@href, '/member.php') or contains(@href, '/u/')))][position() <= 3]"
)
MAX_POSTER_WORDS = 3
SIGNATURE_XPATH = (
    "//p[b or strong or i or em or br][string-length(normalize-space()) < 40]"
    "[not(ancestor::footer or ancestor::aside or ancestor::nav or ancestor::header)]"
)
COPYRIGHT = lazy_compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:\(c\)|©|copyright\b)\s*)?(?:since\s+)?(?:\d{4}(?:\s*[-–](?:\s*\d{4})?)?\s*)?"
    r"(?:by\s+)?(?P<holder>[^\W\d_][^|•·©]{1,60})",
    re.IGNORECASE,
)
COPYRIGHT_END = lazy_compile(
    rf"{RUN_START}\s*(?:[|•·,;/]|\s[-–]\s|\d|all rights|alle rechte|tous droits|todos los derechos|"
    r"impressum|design\b|powered\b)",
    re.IGNORECASE,
)
COPYRIGHT_XPATH = (
    "//text()[contains(., '©') or contains(., '(c)') or contains(., 'Copyright')]"
    "[not(ancestor::figure or ancestor::figcaption or ancestor::script or ancestor::style or ancestor::head)]"
)
PICTURE_CREDIT = lazy_compile(r"^[^/|]{2,40}\s/\s*\S")
MAX_COPYRIGHT_LINES = 3
NOTE_START = lazy_compile(r"^(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|\*)")  # "(1) These figures ...": a note
MAX_AFTER_SIGNATURE = 100  # a postscript, a date line may follow a signature; a paragraph not


def byline_authors(page: HtmlPage) -> list[str]:
    """The first byline in the page's markup that names a person or a user (else the first
    that names anyone). Of nested bylines the inner one: it has less around the name."""
    article = headline_article(page)
    elements = [
        element
        for element in byline_elements(page)
        if not NOT_BYLINE_CLASS.search(element.get("class", ""))
        and not in_comments(element)
        and not in_menu(element)
        and in_same_article(element, article)
        and not in_teaser(element)
    ]
    weak: list[str] = []
    for index, element in enumerate(elements):
        text, rank = byline_reading(element, page)
        if rank is None:
            continue
        for inner in elements[index + 1 :]:
            if element not in inner.iterancestors():
                break
            inner_text, inner_rank = byline_reading(inner, page)
            if inner_rank is not None and inner_rank <= rank:
                text = inner_text
                break
        if rank <= HANDLE_RANK:
            return [text]
        weak = weak or [text]
    return weak


def headline_article(page: HtmlPage) -> HtmlElement | None:
    """The <article> that holds the headline, if any."""
    if page.headline_element is None:
        return None
    return next(page.headline_element.iterancestors("article"), None)


def in_same_article(element: HtmlElement, article: HtmlElement | None) -> bool:
    """Not in another <article> than the headline's (a teaser card with its own byline)."""
    other = next(element.iterancestors("article"), None)
    return article is None or other is None or other is article


def in_teaser(element: HtmlElement) -> bool:
    """In a link that is a teaser card for another article (a headline, a picture, more
    text than the byline); a link around the name alone is the author's page."""
    link = next(element.iterancestors("a"), None)
    if link is None:
        return False
    if link.find(".//img") is not None or link.xpath(".//h2 or .//h3 or .//h4"):
        return True
    return len(clean_text(link.text_content())) > len(clean_text(element.text_content())) + TEASER_EXTRA_CHARS


def in_menu(element: HtmlElement) -> bool:
    """In a navigation menu (a list of the site's authors is not a byline). The classes of
    what holds the <article> or <main> (a layout "offset-nav") say nothing of its parts."""
    for count, node in enumerate([element, *element.iterancestors()]):
        if count >= MAX_ANCESTORS:
            break
        if node.tag in ("nav", "menu") or any(
            MENU_CLASS.search(mark) for mark in node.get("class", "").split()
        ):
            return True
        if node.tag in ARTICLE_TAGS:
            break
    return False


def byline_elements(page: HtmlPage) -> list[HtmlElement]:
    """Elements marked as a byline, in document order."""
    found = []
    for element in page.tree.xpath(MARKED_XPATH):
        if element.tag in NOT_BYLINE_TAGS:
            continue
        get = element.attrib.get
        marks = f"{get('class', '')} {get('id', '')} {get('data-testid', '')}"
        if (
            get("itemprop") in ("author", "creator")
            or get("rel") == "author"
            or (BYLINE_HINT.search(marks) and BYLINE_MARK.search(marks))
        ) and not element.xpath(CODE_XPATH):
            found.append(element)
    return found


def byline_reading(element: HtmlElement, page: HtmlPage) -> tuple[str, int | None]:
    """A byline element's text and how sure it names a person (None: no name at all). A
    byline may show the date first ("Dec 17, 2025 · Jane Doe"): the names follow it."""
    text = byline_text(element)
    if (date_first := DATE_THEN_NAME.match(text)) and names_fill(text[date_first.end() :], page):
        text = text[date_first.end() :]
    names = names_in([text], page) if text else []
    if names and not all(map(is_name_shaped, names)):
        return text, OTHER  # "En kiosques", "Revised Edition Edited by ...": maybe no name
    return text, best_rank(names, page)


def byline_text(element: HtmlElement) -> str:
    """The name in a byline element: an itemprop=name inside it, or its short text, or the
    first link of a long author block (name, date, rating, bio)."""
    if element.get("itemprop") in ("author", "creator"):
        named = element.find(".//*[@itemprop='name']")
        if named is not None and named.tag == "meta" and clean_text(named.get("content")):
            return clean_text(named.get("content"))  # microdata's name as a meta tag
        element = named if named is not None else element
    if linked := author_links(element):
        return ", ".join(linked)
    text = blocks_text(element)
    if len(text) <= MAX_BYLINE_CHARS:
        return text
    if AUTHOR_LIST.match(text):
        return ""  # "Authors: A, B, C, ...": the site's writers, not this article's
    link = element.find(".//a")
    if link is not None:
        return clean_text(link.text_content())
    if element.find(".//h1") is not None or element.find(".//h2") is not None:
        return ""  # a block with the headline in it, not an author box
    first = text.split(BLOCK_SEPARATOR, 1)[0]  # an author box: the name, then the bio
    return first if is_name_shaped(first) and len(first.split()) >= 2 else ""


def author_links(element: HtmlElement) -> list[str]:
    """The names a byline links to their author pages ("/author/jane-doe/"): the name alone,
    without the role, the date or the bio beside it."""
    names = [
        clean_text(link.text_content())
        for link in element.iter("a")
        if AUTHOR_HREF.search(link.get("href", ""))
    ]
    names = [name for name in dict.fromkeys(names) if name]
    return names if names and all(map(is_name_shaped, names)) else []


def blocks_text(element: HtmlElement) -> str:
    """The element's text with its blocks kept apart: an author box shows the name, the
    role and the date in blocks of their own ("Jane Doe · Editor · May 4, 2025"), which
    text_content() would glue ("Jane DoeEditorMay 4, 2025")."""
    parts: list[str] = []
    collect_blocks(element, parts)
    text = clean_text("".join(parts))
    return BLOCK_SEPARATORS.sub(BLOCK_SEPARATOR, text).strip(" ·")


def collect_blocks(element: HtmlElement, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and child.tag not in ("script", "style"):
            block = child.tag in BLOCK_TAGS or glued(parts, child)
            parts.append(BLOCK_SEPARATOR if block else "")
            collect_blocks(child, parts)
            parts.append(BLOCK_SEPARATOR if block else "")
        if child.tail:
            parts.append(child.tail)


def glued(parts: list[str], child: HtmlElement) -> bool:
    """Would child's text glue to the text before it, word to word? Inline elements set
    side by side with no space are blocks of their own as a reader sees them ("<span>Dec
    17, 2025</span><span>Jane Doe</span>", "<b>Jane Doe</b><span>Head Winemaker</span>")."""
    before = next((part for part in reversed(parts) if part), "")
    text = child.text or ""
    return bool(before) and before[-1].isalnum() and text[:1].isalnum()


def text_bylines(page: HtmlPage) -> list[str]:
    """A byline written as text without byline markup: "Posted by Jane Doe", "Text: Max
    Muster", "3. Mai 2021 von jdoe", "11.12.2019 - Jane Doe": what follows, read as names.
    Only a text that starts its block (maybe after a date), outside menus and footers."""
    for node in page.short_text_nodes:  # a byline is a short text
        if not TEXT_BYLINE_HINT.search(node):
            continue
        if date_first := DATE_THEN_NAME.match(node):
            name = NAMES_END.split(clean_text(node[date_first.end() :]), maxsplit=1)[0].strip()
            if is_name_shaped(name) and len(name.split()) >= 2 and not outside_article(node.getparent()):
                return [name]
        if not TEXT_BYLINE.search(node):
            continue
        owner = node.getparent()
        if node.is_tail:
            owner = owner.getparent()
        if (
            owner is not None
            and not outside_article(owner)
            and (names := names_after_label(node, owner, page))
        ):
            return names
    return []


def names_after_label(node: str, owner: HtmlElement, page: HtmlPage) -> list[str]:
    """The names after the byline label that starts the text `node` in owner, climbing to
    the enclosing block while the label stands alone ("<b>Von</b> <a>Jane</a>")."""
    start = clean_text(node)
    bare = label_alone(start)  # only a bare label's link may be the name (linked_name_after)
    for level in range(MAX_BYLINE_CLIMB):
        if owner is None:
            return []
        context = blocks_text(owner)
        at = max(context.find(start), 0)
        before = context[:at].rsplit(BLOCK_SEPARATOR, 1)[-1]  # in the label's own block
        if level == 0 and not BEFORE_TEXT_BYLINE.match(before) and not EXPLICIT_BYLINE.match(start):
            return []  # the label is inside a sentence: "Leasing von Firmenwagen"
        window = context[at : at + MAX_BYLINE_CHARS]
        names = list(takewhile(is_name_shaped, split_names(clean_name(window, page))))
        rest = window[len(start) :]
        own_names = names_fill(start, page)  # "by Jane Doe - 2024-05-02" holds its names
        if rest.startswith(BLOCK_SEPARATOR) and not own_names and not names_fill_block(rest, page):
            return []  # the label's block ends, and the next block is text, not names
        if names_in(names, page) and (not all(map(HANDLE.match, names)) or like_user_names(names, owner)):
            return names
        if bare and (linked := linked_name_after(rest, owner, page)):
            return linked
        if len(window) > len(start) + 2:
            return []  # the label has text after it, and that text is no name
        owner = owner.getparent()
    return []


def label_alone(text: str) -> bool:
    """Is the byline text its label alone ("By", "Posted by:"), with no words of its own? A
    link after "By proceeding, I agree to our" is no name."""
    words = after_label(text)
    return words == text or not words.strip(" :")


def linked_name_after(rest: str, owner: HtmlElement, page: HtmlPage) -> list[str]:
    """The name a link right after the label shows, when other words follow the link ("By
    <a>Jane Doe</a> <a>View the print edition</a>"): the link bounds the name."""
    for link in owner.iter("a"):
        text = clean_text(link.text_content())
        if text:
            shown = rest.lstrip(" :")
            if shown.startswith(text) and shown != text and is_name_shaped(text) and names_in([text], page):
                return [text]
            return []
    return []


def names_fill_block(text: str, page: HtmlPage) -> bool:
    """Is the first block of text (after a block separator) names alone?"""
    return names_fill(text[len(BLOCK_SEPARATOR) :].split(BLOCK_SEPARATOR, 1)[0], page)


def names_fill(text: str, page: HtmlPage) -> bool:
    """Is text names alone ("Jane Doe and Max Muster")?"""
    names = split_names(clean_name(text, page))
    return bool(names) and all(map(is_name_shaped, names))


def like_user_names(names: list[str], owner: HtmlElement) -> bool:
    """Do lowercase handles look like user names, not words? A user name links to its
    profile, or is long or has digits; "by mid-2017" has a word."""
    links = {clean_text(link.text_content()) for link in owner.iter("a")}
    return all(
        name in links
        or any(c.isdigit() for c in name)
        or (len(name) >= MIN_UNLINKED_HANDLE and not GERUND.match(name))
        for name in names
    )


def outside_article(element: HtmlElement) -> bool:
    """In a menu, a form, a footer, a comment: where bylines of this article are not. (Up
    to the <article> or <main> that holds it: the page's frame around them does not count.)"""
    for count, ancestor in enumerate([element, *element.iterancestors()]):
        if count >= MAX_ANCESTORS or ancestor.tag == "body":
            break
        if ancestor.tag in NOT_ARTICLE_TAGS:
            return True
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".split()
        if any(NOT_ARTICLE_CLASS.search(mark) for mark in marks if not TAXONOMY_CLASS.match(mark)):
            return True
        if ancestor.tag in ARTICLE_TAGS:
            break
    return False


def first_poster(page: HtmlPage) -> list[str]:
    """The user who opened a forum thread: the first user name under the headline, marked
    as one (class "username") or linking to a member's profile ("/members/jdoe.123/")."""
    anchor = page.headline_element
    if anchor is None:
        return []
    for element in anchor.xpath(POSTER_XPATH):
        if outside_article(element) or in_menu(element):
            continue
        name = clean_text(element.text_content())
        if HANDLE.match(name) or (is_name_shaped(name) and len(name.split()) <= MAX_POSTER_WORDS):
            return names_in([name], page)
    return []


def signature(page: HtmlPage) -> list[str]:
    """A name signed under the text: the last paragraph that is only a bold or italic name,
    or a name and a date on two lines ("Benni<br>10. September 2017")."""
    for paragraph in reversed(page.tree.xpath(SIGNATURE_XPATH)):
        if in_comments(paragraph) or followed_by_text(paragraph) or above_headline(paragraph, page):
            continue
        name = signed_name(paragraph)
        if name and is_name_shaped(name):
            return names_in([name], page)
    return []


def above_headline(element: HtmlElement, page: HtmlPage) -> bool:
    """Does the element stand above the headline (a sidebar, a promotion), not under the text?"""
    anchor = page.headline_element
    if anchor is None or element.sourceline is None or anchor.sourceline is None:
        return False
    return element.sourceline < anchor.sourceline


def followed_by_text(paragraph: HtmlElement) -> bool:
    """Does a paragraph of text follow? Then a bold line is a subheading ("Key Takeaways"),
    not a name signed under the text."""
    return any(
        len(text := clean_text(sibling.text_content())) > MAX_AFTER_SIGNATURE and not NOTE_START.match(text)
        for node in (paragraph, paragraph.getparent())
        if node is not None and node.tag != "body"
        for sibling in node.itersiblings()
        if isinstance(sibling.tag, str) and sibling.tag in ("p", "ul", "ol", "blockquote", "h2", "h3")
    )


def signed_name(paragraph: HtmlElement) -> str | None:
    lines = [clean_text(line) for line in paragraph.xpath("text()") if clean_text(line)]
    if len(paragraph) == 1 and paragraph[0].tag == "br" and len(lines) == 2 and parse_date_value(lines[1]):
        return lines[0] if len(lines[0].split()) <= 3 else None
    if (paragraph.text or "").strip() or len(paragraph) != 1 or (paragraph[0].tail or "").strip():
        return None
    name = clean_text(paragraph.text_content())
    return name if 2 <= len(name.split()) <= 3 and not name.endswith(":") else None  # "Costs:" labels


def copyright_holder(page: HtmlPage) -> list[str]:
    """The person a personal site's copyright line names: "© 2019 Jane Doe". (A company's
    copyright names the owner of the site, not the writer of the text.)"""
    lines = page.meta_values("copyright", "dc.rights", "dcterms.rightsholder")
    lines += [str(node) for node in page.tree.xpath(COPYRIGHT_XPATH)][-MAX_COPYRIGHT_LINES:]
    for line in lines:
        if match := COPYRIGHT.search(clean_text(line)):
            holder = match["holder"]
            if PICTURE_CREDIT.match(holder):
                continue  # "© Jane Doe / Agency" credits a picture
            name = COPYRIGHT_END.split(holder, maxsplit=1)[0].strip(" .,-–")
            if 2 <= len(name.split()) <= 3 and is_name_shaped(name) and not ORGANISATION.search(name):
                return names_in([name], page)
    return []


# "Jane Doe's blog", "Jane Doe’s notes": the site of the person named.
PERSONAL_SITE = lazy_compile(
    rf"^(?P<name>.+?)['’]s\s+(?:{longest_first(PERSONAL_SITE_WORDS)})$", re.IGNORECASE
)
SITE_WORD = lazy_compile(rf"\b(?:{longest_first(PERSONAL_SITE_WORDS)})\b", re.IGNORECASE)
MAX_OWNER_WORDS = 3


def site_owner(page: HtmlPage) -> list[str]:
    """The person whose own site this is, when the site says so: "Jane Doe's blog". A site
    name its address spells is no such sign: "Home Depot" at homedepot.com is a brand."""
    for site in page.site_names:
        match = PERSONAL_SITE.match(site)
        name = match["name"] if match else ""
        if (
            2 <= len(name.split()) <= MAX_OWNER_WORDS
            and is_name_shaped(name)
            and not SITE_WORD.search(name)
            and names_in([name], page) == [name]
        ):
            return [name]
    return []
