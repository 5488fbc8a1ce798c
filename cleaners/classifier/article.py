"""Choose the article: the densest run of good lines, cut before a comment thread."""

from __future__ import annotations

import re

from cleaners.classifier.features import lower_tokens
from cleaners.classifier.scoring import BAD, GOOD
from cleaners.classifier.steps import step_number
from cleaners.lexicon import headings
from cleaners.lexicon.patterns import alternation, needles
from cleaners.regex import lazy_compile

MAX_GOOD_WEIGHT = 100  # one very long line should not outweigh a run of paragraphs
SCORE_SCALE = 3.0
MIN_FACTOR, MAX_FACTOR = 0.5, 1.5
MIN_BAD_WEIGHT = 9.0  # even a one-word menu item costs the run something
BAD_WEIGHT_PER_WORD = 0.5
MAX_HEADING_WORDS = 6  # a closing heading or a comment's frame is no longer
# The lines that frame each comment of a thread: "Jane says:", "Reply", "12 Likes".
COMMENT_MARKER = lazy_compile(
    rf"^(?:.{{1,60}}\s(?:{alternation(headings.COMMENTER_SAYS)})\s*:?|{alternation(headings.COMMENT_BUTTONS)}|"
    rf"\d+\s+(?:{alternation(headings.COMMENT_COUNTS)}))\W*$",
    re.IGNORECASE,
)
# Words every COMMENT_MARKER match holds (folded): a line holding none is no comment's frame.
COMMENT_MARKER_NEEDLES = needles(headings.COMMENTER_SAYS + headings.COMMENT_BUTTONS + headings.COMMENT_COUNTS)
COMMENT_MARKER_WEIGHT = -30.0  # a comment's frame breaks the run: each comment stands alone
MIN_SHARE_BEFORE_COMMENTS = 0.3  # a "Comments" link near the top is not where the thread starts


def line_weight(cls: str, words: int, text: str = "", value: float = 1.0) -> float:
    """What a line adds to a run: a good line its words (more when it reads clearly as
    prose), a bad line a cost, a comment's frame a cost that breaks the run."""
    if words <= MAX_HEADING_WORDS and is_comment_marker(text):
        return COMMENT_MARKER_WEIGHT
    if cls == GOOD:
        factor = min(max(value / SCORE_SCALE, MIN_FACTOR), MAX_FACTOR) if SCORE_SCALE else 1.0
        return min(words, MAX_GOOD_WEIGHT) * factor
    return -max(MIN_BAD_WEIGHT, words * BAD_WEIGHT_PER_WORD) if cls == BAD else 0.0


# A list at the article's edge (ingredients, steps, items) is the article's: its lines are
# short and score low, but most of them start like list items ("2 eggs", "- step", "• item")
# and none is boilerplate by a strong feature. The run is stretched over such a list, and
# over the paragraphs past it when it stands between paragraphs.
LIST_ITEM = lazy_compile(r"^\s*(?:\d|[-–—•*·▪►✓✔]\s|\|)")  # a table's rows too
MIN_LIST_SHARE = 0.5  # of the lines that start like a list item
MIN_LIST_ITEMS = 2
MAX_LIST_GAPS = 20  # lines of a list that are no item (its subheadings, notes): a longer list is a page's
# A quantity alone on its line ("135 g", "2 gestr. TL", "1/2", "3"), its name on the next
# ("Butter"), pair after pair: a recipe's ingredients as a page sets them in two columns. A date
# or a time ("31.10.2023", "10:19") is no quantity.
QUANTITY = lazy_compile(r"^\s*\d+(?:[.,]\d+)?(?:\s*[-–/]\s*\d+)?(?:\s+[^\s\d]\S*){0,2}\s*$")
MAX_NAME_WORDS = 6


def list_items(texts: list[str]) -> list[bool]:
    """Per line: does it read as a list's item? It starts like one (see LIST_ITEM), or it is the
    name of the quantity above it, in a run of such pairs."""
    quantity = [bool(QUANTITY.match(text)) for text in texts]
    return [
        bool(LIST_ITEM.match(text))
        or (is_named_quantity(quantity, i) and 0 < len(text.split()) <= MAX_NAME_WORDS)
        for i, text in enumerate(texts)
    ]


