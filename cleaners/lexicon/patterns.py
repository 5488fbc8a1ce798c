"""Regex pieces built from the lexicon's word tuples, so that a word added to a tuple reaches
every pattern built from it."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of `words` (a space inside one: any whitespace), the longest first,
    so that a word is not cut short by another that starts it ("sept" before "sep")."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
