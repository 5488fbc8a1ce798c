"""The people who wrote the article: structured data first, then the byline a reader sees.

Sources in order of trust: the JSON-LD article's author (people, not organisations),
author meta tags, byline markup; then, when none of them names a person, bylines written
as text, a signature, a personal copyright line (bylines.py). Names are read out of what
each source says by cleaners/names.py."""

from __future__ import annotations

import re

from cleaners.html.metadata.bylines import (
    byline_authors,
    copyright_holder,
    first_poster,
    signature,
    site_owner,
    text_bylines,
)
from cleaners.html.page import HtmlPage, clean_text
from cleaners.html.structured_data import text_value, types_of
from cleaners.lexicon.bylines import LABELS, MARKED_LABELS, words_of
from cleaners.lexicon.patterns import longest_first
from cleaners.lexicon.people import CREDENTIALS
from cleaners.names import HANDLE_RANK, OTHER, PERSON, best_rank, is_name_shaped, names_in, title_cased
from cleaners.regex import lazy_compile

# Meta tags that hold a person's name, most specific first.
AUTHOR_META_KEYS = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dc:creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "shareaholic:article_author_name",
    "citation_author",
    "cxenseparse:author",
)
CREDENTIAL_WORDS = frozenset(CREDENTIALS)
# Meta tags whose convention writes a name surname first ("Curie, Marie"; Highwire Press,
# Dublin Core).
SURNAME_FIRST_KEYS = frozenset({"citation_author", "dc.creator", "dc:creator", "dcterms.creator"})
NAME_WORD = r"[^\W\d_][\w'’.-]*"
SURNAME_FIRST = lazy_compile(
    rf"^(?P<surname>[^\W\d_][\w'’-]*),\s*(?P<given>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})$"
)
INITIAL = lazy_compile(r"^[A-Z]\.$")
# A name written as HTML in the JSON-LD: '<a href="/authors/jane">Jane Doe</a>'.
MARKUP = lazy_compile(r"<[^<>]*>")
# Yoast and others write the byline into a Twitter card label: "Written by" / "Jane Doe".
WRITTEN_BY = lazy_compile(
    rf"^(?:{longest_first(words_of(LABELS) + words_of(MARKED_LABELS))})$", re.IGNORECASE
)


# Credentials the page writes after a name, each after a comma or a space ("Jane Doe, MS, RD",
# "Jane Doe, Ph.D.", "Jane Doe, CFP®"), with a footnote's star left out ("Jane Doe, MD*").
CREDENTIAL_TAIL = lazy_compile(
    rf"^(?:,?\s+(?:{longest_first(CREDENTIALS)})\.?[®™]?(?![\w.]))+", re.IGNORECASE
)

LETTER_RUN = lazy_compile(r"[^\W\d_]+")
VISIBLE_TEXT_XPATH = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"


def read_authors(page: HtmlPage) -> list[str]:
    """The page's authors, names in capitals written as names ("JANE DOE": Jane Doe), each
    with the credentials a source writes after it ("Jane Doe, MD")."""
    sources = [*page.memo(json_ld_authors), *page.memo(meta_authors), *page.memo(byline_authors)]
    sources += page.memo(text_bylines)
    return [title_cased(name) + credentials_after(name, sources) for name in shown_writers(page)]


def shown_writers(page: HtmlPage) -> list[str]:
    """credited_names(), unless the page declares people it never shows and its byline
    shows others: the declared name is then the account that posted the page (an editor,
    a web team), the byline's the writer's."""
    names = credited_names(page)
    declared = page.memo(json_ld_authors) or page.memo(meta_authors)
    if not names or not declared or any(name.casefold() in page.memo(body_text) for name in names):
        return names
    shown = names_in(page.memo(text_bylines), page)
    if shown and best_rank(shown, page) == PERSON and all(map(is_name_shaped, shown)):
        return shown
    return names


def body_text(page: HtmlPage) -> str:
    """The text a reader sees, casefolded."""
    body = page.tree.find("body")
    if body is None:
        return ""
    return clean_text(" ".join(body.xpath(VISIBLE_TEXT_XPATH))).casefold()


def credentials_after(name: str, texts: list[str]) -> str:
    """ ", MD, MPH" when one of texts writes the name so; the credentials in capitals."""
    key = name.casefold()
    for text in texts:
        start = text.casefold().find(key)
        match = CREDENTIAL_TAIL.match(text[start + len(key) :]) if start >= 0 else None
        if match and not any(word.islower() for word in LETTER_RUN.findall(match[0])):
            return match[0].rstrip()
    return ""


