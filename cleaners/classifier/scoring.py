"""A score per line from its features, a class from the score, then the neighbours' say.

Positive scores read as article prose, negative as boilerplate. The weights are few and
each is a plain reading of one feature; they were tuned on the development benchmark.
"""

from __future__ import annotations

from cleaners.classifier.features import Features

GOOD, SHORT, BAD = "good", "short", "bad"
GOOD_SCORE = 0.5  # at or above: reads as article prose
BAD_SCORE = -1.0  # below: reads as boilerplate; in between: short, decided by context
LONG_WORDS = 60  # length stops helping beyond this many words
PIVOT_WORDS = 12  # a line this long is neither helped nor hurt by its length
STOPWORD_PIVOT = 0.2  # prose has at least about a fifth stopwords
CONSENT_PENALTY = 5.0
NO_END_PENALTY = 0.4
EDGE_TOP, EDGE_BOTTOM = 0.05, 0.9  # the page's header and footer zones
EDGE_PENALTY = 1.5
MIN_GOOD_WORDS = 8  # a shorter line is never good on its own: its neighbours decide


def score(f: Features) -> tuple[float, list[str]]:
    """(score, reasons): the reasons name what pulled the score down or up the most."""
    total = (min(f.words, LONG_WORDS) - PIVOT_WORDS) / PIVOT_WORDS
    reasons = ["long"] if f.words >= 2 * PIVOT_WORDS else ["short"] if f.words < 6 else []
    if f.words >= 3:
        total += (f.stopwords - STOPWORD_PIVOT) * 6
        if f.stopwords < 0.08:
            reasons.append("no stopwords")
    else:
        total -= 0.8
    if f.terminal:
        total += 0.6
    else:
        total -= NO_END_PENALTY
        reasons.append("no sentence end")
    if f.words >= 3 and f.capitalised > 0.7:
        total -= 1.0
        reasons.append("mostly capitalised")
    if f.digits > 0.3:
        total -= 0.8
        reasons.append("mostly numbers")
    if f.junk_tokens:
        total -= 1.0 * f.junk_tokens
        reasons.append("links or handles")
    if f.separators:
        total -= min(0.7 * f.separators, 3.0)
        reasons.append("separators")
    if f.consent:
        total -= CONSENT_PENALTY
        reasons.append("cookie or privacy notice")
    if penalty := edge_penalty(f):
        total -= penalty
        reasons.append("at the page's edge")
    if f.repeated:
        total -= 1.5
        reasons.append("repeated in the page")
    return total, reasons


def edge_penalty(f: Features) -> float:
    """What standing in the page's header or footer zone costs a line."""
    return 0.0 if EDGE_TOP <= f.position <= EDGE_BOTTOM else EDGE_PENALTY


def classify(value: float, words: int) -> str:
    if value < BAD_SCORE:
        return BAD
    return GOOD if value >= GOOD_SCORE and words >= MIN_GOOD_WORDS else SHORT


def smooth(classes: list[str]) -> list[str]:
    """jusText's context step: a short line takes its neighbours' class when both agree,
    goes bad next to a bad line, and good between good ones or at the edge of good ones."""
    before = _nearest_decided(classes)
    after = _nearest_decided(classes[::-1])[::-1]
    out = list(classes)
    for i, cls in enumerate(classes):
        if cls != SHORT:
            continue
        prev_cls, next_cls = before[i], after[i]
        if prev_cls == next_cls and prev_cls is not None:
            out[i] = prev_cls
        elif BAD in (prev_cls, next_cls):
            out[i] = BAD
        else:
            out[i] = GOOD
    return out


def _nearest_decided(classes: list[str]) -> list[str | None]:
    """For each line, the class of the nearest line before it that is not short."""
    out: list[str | None] = []
    last = None
    for cls in classes:
        out.append(last)
        if cls != SHORT:
            last = cls
    return out