def is_named_quantity(quantity: list[bool], i: int) -> bool:
    """Is line i a name under a quantity, with another pair before or after it?"""
    if i == 0 or not quantity[i - 1] or quantity[i]:
        return False
    return (i + 1 < len(quantity) and quantity[i + 1]) or (i >= 3 and quantity[i - 3])


def list_end(items: list[bool], classes: list[str], ends: list[bool], start: int, step: int) -> int | None:
    """The index of the last line of the list that starts at `start` going `step` (1: down,
    -1: up) and stops before a good line, a line that `ends` marks or the document's end;
    None when the lines there are no list. `items`: per line, whether it reads as a list's
    item (see list_items)."""
    found = lines = 0
    i = start
    while 0 <= i < len(items) and classes[i] != GOOD and not ends[i]:
        if lines - found >= MAX_LIST_GAPS:
            return None
        lines += 1
        found += items[i]
        i += step
    if found < MIN_LIST_ITEMS or found < MIN_LIST_SHARE * lines:
        return None
    return i - step


def stretch_over_lists(
    texts: list[str], classes: list[str], ends: list[bool], run: tuple[int, int]
) -> tuple[int, int]:
    """The run stretched up and down over the lists at its edges, and over the good lines
    past each (a list between paragraphs). `ends`: per line, whether no list goes on over it
    (a closing heading, a line bad by a strong feature)."""
    first, last = run
    if last < first:
        return run
    items = list_items(texts)
    while (end := list_end(items, classes, ends, last + 1, 1)) is not None:
        last = end
        while last + 1 < len(texts) and classes[last + 1] == GOOD:
            last += 1
    last = over_step_markers(texts, classes, ends, last, 1)
    first = up_over_lists(items, classes, ends, first)
    first = over_step_markers(texts, classes, ends, first, -1)
    while first > 0 and not ends[first - 1] and is_short_sentence(texts[first - 1]):
        first -= 1
    return first, last


def up_over_lists(items: list[bool], classes: list[str], ends: list[bool], first: int) -> int:
    """The run's first index moved up over the lists above it and the good lines above each
    (see stretch_over_lists)."""
    while (end := list_end(items, classes, ends, first - 1, -1)) is not None:
        first = end
        while first > 0 and classes[first - 1] == GOOD:
            first -= 1
    return first


# Steps numbered on lines of their own ("4.", "2)", "- ", "Step 3", "Krok 5", "3 of 12"), a step's
# title under its marker at times ("Step 2" / "Make the dough"): each marker stands between two
# steps of the article, and it goes on past the marker that the run ends at. A step's lines are
# good ones, or short sentences (a recipe's "Stir well."), which score low.
MAX_MARKER_WORDS = 2
MAX_STEP_TITLE_WORDS = 5


def is_step_marker(text: str) -> bool:
    short_item = bool(LIST_ITEM.match(text)) and len(text.split()) <= MAX_MARKER_WORDS
    return short_item or step_number(text) is not None


def is_step_title(text: str) -> bool:
    return 0 < len(text.split()) <= MAX_STEP_TITLE_WORDS and not text.rstrip().endswith(SENTENCE_ENDS)


def over_step_markers(texts: list[str], classes: list[str], ends: list[bool], edge: int, step: int) -> int:
    """The index the run's edge at `edge` moves to going `step` (1: down, -1: up) over each
    step marker (and its title) followed by a step's lines (going up, good ones alone); going
    up, over the first step's marker (numbered 1) with nothing above it."""

    def is_step_line(i: int) -> bool:
        # going up, a short sentence over a marker may be the page's (a dateline's "Press release | X e.V.")
        if not 0 <= i < len(texts) or ends[i]:
            return False
        return classes[i] == GOOD or (step > 0 and is_short_sentence(texts[i]))

    while (head := step_head(texts, ends, edge, step)) is not None:
        beyond = head + step if step > 0 else head - 1
        if not is_step_line(beyond):
            if step < 0 and step_number(texts[head]) == 1:
                return head
            break
        edge = beyond
        while is_step_line(edge + step):
            edge += step
    return edge