def credited_names(page: HtmlPage) -> list[str]:
    """The names the most trusted source gives. A person's name beats a user handle
    ("jane.doe"), which beats a byline found in the text, which beats a name that may not be
    a person's (the site's own name, an organisation)."""
    found: dict[int, list[str]] = {}
    for source in (json_ld_authors, meta_authors, byline_authors):
        said = page.memo(source)
        if source is not byline_authors:
            said = [capitalised_name(text) for text in said]
        names = names_in(said, page)
        rank = best_rank(names, page)
        if names and all(page.is_site_name(text) for text in said):
            rank = OTHER  # "Jobs & Hire" is the site's name, not two people
        elif source is byline_authors and not all(map(is_name_shaped, names)):
            rank = OTHER  # "En kiosques", "Revised Edition Edited by ...": maybe no name
        if rank == PERSON:
            return completed(names, page)
        if rank is not None:
            found.setdefault(rank, names)
    if HANDLE_RANK in found:
        return found[HANDLE_RANK]
    return (
        names_in(text_bylines(page), page)
        or found.get(OTHER, [])
        or first_poster(page)
        or signature(page)
        or copyright_holder(page)
        or site_owner(page)
    )


def capitalised_name(text: str) -> str:
    """A name the page declares in lowercase ("kirstin boatto") as a name is written. (In
    a byline of the text, lowercase words are words, not a name.)"""
    words = text.split()
    if 2 <= len(words) <= 3 and all(word.isalpha() and word.islower() for word in words):
        return " ".join(word.capitalize() for word in words)
    return text


def completed(names: list[str], page: HtmlPage) -> list[str]:
    """A first name alone ("Todd") completed by the byline the page shows ("By Todd Bates")."""
    if all(" " in name for name in names):
        return names
    shown = names_in(page.memo(byline_authors) + page.memo(text_bylines), page)
    return [next((full for full in shown if full.startswith(f"{name} ")), name) for name in names]


def json_ld_authors(page: HtmlPage) -> list[str]:
    """Names of the people the JSON-LD article credits (organisations skipped)."""
    for key in ("author", "creator"):
        names: list[str] = []
        for author in page.article_values(key):
            if isinstance(author, dict):
                kinds = {kind.casefold() for kind in types_of(author)}
                if kinds and "person" not in kinds:
                    continue  # an Organization, a WebSite: not the people who wrote it ("person" too)
                name = full_name(text_value(author.get("name")), text_value(author.get("description")))
            else:
                name = text_value(author)
            if name:
                names.append(clean_text(MARKUP.sub(" ", name)))
        if names:
            return names
    return []


def full_name(name: str | None, description: str | None) -> str | None:
    """A first name completed by the Person's description: "Nils" described as "Nils
    Pickert ist freier Autor" is Nils Pickert."""
    if not name or " " in name or not description:
        return name
    match = re.match(rf"{re.escape(name)}\s+([A-ZÄÖÜ][\w'’-]+)\b", clean_text(description))
    return f"{name} {match[1]}" if match else name


def meta_authors(page: HtmlPage) -> list[str]:
    for key in AUTHOR_META_KEYS:
        if values := page.meta_values(key):
            return [given_name_first(value) for value in values] if key in SURNAME_FIRST_KEYS else values
    for number in ("1", "2"):
        label = page.meta_first(f"twitter:label{number}")
        if label and WRITTEN_BY.match(label.strip()):
            return page.meta_values(f"twitter:data{number}")
    return []


def given_name_first(value: str) -> str:
    """ "Curie, Marie S." as the name is said, "Marie S. Curie" ("Curie, M." is "M. Curie");
    a name with its credential ("Curie, PhD") or an agency's ("Reuters, AP") stays as it is."""
    match = SURNAME_FIRST.match(clean_text(value))
    if not match or not is_capitalised(match["surname"]) or not match["given"][0].isupper():
        return value  # "AFP, Reuters": agencies
    given = match["given"].split()
    if any(word.rstrip(".").casefold() in CREDENTIAL_WORDS for word in given) or (
        len(given) == 1 and not any(char.islower() for char in given[0]) and not INITIAL.match(given[0])
    ):
        return value
    return f"{match['given']} {match['surname']}"


def is_capitalised(word: str) -> bool:
    return word[0].isupper() and any(char.islower() for char in word)
