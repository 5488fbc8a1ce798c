"""A site template's chrome around a post: the credit of its engine or theme, the links to the
previous and next post, the sentences of its comment form. Each is a whole line."""

from __future__ import annotations

import re

from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.lexicon import chrome
from cleaners.lexicon.patterns import alternation, line_start
from cleaners.lookup import kept_starting_with, kept_with
from cleaners.regex import lazy_compile
from cleaners.shapes import ends_sentence, word_count

MAX_CREDIT_WORDS = 16  # a credit line names a theme and an engine; a longer line is prose
MAX_NAME_WORDS = 5  # the name credited: "Newspack by Automattic", "Catch Evolution by Catch Themes"
MAX_TITLE_WORDS = 25  # the title of the post a link leads to
NAME = rf"[^\s|·•♦]+(?:\s+[^\s|·•♦]+){{0,{MAX_NAME_WORDS - 1}}}"
CREDIT_SEPARATOR = lazy_compile(r"\s[|·•♦–—]\s")  # spaces are folded: one each side
CREDIT = lazy_compile(
    rf"^(?P<opening>{alternation(chrome.CREDIT_OPENINGS)})(?:\s+(?P<name>{NAME}))?\s*$", re.IGNORECASE
)
CREDIT_START = line_start(chrome.CREDIT_OPENINGS)
THEME_WORD = alternation(chrome.THEME_WORDS)
THEME_CREDIT = lazy_compile(
    rf"^(?P<before>(?:[\w.-]+\s+){{0,3}}?)(?:{THEME_WORD})s?(?P<colon>:?)\s+(?:[\w.-]+\s+){{0,3}}?"
    rf"(?:designed\s+|developed\s+|made\s+)?(?:{alternation(chrome.THEME_BY)})\s+(?P<name>{NAME})$",
    re.IGNORECASE,
)
WEB_MAKER = lazy_compile(rf"\b(?:{alternation(chrome.WEB_MAKER_WORDS)})\b|\w\.[a-z]{{2,6}}\b", re.IGNORECASE)
THEMED_ENGINES = ("wordpress", "blogger")  # "WordPress Theme by ...": the theme of a blog engine

ARROWS = re.escape(chrome.POST_ARROWS)
POST_LINK = lazy_compile(
    rf"^[{ARROWS}\s]*(?P<label>{alternation(chrome.POST_LINKS)})\b[{ARROWS}\s]*(?P<colon>:?)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# the arrows, then line_start's starts (its pattern is "\n" and them)
LINK_STARTS = line_start(chrome.POST_LINKS).pattern.removeprefix(r"\n")
POST_LINK_START = lazy_compile(rf"\n(?:[{ARROWS}]|[^\S\n])*{LINK_STARTS}")
POST_NOUN_LABEL = lazy_compile(r"\s")  # a label of two words names what it links to (post, article)
HOME = ("home", "startseite", "inicio", "accueil")  # the third link of "Newer Post Older Post Home"

# "← Previous title", "Next title →", "← Previous title → Next title": a line led by a back
# arrow or ended by an arrow on, titles between its arrows.
ARROW = lazy_compile(rf"[{chrome.BACK_ARROWS}{chrome.ON_ARROWS}]")
ARROWS_ALONE = tuple(chrome.BACK_ARROWS + chrome.ON_ARROWS)

COMMENT_FORM = lazy_compile(rf"^(?:(?:{alternation(chrome.COMMENT_FORM)})\s*)+$", re.IGNORECASE)
COMMENT_FORM_START = line_start(chrome.COMMENT_FORM)


def strip_site_credits(doc: Document, log: RuleLog) -> None:
    """ "Powered by WordPress", "Designed by Elegant Themes | Powered by WordPress", "WordPress
    Theme by NAME": a line of credits only."""
    theme_lines = kept_with(doc, tuple(word.casefold() for word in chrome.THEME_WORDS))
    lines = {line.no: line for line in [*kept_starting_with(doc, CREDIT_START), *theme_lines]}
    for line in sorted(lines.values(), key=lambda line: line.no):
        if is_credit_line(line.text):
            log.drop(line, "the credit of the site's engine or theme")


def is_credit_line(text: str) -> bool:
    if word_count(text, MAX_CREDIT_WORDS + 1) > MAX_CREDIT_WORDS or text.rstrip().endswith(("?", "!", ",")):
        return False
    return all(is_credit(segment.strip()) for segment in CREDIT_SEPARATOR.split(text.strip()))


def is_credit(segment: str) -> bool:
    segment = segment.rstrip(".")
    match = CREDIT.match(segment)
    if match:
        name = match.group("name") or ""
        opening = match.group("opening").casefold()
        if opening.startswith("design"):
            return bool(WEB_MAKER.search(name))  # not an architect's or a tailor's
        # an engine's name ("WordPress", "Wikidot.com"), not a thing ("Powered by the sun")
        return (
            "theme" in opening
            or not name
            or name[0].isupper()
            or name[0].isdigit()
            or bool(WEB_MAKER.search(name))
        )
    match = THEME_CREDIT.match(segment)
    if not match:
        return False
    before = match.group("before").split()
    return bool(
        match.group("colon")
        or (before and before[-1].casefold() in THEMED_ENGINES)
        or WEB_MAKER.search(match.group("name"))
    )


def strip_post_links(doc: Document, log: RuleLog) -> None:
    """ "« Previous post", "Next article: TITLE", "Vorheriger Beitrag TITLE", "Older posts"."""
    for line in kept_starting_with(doc, POST_LINK_START):
        if is_post_link(line.text):
            log.drop(line, "a link to the previous or next post")
    for line in kept_with(doc, ARROWS_ALONE):
        if is_arrow_link(line.text):
            log.drop(line, "a link to the previous or next post")


def is_arrow_link(text: str) -> bool:
    """ "← Older title", "Newer title →": titles (headlines, no sentences) led or ended by arrows."""
    core = text.strip()
    if not (core.startswith(tuple(chrome.BACK_ARROWS)) or core.endswith(tuple(chrome.ON_ARROWS))):
        return False
    titles = [title.strip() for title in ARROW.split(core) if title.strip()]
    return bool(titles) and all(is_link_title(title) for title in titles)


def is_link_title(title: str) -> bool:
    return word_count(title, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS and not ends_sentence(title)


def is_post_link(text: str) -> bool:
    match = POST_LINK.match(text)
    if not match:
        return False
    rest = match.group("rest").strip(chrome.POST_ARROWS + " ")
    if not rest or rest.casefold() in HOME or is_post_link(rest):
        return True  # the link alone, or with the other one: "Previous Next", "« Older | Newer »"
    pointed = match.group("colon") or text[: match.start("rest")].strip(" :")[-1] in chrome.POST_ARROWS
    titled = POST_NOUN_LABEL.search(match.group("label")) or pointed
    # the title of the post it leads to: a headline, no sentence
    short = word_count(rest, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS
    return bool(titled) and short and not ends_sentence(rest)


def strip_comment_forms(doc: Document, log: RuleLog) -> None:
    """ "Your email address will not be published. Required fields are marked *"."""
    for line in kept_starting_with(doc, COMMENT_FORM_START):
        if COMMENT_FORM.match(line.text):
            log.drop(line, "a line of a blog's comment form")
