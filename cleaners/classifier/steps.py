"""Numbered steps: a how-to's or a recipe's, each under a marker line of its own.

A marker ("3.", "Step 3", "Schritt 2", "3 of 12", "4 von 17") scores as boilerplate (a number,
no sentence), and so does the label a page repeats in each step (a picture's "Show image"):
between them the steps' short sentences go bad too, and the run of the article breaks at each
step. Markers numbered one after the other, with a step's lines between each two, are no
page's frame: a pagination or a menu numbers lines that stand next to each other.
"""

from __future__ import annotations

import re
from itertools import pairwise

from cleaners.classifier.scoring import BAD, SHORT
from cleaners.regex import lazy_compile

# A number alone ("3.", "3)"), after a word ("Step 3", "Étape 3:") or out of a count ("3 of 12",
# "4 von 17", "3/12"): no more than a word and two numbers.
STEP_MARKER = lazy_compile(
    r"^\s*(?:[^\W\d_]+\s+)?(\d{1,3})(?:[.):]|\s*(?:/|[^\W\d_]+)\s*\d{1,3})?\s*$", re.UNICODE
)
MIN_STEPS = 3
MAX_STEP_LINES = 8  # a step's lines between two markers, its label and picture lines among them
MIN_LABEL_SHARE = 0.5  # of the steps a label stands in


def step_number(text: str) -> int | None:
    found = STEP_MARKER.match(text)
    return int(found.group(1)) if found else None


def step_sequences(texts: list[str]) -> list[list[int]]:
    """The indexes of the markers of each sequence of steps: numbered one after the other, each
    marker a step's lines (one at least) below the one before."""
    sequences: list[list[int]] = []
    current: list[int] = []
    last_number = None
    for i, text in enumerate(texts):
        number = step_number(text)
        if number is None:
            continue
        follows = current and last_number is not None and number == last_number + 1
        if follows and 1 < i - current[-1] <= MAX_STEP_LINES + 1:
            current.append(i)
        else:
            if len(current) >= MIN_STEPS:
                sequences.append(current)
            current = [i]
        last_number = number
    if len(current) >= MIN_STEPS:
        sequences.append(current)
    return sequences


def step_labels(texts: list[str], markers: list[int]) -> set[str]:
    """The texts that stand in most of the steps the markers open (a picture's label)."""
    seen: dict[str, int] = {}
    for start, end in pairwise(markers):
        for text in {texts[i] for i in range(start + 1, end)}:
            seen[text] = seen.get(text, 0) + 1
    steps = len(markers) - 1
    return {text for text, count in seen.items() if count > 1 and count >= MIN_LABEL_SHARE * steps}


def steps_undecided(texts: list[str], classes: list[str]) -> list[str]:
    """The classes with the markers of each sequence of steps, and the labels repeated in its
    steps, short instead of bad: their neighbours decide (see scoring.smooth). A label's strong
    feature (it repeats) still drops it inside the article."""
    out = list(classes)
    for markers in step_sequences(texts):
        labels = step_labels(texts, markers)
        for i in range(markers[0], markers[-1] + 1):
            if out[i] == BAD and (i in markers or texts[i] in labels):
                out[i] = SHORT
    return out
