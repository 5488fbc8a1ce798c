"""The `classifier` rule: score every kept line, choose the article, drop the rest.

Its parts: `title`, `byline` and `dateline`, the lines at the article's edges read into
metadata (logged as classifier.title, classifier.byline, classifier.dateline)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from cleaners.classifier.anchor import find_headline
from cleaners.classifier.article import (
    ANCHOR_REACH,
    CLOSING_HEADING_NEEDLES,
    COMMENT_MARKER_NEEDLES,
    RELATED_HEADING_NEEDLES,
    SENTENCE_ENDS,
    cut_comments,
    densest_run,
    is_closing_heading,
    lead_lines,
    line_weight,
    list_items,
    run_after_anchor,
    stretch_over_lists,
    teaser_block,
    up_over_lists,
)
from cleaners.classifier.article_date import article_date
from cleaners.classifier.features import document_features, lower_tokens, strong_boilerplate
from cleaners.classifier.language import cjk_language, detect_language, stoplists
from cleaners.classifier.scoring import BAD, BAD_SCORE, GOOD, classify, edge_penalty, score, smooth
from cleaners.classifier.steps import steps_undecided
from cleaners.dates import parse_date, strip_date_parts
from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.lookup import lines_with
from cleaners.names import parse_byline
from cleaners.rules.bylines import DATE_LABEL, dateline_date, edge_run
from cleaners.shapes import TAIL_LINES, is_headline_shaped, laid_out_in_blocks, normalised

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


@dataclass(slots=True)
class Choice:
    """The article the classifier chose among `kept`: the indexes of its first and last line,
    the page title's headline (anchor), and what it read of each line."""

    first: int
    last: int
    anchor: int | None
    scored: list[tuple]
    texts: list[str]
    strong: list[bool]
    good: list[bool]  # may open the article's lead above its run (see lead_lines)
    stoplist: frozenset[str]
    whole: bool = False  # the text reads as an article whole (see frameless): nothing is cut


def find_article(doc: Document, log: RuleLog) -> None:
    kept = doc.kept()
    if not kept:
        return
    chosen = choose_article(doc, kept, framed=bool(doc.removals))
    if chosen is None:
        return
    first, last, anchor, texts = chosen.first, chosen.last, chosen.anchor, chosen.texts
    dated = article_date(texts, first, last)
    if dated and doc.metadata.date is None:
        doc.metadata.date = dated[0]
    if chosen.whole:
        read_metadata_only(doc, kept[first : first + 2])
        return
    title_line = read_margins(doc, log, kept, first, last)
    chosen = settled(doc, kept, chosen)
    if (chosen.first, chosen.last) != (first, last):
        # the run the page chose is where its date and byline stand, at its margins or among
        # its last lines (where the dateline and byline rules would have read them); the
        # settled run is inside it
        for line in edge_run(kept[chosen.last + 1 : last + 1][::-1], TAIL_LINES):
            read_edge_line(doc, log, line)
        first, last = chosen.first, chosen.last
        title_line = read_margins(doc, log, kept, first, last)
    if anchor is not None and first - ANCHOR_REACH <= anchor < first and kept[anchor].kept:
        title_line = kept[anchor]  # the page title's headline, right above the article
    if title_line is not None and doc.metadata.title is None:
        doc.metadata.title = title_line.text.strip()
        log.part("title").drop(title_line, "headline above the article")
    related = related_texts(doc)
    leads = leads_of(chosen)
    doc.article = (kept[first].no, kept[last].no)
    log.drop_all(
        boilerplate(kept, chosen.scored, texts, (first, last), title_line, related, chosen.strong, leads)
    )


def leads_of(chosen: Choice) -> set[int]:
    return lead_lines(chosen.texts, chosen.good, (chosen.first, chosen.last), chosen.stoplist)


def related_texts(doc: Document) -> set[str]:
    return {line.text for line in lines_with(doc, RELATED_HEADING_NEEDLES)}  # may open teasers


