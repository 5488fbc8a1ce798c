"""The articleBody check: the page's JSON-LD articleBody is its own statement of what its
article is. When it holds most of the extracted text it is trusted: a line the rules dropped
that it holds as prose is restored, and a kept line after the start of the article that it
does not hold goes."""

from __future__ import annotations

import html
from itertools import pairwise

from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.regex import lazy_compile
from cleaners.shapes import ends_sentence

TAG = lazy_compile(r"<[^<>]+>")
NON_WORD = lazy_compile(r"[^\w]+")
MIN_BODY_WORDS = 50  # a shorter articleBody is a teaser, not the article
TRUSTED_COVERAGE = 0.6  # share of the extracted words the articleBody must hold to be trusted
IN_BODY = 0.8  # share of a line's word pairs found in the articleBody for the line to be article
OUT_OF_BODY = 0.3  # below this share a line is not article
# Only prose is restored: pages also put their "Read more: <headline>" pointers in articleBody.
MIN_RESTORE_WORDS = 15


def body_words(text: str) -> list[str]:
    return NON_WORD.sub(" ", TAG.sub(" ", html.unescape(text)).casefold()).split()


def pairs(words: list[str]) -> set[tuple[str, ...]]:
    """Word pairs: word order tells a line that is in the articleBody from one that only
    shares its vocabulary. A one-word line is its own pair."""
    return set(pairwise(words)) if len(words) > 1 else {tuple(words)}


def share_in(words: list[str], known: set[tuple[str, ...]]) -> float:
    mine = pairs(words)
    return sum(p in known for p in mine) / len(mine) if words else 0.0


def check_article_body(doc: Document, log: RuleLog) -> None:
    """Hold the kept and dropped lines against the page's JSON-LD articleBody."""
    if not doc.page.article_body:
        return
    words = body_words(doc.page.article_body)
    if len(words) < MIN_BODY_WORDS:
        return
    known = pairs(words) | {(w,) for w in words}
    lead = doc.lines[0] if doc.page.lead_added else None  # the page shows it; its body may not
    lines = [(line, body_words(line.text)) for line in doc.lines if line.text.strip()]
    kept = [(line, words) for line, words in lines if line.kept and line is not lead]
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
            log.drop(line, "not in the page's JSON-LD articleBody")
