"""Regexes compiled on first use: the rules state their patterns as module constants, and a
process compiles only those its documents reach.

Compiling every rule's patterns at import was most of the cost of `import cleaners` (some
200 ms): a text dump paid for the HTML way's, and a page paid for patterns whose rule finds
no candidate line. `lazy_compile` is `re.compile` deferred to the first call of a method.

What is left, some 30 ms for the patterns a first page reaches, is the parsing of the patterns
by the re module (pure Python), which gives the same program for a pattern every time. So it
is done once, at install (`install_programs()`, from `make install`): PROGRAMS holds each
rule pattern's compiled program, and a first use hands it to the regex engine as re.compile
would. The table is keyed by this interpreter's version and its regex engine's magic number;
a pattern it does not hold (changed since, or made at run time), or any other interpreter,
is compiled by re.compile as before.
"""

from __future__ import annotations

import _sre
import marshal
import re
import sys
from functools import cache
from pathlib import Path

PROGRAMS = Path(__file__).with_name("patterns.sre")  # built at install (.gitignore lists it)
ENGINE = (sys.version, _sre.MAGIC, _sre.CODESIZE)  # a program is valid for this engine alone

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
        self.given_flags = int(flags)
        DECLARED.append(self)

    def __getattr__(self, name: str):
        # Only called for a name the instance does not hold: a method on first use.
        if name not in FORWARDED:
            raise AttributeError(name)
        compiled = compile_pattern(self.pattern, self.given_flags)
        for forwarded in FORWARDED:
            setattr(self, forwarded, getattr(compiled, forwarded))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.given_flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """re.compile(pattern, flags), done when the pattern is first used."""
    return LazyPattern(pattern, flags)


Regex = re.Pattern | LazyPattern  # what a look (cleaners/lookup.py) or a rule takes as a pattern

# Every pattern runs in linear time on any input (tests/cleaners/test_adversarial.py). What makes a
# backtracking engine quadratic, and how the patterns avoid it:
# - A pattern that starts with a run (`\s*,\s*`) is tried from every position of a long run of
#   spaces, and each try reads the rest of the run: RUN_START before it lets a match start only
#   where the run does. A match that starts inside the run also starts one character earlier
#   (the run takes that character too), so the leftmost match, the one search, split and sub
#   find, is the same; and finditer's next search starts after a match that took its trailing
#   run whole (or ended on another character), never inside a run. The same for a run of
#   digits (`(?<!\d)\d+`), of word characters (`(?<!\w)\w*`) or a token (`(?<!\S)\S*?`).
# - Two runs of the same characters side by side (`\s*:?\s*`: the spaces of a long run split
#   between them in every way) is written with one run where the other is optional:
#   `\s*(?::\s*)?`, the same strings matched.
# - A lazy block whose closer may be missing (`<!--.*?-->`) is read to the end from every opener:
#   cleaners.rules.markup reads such blocks in linear time (tag_spans, block_spans).
# - A few patterns stay quadratic on a whole text and are only given short ones (a sentence's
#   last characters, a short label text, a page's preamble read once from its start): the test
#   reads them as the library does.
RUN_START = r"(?!(?<=\s)\s)"  # not inside a run of whitespace (at its first character, or elsewhere)
# Every lazy pattern made: what the install step compiles. They are module constants (a
# pattern made per call would be kept here each time; build it with re.compile instead).
DECLARED: list[LazyPattern] = []


def compile_pattern(pattern: str, flags: int) -> re.Pattern:
    """re.compile(pattern, flags), from the program compiled at install when there is one."""
    program = installed_programs().get((pattern, flags))
    if program is None:
        return re.compile(pattern, flags)
    return _sre.compile(pattern, *program)


@cache
def installed_programs() -> dict:
    try:
        engine, programs = marshal.loads(PROGRAMS.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}  # not built: every pattern is compiled the usual way
    return programs if engine == ENGINE else {}


def program(pattern: str, flags: int) -> tuple:
    """What re.compile hands the regex engine for `pattern`, but the pattern itself."""
    parsed = re._parser.parse(pattern, flags)
    code = [int(op) for op in re._compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def programs_table() -> bytes:
    """The programs of every rule pattern the library declares, for this interpreter."""
    import importlib
    import pkgutil

    import cleaners

    for module in pkgutil.walk_packages(cleaners.__path__, "cleaners."):
        importlib.import_module(module.name)
    keys = {(lazy.pattern, lazy.given_flags) for lazy in DECLARED}
    programs = {key: program(*key) for key in keys}
    return marshal.dumps((ENGINE, programs))


def install_programs() -> None:
    """The install step (make install): write PROGRAMS for this interpreter."""
    PROGRAMS.write_bytes(programs_table())
