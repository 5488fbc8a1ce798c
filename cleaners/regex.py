"""Regexes compiled on first use: the rules state their patterns as module constants, and a
process compiles only those its documents reach.

Compiling every rule's patterns at import was most of the cost of `import cleaners` (some
200 ms): a text dump paid for the HTML way's, and a page paid for patterns whose rule finds
no candidate line. `lazy_compile` is `re.compile` deferred to the first call of a method.
"""

from __future__ import annotations

import re

# What a LazyPattern hands over from the compiled pattern on first use: every method and
# attribute of re.Pattern but `pattern`, which it holds from the start.
FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A regex that answers as its re.Pattern does, compiled once, when first used. After
    that its methods are the compiled pattern's own, held by the instance: a call costs no
    more than on the re.Pattern. `pattern` (the source) is there without compiling, for
    patterns built from another's."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._given_flags = flags

    def __getattr__(self, name: str):
        # Only called for a name the instance does not hold: a method on first use.
        if name not in FORWARDED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._given_flags)
        for forwarded in FORWARDED:
            setattr(self, forwarded, getattr(compiled, forwarded))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._given_flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """re.compile(pattern, flags), done when the pattern is first used."""
    return LazyPattern(pattern, flags)


Regex = re.Pattern | LazyPattern  # what a look (cleaners/lookup.py) or a rule takes as a pattern
