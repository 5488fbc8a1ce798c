"""The HTML way: parse once, read metadata, prune marked boilerplate, let trafilatura find the
article; the pipeline then runs the HTML text rules over what it extracted."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import pairwise

import trafilatura
from trafilatura.utils import load_html

from cleaners.document import Document, Line
from cleaners.html_lead import find_lead, missing_from
from cleaners.html_metadata import read_metadata
from cleaners.html_prune import prune
from cleaners.rules import HTML_RULES
from cleaners.settings import Options
from cleaners.shapes import ends_sentence
from cleaners.structured_data import article_body, json_ld_objects

# The articleBody check: JSON-LD articleBody is the page's own statement of what its article is.
TAG = re.compile(r"<[^<>]+>")
NON_WORD = re.compile(r"[^\w]+")
MIN_BODY_WORDS = 50  # a shorter articleBody is a teaser, not the article
TRUSTED_COVERAGE = 0.6  # share of the extracted words the articleBody must hold to be trusted
IN_BODY = 0.8  # share of a line's word pairs found in the articleBody for the line to be article
OUT_OF_BODY = 0.3  # below this share a line is not article
# Only prose is restored: pages also put their "Read more: <headline>" pointers in articleBody.
MIN_RESTORE_WORDS = 15


@dataclass
class HtmlPage:
    """What the HTML way learnt about the page besides its text (for the checks after rules)."""

    article_body: str | None = None
    lead: Line | None = None  # the lead paragraph put back on top, if any


def clean_html(page: str, options: Options, **encoding) -> Document:
    """The whole HTML way: extract, run the HTML rule list, then the articleBody check."""
    doc, html_page = extract_html(page, options, **encoding)
    for rule in HTML_RULES:
        rule.apply(doc)
    check_article_body(doc, html_page)
    return doc


def extract_html(page: str, options: Options, **encoding) -> tuple[Document, HtmlPage]:
    tree = load_html(page)
    if tree is None:
        doc = Document.from_text("", format="html", **encoding)
        doc.chars_in = len(page)
        return doc, HtmlPage()
    metadata = read_metadata(tree)
    objects = json_ld_objects(tree)
    body = article_body(objects)
    pruned = prune(tree, body)
    lead = find_lead(tree, objects)
    result = trafilatura.bare_extraction(
        tree,
        include_comments=options.with_comments,
        favor_precision=options.precision,
        favor_recall=options.recall,
        include_tables=True,
    )
    text = (result.text if result else "") or ""
    if options.with_comments and result and result.comments:
        text = f"{text}\n{result.comments}"  # trafilatura hands comments over apart from the text
    lead_added = bool(lead and missing_from(text, lead))
    if lead_added:
        text = f"{lead}\n{text}"
    doc = Document.from_text(text, format="html", **encoding)
    doc.chars_in = len(page)
    doc.metadata = metadata
    doc.removals.extend(pruned)
    return doc, HtmlPage(article_body=body, lead=doc.lines[0] if lead_added else None)


def body_words(text: str) -> list[str]:
    return NON_WORD.sub(" ", TAG.sub(" ", html.unescape(text)).casefold()).split()


def pairs(words: list[str]) -> set[tuple[str, ...]]:
    """Word pairs: word order tells a line that is in the articleBody from one that only
    shares its vocabulary. A one-word line is its own pair."""
    return set(pairwise(words)) if len(words) > 1 else {tuple(words)}


def share_in(words: list[str], known: set[tuple[str, ...]]) -> float:
    mine = pairs(words)
    return sum(p in known for p in mine) / len(mine) if words else 0.0


def check_article_body(doc: Document, page: HtmlPage) -> None:
    """Hold the kept and dropped lines against the page's JSON-LD articleBody.

    When the articleBody covers most of what was extracted it is trusted: a line the rules
    dropped that the articleBody holds is restored, and a kept line it does not hold is dropped."""
    if not page.article_body:
        return
    words = body_words(page.article_body)
    if len(words) < MIN_BODY_WORDS:
        return
    known = pairs(words) | {(w,) for w in words}
    lines = [(line, body_words(line.text)) for line in doc.lines if line.text.strip()]
    kept = [(line, words) for line, words in lines if line.kept and line is not page.lead]
    total = sum(len(words) for _, words in kept)
    held = sum(len(words) for _, words in kept if share_in(words, known) >= IN_BODY)
    if not total or held < TRUSTED_COVERAGE * total:
        return
    doc.restore(
        [
            line
            for line, words in lines
            if not line.kept
            and len(words) >= MIN_RESTORE_WORDS
            and ends_sentence(line.text)
            and share_in(words, known) >= IN_BODY
        ]
    )
    # The articleBody often leaves out the headline and the teaser: only what follows the
    # first line it holds is held against it.
    started = False
    for line, words in kept:
        share = share_in(words, known)
        started = started or share >= IN_BODY
        if started and share < OUT_OF_BODY:
            doc.drop(line, "article_body", "not in the page's JSON-LD articleBody")
