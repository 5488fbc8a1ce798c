"""The `classifier` rule: score every kept line, choose the article, drop the rest.

Its parts: `title`, `byline` and `dateline`, the lines at the article's edges read into
metadata (logged as classifier.title, classifier.byline, classifier.dateline)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from cleaners.classifier.anchor import find_headline
from cleaners.classifier.article import (
    ANCHOR_REACH,
    CLOSING_HEADING_NEEDLES,
    COMMENT_MARKER_NEEDLES,
    RELATED_HEADING_NEEDLES,
    cut_comments,
    densest_run,
    is_closing_heading,
    lead_lines,
    line_weight,
    run_after_anchor,
    stretch_over_lists,
    teaser_block,
)
from cleaners.classifier.article_date import article_date
from cleaners.classifier.features import document_features, lower_tokens, strong_boilerplate
from cleaners.classifier.language import cjk_language, detect_language, stoplists
from cleaners.classifier.scoring import BAD, BAD_SCORE, GOOD, classify, score, smooth
from cleaners.dates import parse_date, strip_date_parts
from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.lookup import lines_with
from cleaners.names import parse_byline
from cleaners.rules.bylines import DATE_LABEL, dateline_date
from cleaners.shapes import is_headline_shaped, normalised

HEAD_MARGIN = 6  # lines above the article where its title, byline and date stand
TAIL_MARGIN = 3  # lines below it where a byline or date may stand
FALLBACK_LANGUAGE = "English"
MAX_DATED_BYLINE_WORDS = 16
PROSE_SPACES = 4  # the language is read from lines of five words or more ...
LANGUAGE_SAMPLE_CHARS = 3_000  # ... up to this much text (some 500 words: enough to tell)


def document_stoplist(lines: list[Line]) -> frozenset[str]:
    """The stoplist of the document's language, by stopword coverage (none for CJK text).
    Only the classifier's features read it: the metadata's language is the clean text's
    (cleaners/language.py)."""
    text = prose_sample(lines)
    if cjk_language(text or "\n".join(line.text for line in lines)):
        return frozenset()
    name = detect_language(lower_tokens(text[:LANGUAGE_SAMPLE_CHARS]))
    return stoplists()[name or FALLBACK_LANGUAGE]


def prose_sample(lines: list[Line]) -> str:
    """The start of the lines of prose, one newline between: the first LANGUAGE_SAMPLE_CHARS
    of their whole join (all that the language is read from), or more."""
    prose, size = [], 0
    for line in lines:
        if line.text.count(" ") >= PROSE_SPACES:
            prose.append(line.text)
            size += len(line.text) + 1
            if size > LANGUAGE_SAMPLE_CHARS:
                break  # the slices taken below stop before the lines left out
    return "\n".join(prose)


def find_article(doc: Document, log: RuleLog) -> None:
    kept = doc.kept()
    if not kept:
        return
    stoplist = document_stoplist(kept)
    texts = [line.text for line in kept]
    keys = normalised_all(texts)  # for repetitions and the headline both
    repeated = repetitions(texts, keys)
    features = document_features(doc, kept, stoplist, repeated)
    scored = [(*score(f), f.words) for f in features]
    raw_classes = [classify(value, words) for value, _, words in scored]
    if BAD not in raw_classes:
        return  # the whole document reads as an article: keep it whole
    classes = smooth(raw_classes)
    markers = {line.text for line in lines_with(doc, COMMENT_MARKER_NEEDLES)}  # may frame a comment
    weights = [
        line_weight(cls, f.words, text if text in markers else "", value)
        for cls, f, text, (value, _, _) in zip(classes, features, texts, scored, strict=True)
    ]
    first, last = densest_run(weights)
    if last < first:
        return
    strong = [strong_boilerplate(f) for f in features]
    headings = {line.text for line in lines_with(doc, CLOSING_HEADING_NEEDLES)}
    ends = [
        (text in headings and is_closing_heading(text)) or weak
        for text, weak in zip(texts, strong, strict=True)
    ]
    first, last = stretch_over_lists(texts, classes, ends, (first, last))
    anchor = find_headline(texts, keys)
    if anchor is not None:
        first, last = run_after_anchor(weights, anchor, (first, last))
    last = cut_comments(texts, weights, first, last, headings)
    if first <= HEAD_MARGIN and last >= len(kept) - 1 - TAIL_MARGIN:
        return  # an article with a few lines around it: the named rules read those
    dated = article_date(texts, first, last)
    if dated and doc.metadata.date is None:
        doc.metadata.date = dated[0]
    title_line = read_margins(doc, log, kept, first, last)
    if anchor is not None and first - ANCHOR_REACH <= anchor < first and kept[anchor].kept:
        title_line = kept[anchor]  # the page title's headline, right above the article
    if title_line is not None and doc.metadata.title is None:
        doc.metadata.title = title_line.text.strip()
        log.part("title").drop(title_line, "headline above the article")
    related = {line.text for line in lines_with(doc, RELATED_HEADING_NEEDLES)}  # may open teasers
    good = [cls == GOOD and not weak for cls, weak in zip(raw_classes, strong, strict=True)]
    if anchor is not None:
        good[0] = False  # the page's title, its headline repeated below: no lead
    leads = lead_lines(texts, good, (first, last), stoplist)
    doc.article = (kept[first].no, kept[last].no)
    log.drop_all(boilerplate(kept, scored, texts, (first, last), title_line, related, strong, leads))


def boilerplate(
    kept: list[Line],
    scored: list[tuple],
    texts: list[str],
    run: tuple[int, int],
    title_line: Line | None,
    related: set[str],
    strong: list[bool],
    leads: set[int],
) -> Iterator[tuple[Line, str]]:
    """(line, reason) for each line outside the article run (bar the title line) and for the
    teaser blocks and the bad lines inside it that a strong feature marks (see
    strong_boilerplate): a short line between paragraphs, a subheading or a list item, is the
    article's however low it scores. `related`: the texts that may be a heading over teasers
    (see teaser_block); `leads`: the indexes of the article's lead above the run (see
    lead_lines), kept."""
    first, last = run
    teasers_until = -1
    for i, line in enumerate(kept):
        value, reasons, _ = scored[i]
        if first <= i <= last:
            if i > teasers_until and texts[i] in related:
                teasers_until = teaser_block(texts, i, last)
            if i <= teasers_until:
                where = "related links inside the article"
            elif strong[i] and value < BAD_SCORE:
                where = "inside the article"
            else:
                continue
        elif line is title_line or i in leads:
            continue
        else:
            where = "above the article" if i < first else "below the article"
        yield line, f"boilerplate block (score {value:.1f}: {', '.join([*reasons, where])})"


# Whitespace other than a single space between words (which normalised() would change).
IRREGULAR_SPACES = ("  ", " \n", "\n ", *"\t\r\x0b\x0c\x1c\x1d\x1e\x1f")
IRREGULAR_SPACES_NOT_ASCII = (
    *"\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000",
    *map(chr, range(0x2000, 0x200B)),
)


def normalised_all(texts: list[str]) -> list[str]:
    """[normalised(text) for text in texts], in one casefold() when no text holds a newline or
    a space that normalised() would fold (normalise_text has folded them: the usual case)."""
    joined = "\n".join(texts)
    irregular = IRREGULAR_SPACES if joined.isascii() else IRREGULAR_SPACES + IRREGULAR_SPACES_NOT_ASCII
    if (
        joined.count("\n") != len(texts) - 1
        or joined[:1] == " "
        or joined[-1:] == " "
        or any(space in joined for space in irregular)
    ):
        return [normalised(text) for text in texts]
    return joined.casefold().split("\n")  # casefold() makes no newline


def repetitions(texts: list[str], keys: list[str] | None = None) -> list[bool]:
    """Per line: does its text stand again in the document (a menu in the header and again
    in the footer, a teaser list shown twice)? `keys`: the texts normalised, if at hand."""
    keys = keys if keys is not None else [normalised(text) for text in texts]
    counts = Counter(keys)
    return [counts[key] > 1 for key in keys]


def read_margins(doc: Document, log: RuleLog, kept: list[Line], first: int, last: int) -> Line | None:
    """Date, byline and title in the lines just above or below the article go to metadata;
    the title line (returned) is left in place for the `title` rule to read."""
    above = kept[max(0, first - HEAD_MARGIN) : first]
    below = kept[last + 1 : last + 1 + TAIL_MARGIN]
    title_line = None
    for line in reversed(above):
        read_edge_line(doc, log, line)
        if title_line is None and line.kept and is_headline_shaped(line.text):
            title_line = line
    for line in [*kept[first : first + 2], *below]:
        read_edge_line(doc, log, line)
    return title_line


def dated_byline(text: str) -> tuple[list[str], str | None] | None:
    """The byline in "Posted on 12 January 2023 by Tom", when the rest is a date."""
    if len(text.split()) > MAX_DATED_BYLINE_WORDS or not parse_date(text):
        return None
    rest = " ".join(strip_date_parts(DATE_LABEL.sub("", text, count=1)).split())
    return parse_byline(rest.strip(" ,|·•-–—"))


def read_edge_line(doc: Document, log: RuleLog, line: Line) -> None:
    iso = dateline_date(line.text)
    if iso:
        doc.metadata.date = doc.metadata.date or iso
        log.part("dateline").drop(line, "dateline next to the article")
        return
    byline = parse_byline(line.text) or dated_byline(line.text)
    if byline:
        names, outlet = byline
        doc.metadata.author = doc.metadata.author or names
        doc.metadata.sitename = doc.metadata.sitename or outlet
        log.part("byline").drop(line, "byline next to the article")