def choose_article(doc: Document, kept: list[Line], framed: bool) -> Choice | None:
    """The article among the `kept` lines; None when they read as an article whole (no bad
    line, or only a few lines around the article, which the named rules read); a whole choice
    (all the lines, `whole`) when no frame stands around its run (see frameless). `framed`:
    the named rules found a page's frame around the lines already."""
    stoplist = document_stoplist(kept)
    texts = [line.text for line in kept]
    keys = normalised_all(texts)  # for repetitions and the headline both
    repeated = repetitions(texts, keys)
    features = document_features(doc, kept, stoplist, repeated)
    scored = [(*score(f), f.words) for f in features]
    raw_classes = [classify(value, words) for value, _, words in scored]
    if BAD not in raw_classes:
        return None  # the whole document reads as an article: keep it whole
    classes = smooth(steps_undecided(texts, raw_classes))
    markers = {line.text for line in lines_with(doc, COMMENT_MARKER_NEEDLES)}  # may frame a comment
    weights = [
        line_weight(cls, f.words, text if text in markers else "", value)
        for cls, f, text, (value, _, _) in zip(classes, features, texts, scored, strict=True)
    ]
    first, last = densest_run(weights)
    if last < first:
        return None
    strong = [strong_boilerplate(f) for f in features]
    if not framed and frameless(doc, texts, strong, (first, last)):
        return Choice(0, len(kept) - 1, None, scored, texts, strong, [], stoplist, whole=True)
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
    # a lead reads as prose wherever it stands: at the text's top once the page around is gone
    good = [
        classify(value + edge_penalty(f), words) == GOOD and not weak
        for (value, _, words), f, weak in zip(scored, features, strong, strict=True)
    ]
    if anchor is not None:
        good[0] = False  # the page's title, its headline repeated below: no lead
    lead = over_lead_gap(texts, good, (first, last), stoplist, [f.terminal for f in features])
    if lead < first:  # a list above the lead (a recipe's ingredients) is the article's too
        lead = up_over_lists(list_items(texts), classes, ends, lead)
    first = lead
    if first <= HEAD_MARGIN and last >= len(kept) - 1 - TAIL_MARGIN:
        if not is_frame_tail(texts[last + 1 :]):
            return None  # an article with a few lines around it: the named rules read those
        first = 0  # its few head lines stay for the named rules; the frame below it goes
    return Choice(first, last, anchor, scored, texts, strong, good, stoplist)


def is_frame_tail(tail: list[str]) -> bool:
    """Do the few lines below an article read as a page's frame? None of them ends a sentence:
    a "Related topics" heading, teasers' headlines, a call to sign up. The article's own last
    lines that its run left out (a signature, a closing question, a note) end one."""
    return bool(tail) and not any(text.rstrip().endswith(SENTENCE_ENDS) for text in tail)


def frameless(doc: Document, texts: list[str], strong: list[bool], run: tuple[int, int]) -> bool:
    """Does no line outside the run bear a page's frame? Then the lines scoring low around the
    run are the article's own (a spec list, a line-up, a table under its prose), as in a text
    cleaned already: it is kept whole. A frame stands only in a page's dump, which keeps the
    lines of a block together (a menu, a list of links, a footer's rows: no blank line between
    them), where a clean text, as the cleaning writes it, sets a blank line between each two
    (see laid_out_in_blocks); its line has a strong feature (see strong_boilerplate) or is a
    sentence of some length (a comment policy, a disclosure, a teaser's summary), which a list
    or a table around an article has not."""
    first, last = run
    return not laid_out_in_blocks(doc.lines) or not any(
        strong[i] or is_frame_sentence(texts[i]) for i in range(len(texts)) if not first <= i <= last
    )


FRAME_SENTENCE_WORDS = 8  # a list item or a table row is shorter, or ends no sentence


def is_frame_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?")) and len(text.split()) >= FRAME_SENTENCE_WORDS


def over_lead_gap(
    texts: list[str], good: list[bool], run: tuple[int, int], stoplist: frozenset[str], terminal: list[bool]
) -> int:
    """The first index of the article, moved up from the run's over its leads (see lead_lines)
    and the short lines between: a region's subheadings, list items and table rows above the
    run are the article's when prose of the article stands above them. It stops below a lead
    that reads as a headline or ends like no sentence (a page's title, a teaser), and where
    the lines between hold a byline or a dateline (the article's head, above which it does not
    go on)."""
    first = run[0]
    for lead in sorted(lead_lines(texts, good, run, stoplist), reverse=True):
        text = texts[lead]
        if (
            not terminal[lead]
            or is_headline_shaped(text)
            or any(map(is_edge_reading, texts[lead + 1 : first]))
        ):
            break
        first = lead
    return first


