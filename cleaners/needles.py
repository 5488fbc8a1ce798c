"""Which lines hold which needles, found for every needle at once in one pass over a text.

Rules first look for the only lines their pattern can match: those holding a needle that
every match holds (see Document.lines_with). A str.find per needle costs a pass over the
whole text each, some 150 passes per document; an Aho-Corasick automaton holding every
needle the rules have asked for finds them all in one pass.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

import ahocorasick


class NeedleSet:
    """The needles asked for so far and the automaton that finds them all. It grows when a
    new needle is asked for (the rules' needles are constants: after the first documents,
    never) and counts its versions, so that an index built before a growth is built anew."""

    def __init__(self) -> None:
        self.needles: set[str] = set()
        self.version = 0
        self._automaton: ahocorasick.Automaton | None = None

    def cover(self, needles: Iterable[str]) -> None:
        """Make sure the automaton finds each of `needles` (none may hold a newline)."""
        missing = set(needles) - self.needles
        if missing:
            if any("\n" in needle for needle in missing):
                raise ValueError("a needle holds a newline: lines cannot be told apart")
            self.needles |= missing
            self._automaton = None
            self.version += 1

    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for needle in self.needles:
                automaton.add_word(needle, needle)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton


# One per process: every document is indexed for every needle, as the rules ask the same ones.
NEEDLES = NeedleSet()


class NeedleIndex:
    """needle -> the numbers (0-based) of the lines of one text that hold it."""

    def __init__(self, text: str, line_lengths: Iterable[int], needles: NeedleSet = NEEDLES) -> None:
        """`text`: lines joined by newlines, none holding one, of the lengths given."""
        self.version = needles.version
        starts = list(accumulate(map((1).__add__, line_lengths), initial=0))  # +1: the newline
        found: dict[str, set[int]] = {}
        if needles.needles:
            for end, needle in needles.automaton().iter(text):
                index = bisect_right(starts, end) - 1  # no needle holds a newline: one line
                found.setdefault(needle, set()).add(index)
        self.found = found

    def lines_with(self, needles: Iterable[str]) -> list[int]:
        """The sorted numbers of the lines that hold one of `needles` (all of them covered)."""
        return sorted(set().union(*(self.found.get(needle, ()) for needle in needles)))


def find_lines(text: str, needles: Iterable[str]) -> list[int]:
    """The sorted numbers (0-based) of the lines of `text` that hold one of `needles`, a
    str.find pass for each needle: cheaper than an automaton for one or two needles."""
    hits = set()
    for needle in needles:
        index, counted = 0, 0  # index: the number of the line that holds position `counted`
        pos = text.find(needle)
        while pos >= 0:
            index += text.count("\n", counted, pos)
            hits.add(index)
            counted = text.find("\n", pos)  # on to the next line
            if counted < 0:
                break
            pos = text.find(needle, counted)
    return sorted(hits)