def step_head(texts: list[str], ends: list[bool], edge: int, step: int) -> int | None:
    """The far index of the step's head (its marker, and its title under the marker) next to
    the run's edge going `step`; None when no marker stands there."""
    near, far = edge + step, edge + 2 * step
    if not 0 <= near < len(texts) or ends[near]:
        return None
    if is_step_marker(texts[near]):
        below = near + 1
        titled = step > 0 and below < len(texts) and not ends[below] and is_step_title(texts[below])
        return below if titled and not is_step_marker(texts[below]) else near
    if step < 0 and far >= 0 and not ends[far] and is_step_title(texts[near]) and is_step_marker(texts[far]):
        return far
    return None


# A sentence right above the run is the article's first: a lead, a recipe's first step, whose
# few words score low. A page's frame above an article seldom ends a sentence (menus, labels,
# bylines); the sentences it has (a teaser's) stand behind one of those.
MIN_SENTENCE_WORDS = 4
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")


def is_short_sentence(text: str) -> bool:
    stripped = text.rstrip()
    return stripped.endswith(SENTENCE_ENDS) and len(stripped.split()) >= MIN_SENTENCE_WORDS


ANCHOR_REACH = 25  # the article starts at most this many lines below its headline
ANCHOR_SHARE = 0.3  # of the best run's weight


# A lead above the article: prose that the run's start left out, a block of short lines (a
# byline, a dateline, a picture's caption, a table of contents) standing between. It is the
# article's when it reads as prose on its own (a good line, no strong boilerplate feature) and
# speaks of what the article does: a fair share of its content words stand in the article too.
# A teaser or a promotion above the article shares few of them.
MIN_LEAD_SHARE = 0.1  # of a lead's content words that the article holds
MIN_CONTENT_CHARS = 3  # a shorter word is a stopword the stoplist lacks, or a number


def content_words(text: str, stoplist: frozenset[str]) -> list[str]:
    return [w for w in lower_tokens(text) if len(w) >= MIN_CONTENT_CHARS and w not in stoplist]


def lead_lines(
    texts: list[str], good: list[bool], run: tuple[int, int], stoplist: frozenset[str]
) -> set[int]:
    """The indexes of the lines above the run that are its lead (see MIN_LEAD_SHARE). `good`:
    per line, whether it reads as prose on its own."""
    first, last = run
    above = [i for i in range(first) if good[i]]
    if not above:
        return set()
    article = set()
    for text in texts[first : last + 1]:
        article.update(content_words(text, stoplist))
    leads = set()
    for i in above:
        words = content_words(texts[i], stoplist)
        if words and sum(w in article for w in words) >= MIN_LEAD_SHARE * len(words):
            leads.add(i)
    return leads


def run_after_anchor(weights: list[float], anchor: int, best: tuple[int, int]) -> tuple[int, int]:
    """The densest run starting soon after the headline, when it holds a fair share of the
    weight of the best run anywhere; else the best run. A best run above the headline is kept:
    the title's echo below it heads a box of teasers or top stories, not the article (on T2 and
    T3 this keeps 2 more gold snippets each and no junk; T1 and the seeds are the same)."""
    if best[1] < anchor:
        return best
    first, last = densest_run(weights[anchor + 1 :])
    if last < first or first > ANCHOR_REACH:
        return best
    first, last = first + anchor + 1, last + anchor + 1
    if first <= best[0] <= last:
        return first, last  # the same run, or one that holds it
    mine = sum(weights[first : last + 1])
    theirs = sum(weights[best[0] : best[1] + 1])
    return (first, last) if mine >= ANCHOR_SHARE * theirs else best


def densest_run(weights: list[float]) -> tuple[int, int]:
    """(first, last) indexes of the run with the highest sum (Kadane); (0, -1) if none."""
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if total <= 0:
            total, start = weight, i
        else:
            total += weight
        if total > best:
            best, best_span = total, (start, i)
    return best_span


# The comment form: these open the thread or close the article, whatever follows them.
COMMENT_FORM = lazy_compile(rf"^\W*(?:{alternation(headings.COMMENT_FORMS)})\b", re.IGNORECASE)


