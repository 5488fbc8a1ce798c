"""Sample matches of a word list's entries, spelt out from each regex fragment, to check that
every match holds one of the entry's needles and starts as its starts say."""

from __future__ import annotations

import re
from itertools import islice, product

from cleaners.lexicon.patterns import Entry, as_term
from cleaners.lookup import fold

parser = re._parser  # the regex parser of the standard library
c = re._constants
MAX_SAMPLES = 200
# What a character class or a "." stands for in a sample, tried in turn until one fits.
STAND_INS = ("a", "Z", "é", "1", " ", "-", "/", ":", ".")


def samples(entry: Entry) -> list[str]:
    """Strings that match the entry's pattern whole (re.IGNORECASE, as the rules match): each
    way through every alternation, every repeat at its fewest and one more, each in lower case
    and in capitals."""
    pattern = as_term(entry).pattern
    spelt = set(islice(spell(parser.parse(pattern, re.IGNORECASE)), MAX_SAMPLES))
    spelt |= {text.upper() for text in spelt} | {text.title() for text in spelt}
    return sorted(t for t in spelt if re.fullmatch(pattern, t, re.IGNORECASE))


def spell(items) -> list[str]:
    parts = [list(islice(spell_item(op, arg), 30)) for op, arg in items]
    return ["".join(p) for p in islice(product(*parts), MAX_SAMPLES)]


def spell_item(op, arg):
    if op is c.LITERAL:
        yield chr(arg)
    elif op is c.NOT_LITERAL:
        yield next(ch for ch in STAND_INS if ord(ch) != arg)
    elif op in (c.IN, c.ANY):
        compiled = re.compile(rf"[{class_text(arg)}]" if op is c.IN else ".")
        members = [chr(a) for o, a in arg if o is c.LITERAL] if op is c.IN else []
        yield from (ch for ch in dict.fromkeys(members + list(STAND_INS)) if compiled.fullmatch(ch))
    elif op is c.BRANCH:
        for branch in arg[1]:
            yield from spell(branch)
    elif op is c.SUBPATTERN:
        yield from spell(arg[-1])
    elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, item = arg
        for count in sorted({low, min(low + 1, high)}):
            yield from spell(list(item) * count)
    elif op is c.AT:
        yield ""
    else:
        raise NotImplementedError(op)


def class_text(items) -> str:
    """A character class in regex syntax, from its parsed items."""
    out = []
    for op, arg in items:
        if op is c.NEGATE:
            out.insert(0, "^")
        elif op is c.LITERAL:
            out.append(re.escape(chr(arg)))
        elif op is c.RANGE:
            out.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is c.CATEGORY:
            out.append({c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w",
                        c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_NOT_DIGIT: r"\D",
                        c.CATEGORY_NOT_WORD: r"\W"}[arg])  # fmt: skip
    return "".join(out)


def check_entries(entries: tuple[Entry, ...], starts: bool = True, needles: bool = True) -> None:
    """Each entry has sample matches, and each sample, folded, holds one of its needles and
    starts as one of its starts says."""
    for entry in entries:
        term = as_term(entry)
        found = samples(entry)
        assert found, entry
        for text in found:
            folded = fold(text)
            if needles:
                assert any(needle in folded for needle in term.needles), (entry, text)
            if starts:
                assert any(re.match(start, folded) for start in term.starts), (entry, text)
