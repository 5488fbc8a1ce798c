"""A word list's regex alternation and its prefilter needles, built from the same entries.

A rule finds its candidate lines fast (cleaners/lookup.py) by needles that every match of its
pattern holds, or by what every match starts with, then runs the pattern on those lines alone.
Built here from the one list of entries, the pattern and its needles cannot drift apart.

An entry is either a plain phrase, matched as written (the rules compile with re.IGNORECASE):
its needle is the phrase itself, folded (see cleaners.lookup.fold: a re.IGNORECASE match of a
literal is a substring of fold() of the text), and a match starts with it. Or a Term: a regex
fragment with the literals every match of it holds one of stated beside it, and what a match
starts with where the fragment does not start with a literal (tests/cleaners/lexicon/ check
both on sample matches of every entry).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cleaners.lookup import fold
from cleaners.regex import LazyPattern, lazy_compile

REGEX_SYNTAX = frozenset("\\.^$*+?{}[]|()")
QUANTIFIERS = frozenset("?*{")


@dataclass(frozen=True, slots=True)
class Term:
    """A regex fragment of a word list: every match of `pattern`, folded, holds one of
    `needles` and starts with a match of one of `starts` (regexes that read no further than
    their line; none where no rule looks for the fragment at a line's start)."""

    pattern: str
    needles: tuple[str, ...]
    starts: tuple[str, ...]


Entry = str | Term  # a plain phrase, or a regex fragment


def term(
    pattern: str, needles: str | tuple[str, ...] = (), starts: tuple[str, ...] = (), start_regex: str = ""
) -> Term:
    """The fragment `pattern`, with the literals one of which every match holds (`needles`)
    and those (or the regex `start_regex`) one of which every match starts with (`starts`).
    Left out, they are the literal the fragment starts with (with a quantifier after it, the
    literal without its last character), where it has one."""
    prefix = literal_prefix(pattern)
    needles = (needles,) if isinstance(needles, str) else needles or (prefix,) * bool(prefix)
    if not (starts or start_regex):
        starts = (prefix,) * bool(prefix)
    if any(not literal or literal != fold(literal) for literal in needles + starts):
        raise ValueError(f"{pattern!r}: state its needles and its starts, in lower case")
    return Term(pattern, needles, tuple(map(re.escape, starts)) + ((start_regex,) if start_regex else ()))


def literal_prefix(pattern: str) -> str:
    """The plain characters `pattern` starts with that every match starts with."""
    end = 0
    while end < len(pattern) and pattern[end] not in REGEX_SYNTAX:
        end += 1
    if end < len(pattern) and pattern[end] in QUANTIFIERS:
        end -= 1  # the quantifier makes the last character optional
    return pattern[:end]


def as_term(entry: Entry) -> Term:
    if isinstance(entry, Term):
        return entry
    if REGEX_SYNTAX.intersection(entry) or entry != fold(entry):
        raise ValueError(f"{entry!r} is not a plain phrase in lower case: make it a term()")
    return Term(entry, (entry,), (re.escape(entry),))


def alternation(entries: tuple[Entry, ...]) -> str:
    """The entries' patterns as one regex alternation (in a group the caller writes)."""
    return "|".join(as_term(entry).pattern for entry in entries)


def needles(entries: tuple[Entry, ...]) -> tuple[str, ...]:
    """The entries' needles, each once: a line that matches one of the entries holds one.
    A needle that holds another is left out: every line holding it holds the other."""
    distinct = list(dict.fromkeys(needle for entry in entries for needle in needles_of(entry)))
    return tuple(n for n in distinct if not any(other != n and other in n for other in distinct))


def line_start(entries: tuple[Entry, ...]) -> LazyPattern:
    """A pattern for cleaners.lookup.kept_starting_with: "\\n", then the start of one of the
    entries. A literal start that starts with another is left out: the other finds its lines."""
    starts = dict.fromkeys(start for entry in entries for start in starts_of(entry))
    literals = {start: unescaped(start) for start in starts}
    known = set(filter(None, literals.values()))
    kept = [start for start, literal in literals.items() if not literal or not has_shorter(literal, known)]
    return lazy_compile(r"\n(?:" + "|".join(kept) + ")")


def has_shorter(literal: str, literals: set[str]) -> bool:
    """Whether another of `literals` starts `literal`: one of its shorter prefixes is one
    (a look per prefix, not per literal: some lists have hundreds of starts)."""
    return any(literal[:end] in literals for end in range(1, len(literal)))


def needles_of(entry: Entry) -> tuple[str, ...]:
    found = as_term(entry).needles
    if not found:
        raise ValueError(f"{entry!r}: no needle stated, for a needle look")
    return found


def starts_of(entry: Entry) -> tuple[str, ...]:
    found = as_term(entry).starts
    if not found:
        raise ValueError(f"{entry!r}: no start stated, for a line-start look")
    return found


def last_words(entries: tuple[Entry, ...]) -> tuple[str, ...]:
    """The last word (folded) of each entry, each once: what a line that ends in one of them
    ends with. A fragment's is the last word of the literal it ends with; a name's (in any
    case: "EPA-EFE") its last word, hyphens splitting too."""
    ends = (literal_suffix(entry.pattern if isinstance(entry, Term) else entry) for entry in entries)
    return tuple(dict.fromkeys(fold(re.split(r"[ -]", end)[-1]) for end in ends))


def literal_suffix(pattern: str) -> str:
    """The plain characters `pattern` ends with (none when it ends in regex syntax)."""
    start = len(pattern)
    while start > 0 and pattern[start - 1] not in REGEX_SYNTAX:
        start -= 1
    return pattern[start:]


def unescaped(start: str) -> str | None:
    """The literal that the regex `start` is (as re.escape writes one), None if it is none."""
    literal = re.sub(r"\\(.)", r"\1", start)
    return literal if re.escape(literal) == start else None


def longest_first(words: Iterable[str]) -> str:
    """A regex alternative of plain `words` (a space inside one: any whitespace), the longest
    first, so that a word is not cut short by another that starts it ("sept" before "sep")."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