# A heading over teasers for other articles: "Read more:", "Lesen Sie auch", "À lire aussi".
TEASER_HEADINGS = headings.RELATED + headings.RELATED_TEASERS
RELATED_HEADING = lazy_compile(rf"^\W*(?:{alternation(TEASER_HEADINGS)})\b[\W]*$", re.IGNORECASE)
# Words every RELATED_HEADING match holds (folded): a line holding none opens no teasers.
RELATED_HEADING_NEEDLES = needles(TEASER_HEADINGS)
MAX_TEASER_WORDS = 20
MAX_TEASERS = 6


def teaser_block(texts: list[str], start: int, end: int) -> int:
    """The last index of the teaser list that a related heading at start opens (the heading
    itself when no teaser follows); start - 1 when texts[start] is no such heading."""
    if not RELATED_HEADING.match(texts[start]):
        return start - 1
    last = start
    for i in range(start + 1, min(end + 1, start + 1 + MAX_TEASERS)):
        text = texts[i].rstrip()
        if len(text.split()) > MAX_TEASER_WORDS or text.endswith((".", "!", "。")):
            break
        last = i
    return last


# The headings that close an article wherever they stand in it, once a fair share of its text
# is above them: a comment thread's or its form's, and those of the navigation that ends a page
# (tags, topics, most read). The headings over related links are not among them: the teasers
# under one are cut (teaser_block), and the article may go on after them.
CLOSING_HEADINGS = headings.COMMENTS + headings.SECTIONS + headings.RELATED_TEASERS
CLOSING_HEADING = lazy_compile(
    rf"^\W*(?:\d+\s+)?(?:{alternation(CLOSING_HEADINGS)})\b[\W\d]*(?:\(\d+\))?\W*$", re.IGNORECASE
)


def is_closing_heading(text: str) -> bool:
    if COMMENT_FORM.match(text):
        return True
    return len(text.split()) <= MAX_HEADING_WORDS and bool(CLOSING_HEADING.match(text))


def is_comment_marker(text: str) -> bool:
    return bool(COMMENT_MARKER.match(text.strip()))


# Words every CLOSING_HEADING and COMMENT_FORM match holds (folded): see cut_comments.
CLOSING_HEADING_NEEDLES = needles(CLOSING_HEADINGS + headings.COMMENT_FORMS)


# A box of teasers inside the article ("Most read", "Read also:" over a few headlines) with the
# article's paragraphs going on past it, at times under a subheading: its heading closes
# nothing, and its teasers are cut (teaser_block). A paragraph there weighs as a good line of
# some ten words or more; on T2 this keeps 5 more gold snippets and no junk (T3, T1 +.001 F1).
MIN_RESUMING_WEIGHT = 15.0
RESUMING_REACH = 2  # lines past the teasers: the paragraph, or a subheading and the paragraph


def is_teaser_box(texts: list[str], weights: list[float], start: int, last: int) -> bool:
    """Does a heading over teasers at start (see teaser_block) have the article's prose past
    its teasers, before the run's `last` line?"""
    end = teaser_block(texts, start, last)
    resuming = weights[end + 1 : min(end + 1 + RESUMING_REACH, last + 1)]
    return start < end < last and max(resuming) >= MIN_RESUMING_WEIGHT


def cut_comments(
    texts: list[str], weights: list[float], first: int, last: int, headings: set[str] | None = None
) -> int:
    """The last index of the article: before the first closing heading (a comment thread's,
    tags', most read's) inside the run that has a fair share of the run's text above it, bar
    a box of teasers that the article goes on past (see is_teaser_box).
    `headings`: the texts that may be one (those holding a CLOSING_HEADING_NEEDLES word), if
    known."""
    total = sum(w for w in weights[first : last + 1] if w > 0)
    before = 0.0
    for i in range(first, last + 1):
        text = texts[i]
        if (
            i > first
            and before >= MIN_SHARE_BEFORE_COMMENTS * total
            and (headings is None or text in headings)
            and is_closing_heading(text)
            and not is_teaser_box(texts, weights, i, last)
        ):
            return i - 1
        before += max(weights[i], 0.0)
    return last