MAX_SETTLING = 4  # choices of the article from its own lines; one or two settle it


def settled(doc: Document, kept: list[Line], chosen: Choice) -> Choice:
    """The chosen article, chosen again from the lines it leaves until that keeps them all.
    Read alone, an article's lines score otherwise than inside the page (its first and last
    lines stand at the text's edges, the teasers that carried the run past its end are gone):
    a shorter run in them is the article (a fact box under it, read alone, is none). They are
    read in the dump's layout, so that a frame left among them is still told (see frameless)."""
    for _ in range(MAX_SETTLING):
        left = left_in_text(doc, kept, chosen)
        # read alone, the article has no frame the named rules found
        again = choose_article(doc, [kept[i] for i in left], framed=False) if left else None
        if again is None or again.whole:
            break
        first, last = left[again.first], left[again.last]
        if (first, last) == (chosen.first, chosen.last):
            break
        chosen.first, chosen.last = first, last
    return chosen


def left_in_text(doc: Document, kept: list[Line], chosen: Choice) -> list[int]:
    """The indexes of the lines the article's choice keeps: its run, bar the lines boilerplate()
    drops inside it and a byline or dateline read on its first two lines."""
    first, last = chosen.first, chosen.last
    related = related_texts(doc)
    leads = leads_of(chosen)
    run = (first, last)
    inside = boilerplate(kept, chosen.scored, chosen.texts, run, None, related, chosen.strong, leads)
    dropped = {id(line) for line, _ in inside}
    edge = {i for i in range(first, min(first + 2, last + 1)) if is_edge_reading(chosen.texts[i])}
    run = [i for i in range(first, last + 1) if id(kept[i]) not in dropped and i not in edge]
    return sorted(leads) + run


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
    # A line of no word is markup (a table's |---| row, a list's lone "-", a "* * *" break):
    # it repeats inside articles as much as in a page's frame, so its repeats tell nothing.
    return [counts[key] > 1 and has_word(key) for key in keys]


def has_word(text: str) -> bool:
    return any(char.isalnum() for char in text)


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


def read_metadata_only(doc: Document, lines: list[Line]) -> None:
    """The date and byline of a text kept whole, read from its first lines and left in place:
    a text cleaned already keeps them (a second cleaning cuts nothing, see frameless)."""
    for line in lines:
        read_edge_metadata(doc, line.text)


def dated_byline(text: str) -> tuple[list[str], str | None] | None:
    """The byline in "Posted on 12 January 2023 by Tom", when the rest is a date."""
    if len(text.split()) > MAX_DATED_BYLINE_WORDS or not parse_date(text):
        return None
    rest = " ".join(strip_date_parts(DATE_LABEL.sub("", text, count=1)).split())
    return parse_byline(rest.strip(" ,|·•-–—"))


def is_edge_reading(text: str) -> bool:
    """Does read_edge_line() take this line (a dateline or a byline)?"""
    return bool(dateline_date(text) or parse_byline(text) or dated_byline(text))


def read_edge_line(doc: Document, log: RuleLog, line: Line) -> None:
    if not line.kept:
        return  # read already, at the margin of the run the page chose
    part = read_edge_metadata(doc, line.text)
    if part:
        log.part(part).drop(line, f"{part} next to the article")


def read_edge_metadata(doc: Document, text: str) -> str | None:
    """A dateline's date or a byline's names and outlet to metadata (what is known stays):
    which of the two the line is, or None."""
    iso = dateline_date(text)
    if iso:
        doc.metadata.date = doc.metadata.date or iso
        return "dateline"
    byline = parse_byline(text) or dated_byline(text)
    if byline:
        names, outlet = byline
        doc.metadata.author = doc.metadata.author or names
        doc.metadata.sitename = doc.metadata.sitename or outlet
        return "byline"
    return None
