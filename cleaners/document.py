"""The one type that flows through the pipeline: a document, its lines and its removal log."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import NamedTuple

from cleaners.needles import NEEDLES, NeedleIndex, find_lines

FEW_NEEDLES = 2  # up to this many, before any needle index: str.find for each
# Characters that re.IGNORECASE matches to an ASCII letter although their lower() is not that
# letter (found by trying every code point; tests/cleaners/test_document.py checks it still holds).
CASE_ALIASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def is_caseless(needle: str) -> bool:
    """No character of needle has a case: fold() leaves it, and makes it of no other."""
    return needle.lower() == needle == needle.upper() and "\u0307" not in needle


def fold(text: str) -> str:
    """Lower case such that a re.IGNORECASE match of a literal word in `text` is a plain
    substring of fold(text) (one character for one: offsets and newlines stay put)."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.translate(CASE_ALIASES)
    return text.lower()


class Line:
    """One line of the text being cleaned; `no` is its 1-based number in that text."""

    # The document this line belongs to (`_owner`) is told when `text` or `kept` change, so that
    # its caches (kept lines, folded text, needle index) never go stale.
    __slots__ = ("_owner", "kept", "no", "text")

    def __init__(self, no: int, text: str, kept: bool = True) -> None:
        # Slots set directly: a document makes a Line per line of its text.
        SET_NO(self, no)
        SET_TEXT(self, text)
        SET_KEPT(self, kept)
        SET_OWNER(self, None)

    def __setattr__(self, name: str, value) -> None:
        object.__setattr__(self, name, value)
        if self._owner is not None:
            self._owner._forget(name, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Line):
            return NotImplemented
        return (self.no, self.text, self.kept) == (other.no, other.text, other.kept)

    __hash__ = None  # mutable, compared by value

    def __repr__(self) -> str:
        return f"Line(no={self.no!r}, text={self.text!r}, kept={self.kept!r})"


SET_NO, SET_TEXT, SET_KEPT, SET_OWNER = (
    getattr(Line, name).__set__ for name in ("no", "text", "kept", "_owner")
)


class Removal(NamedTuple):
    """One auditable removal: which rule, why, which lines, and exactly what went.
    (A named tuple: a page dump logs a removal for most of its lines, and a frozen dataclass
    is slow to make.)"""

    rule: str
    reason: str
    lines: tuple[int, int]
    text: str
    whole_line: bool = True

    def as_dict(self) -> dict:
        return {
            "rule": self.rule,
            "reason": self.reason,
            "lines": list(self.lines),
            "text": self.text,
            "whole_line": self.whole_line,
        }


@dataclass
class Metadata:
    title: str | None = None
    author: list[str] = field(default_factory=list)
    date: str | None = None
    sitename: str | None = None
    license: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    description: str | None = None
    url: str | None = None
    language: str | None = None

    def as_dict(self) -> dict:
        data = asdict(self)
        # An empty list reads as "unknown" to consumers, the same as None.
        data["author"] = self.author or None
        data["categories"] = self.categories or None
        data["tags"] = self.tags or None
        return data


@dataclass
class Document:
    """A document being cleaned. Rules read `lines`, drop or edit them, fill `metadata`."""

    lines: list[Line]
    format: str = "text"
    encoding: str = "utf-8"
    encoding_confidence: float = 1.0
    encoding_method: str = "utf-8"
    chars_in: int = 0
    metadata: Metadata = field(default_factory=Metadata)
    removals: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Caches, dropped when a line's `kept` or `text` changes (lines tell their document) or when
    # `lines` is replaced or grows: the kept lines; the text of all lines, as is and folded, and
    # which of those lines hold which needles.
    _kept: list[Line] | None = field(default=None, init=False, repr=False, compare=False)
    _joined: str | None = field(default=None, init=False, repr=False, compare=False)
    _folded: str | None = field(default=None, init=False, repr=False, compare=False)
    _needles: NeedleIndex | None = field(default=None, init=False, repr=False, compare=False)
    _dropped: bool = field(default=False, init=False, repr=False, compare=False)
    _seen: tuple[int, int] = field(default=(0, -1), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._adopt()

    @classmethod
    def from_text(cls, text: str, **kwargs) -> Document:
        """The document of `text`, a Line for each line that is not blank: a blank line is never
        kept and no rule reads it (`no` still counts it)."""
        numbered = enumerate(text.splitlines(), start=1)
        lines = [Line(no, line) for no, line in numbered if line and not line.isspace()]
        return cls(lines=lines, chars_in=len(text), **kwargs)

    def _adopt(self) -> None:
        """Own every line, so that its changes reach the caches."""
        for line in self.lines:
            SET_OWNER(line, self)
        self._seen = (id(self.lines), len(self.lines))
        self._kept = self._joined = self._folded = self._needles = None

    def _forget(self, name: str, value) -> None:
        if name == "kept" and value is False and self._kept is not None:
            self._dropped = True  # kept() only has to leave the dropped lines out
            return
        self._kept = None
        if name == "text":
            self._joined = self._folded = self._needles = None

    def _check_lines(self) -> None:
        if self._seen != (id(self.lines), len(self.lines)):
            self._adopt()

    def kept(self) -> list[Line]:
        """Lines still in the document that carry text."""
        self._check_lines()
        if self._kept is None:
            self._kept = [line for line in self.lines if line.kept and line.text.strip()]
        elif self._dropped:
            self._kept = [line for line in self._kept if line.kept]
        self._dropped = False
        return list(self._kept)  # a copy: callers may keep or change their list

    def joined(self) -> str:
        """The text of all lines, kept or not, one newline between."""
        self._check_lines()
        if self._joined is None:
            self._joined = "\n".join(line.text for line in self.lines)
        return self._joined

    def set_texts(self, texts: list[str]) -> None:
        """Give line i the text texts[i] (one per line), e.g. after editing joined() as a whole."""
        for line, text in zip(self.lines, texts, strict=True):
            if line.text != text:
                line.text = text
        self._joined = "\n".join(texts)

    def lines_with(self, needles: tuple[str, ...], folded: bool = True) -> list[Line]:
        """The lines, kept or not, whose text holds one of `needles`, in order: a rule's quick
        look, in one pass over the whole text, for the only lines its pattern can match.

        With `folded` the look is in fold(text), for needles in lower case: a re.IGNORECASE
        match of a literal word holds that word folded. Without, a needle is looked for as it
        is; one with no cased character is where it is in fold(text), which is char for char."""
        lines = self.lines
        joined = self.joined()
        if joined.count("\n") != len(lines) - 1:  # a line holds a newline: look line by line
            look = fold if folded else str
            return [line for line in lines if any(n in look(line.text) for n in needles)]
        few = self._needles is None and len(needles) <= FEW_NEEDLES
        if not folded and (few or not all(map(is_caseless, needles))):
            # The first rules ask for "<" before normalise_text changes the text: a find per
            # needle in the text as it is, with no fold() and no index that would not last.
            return [lines[i] for i in find_lines(joined, needles)]
        folded_text = self.folded()
        if few:
            return [lines[i] for i in find_lines(folded_text, needles)]
        NEEDLES.cover(needles)
        if self._needles is None or self._needles.version != NEEDLES.version:
            self._needles = NeedleIndex(folded_text, (len(line.text) for line in lines))
        return [lines[i] for i in self._needles.lines_with(needles)]

    def folded(self) -> str | None:
        """fold() of joined(), or None when a line holds a newline (no line-to-line mapping)."""
        text = self.joined()
        if self._folded is None:
            self._folded = fold(text)
        return self._folded if self._folded.count("\n") == len(self.lines) - 1 else None

    def lines_ending_with(self, reversed_pattern: re.Pattern) -> list[Line] | None:
        """The lines whose fold(), read backwards, `reversed_pattern` matches at its start (the
        pattern starts with "\\n": re finds a literal first character fast, so the pattern is
        tried only where a line ends); None when a line holds a newline."""
        folded = self.folded()
        if folded is None:
            return None
        backwards = "\n" + folded[::-1]
        last, hits, index, counted = len(self.lines) - 1, [], 0, 0
        for match in reversed_pattern.finditer(backwards):
            index += backwards.count("\n", counted, match.start())
            counted = match.start()
            hits.append(self.lines[last - index])
        return hits[::-1]

    def lines_starting_with(self, pattern: re.Pattern) -> list[Line] | None:
        """The lines whose fold() `pattern` matches at its start: the pattern starts with "\\n",
        looked for in "\\n" + the folded text (a literal first character is found fast, so the
        pattern is tried only where a line starts); None when a line holds a newline."""
        folded = self.folded()
        if folded is None:
            return None
        text = "\n" + folded
        hits, index, counted = [], 0, 0
        for match in pattern.finditer(text):
            index += text.count("\n", counted, match.start())
            counted = match.start()
            hits.append(self.lines[index])
        return hits

    def kept_with(self, needles: tuple[str, ...]) -> list[Line]:
        """The kept lines (see kept()) among lines_with(needles)."""
        return [line for line in self.lines_with(needles) if line.kept and line.text.strip()]

    def drop(self, line: Line, rule: str, reason: str) -> None:
        if not line.kept:
            return
        line.kept = False
        self.removals.append(Removal(rule, reason, (line.no, line.no), line.text))

    def drop_all(self, dropped: Iterable[tuple[Line, str]], rule: str) -> None:
        """drop(line, rule, reason) for each (line, reason), the caches told once: a page
        dump's classifier drops most of its lines."""
        log = self.removals.append
        for line, reason in dropped:
            if line.kept:
                SET_KEPT(line, False)  # the slot itself: the document is told below, once
                log(Removal(rule, reason, (line.no, line.no), line.text))
        self._forget("kept", False)

    def restore(self, lines: list[Line]) -> None:
        """Put dropped lines back: they are kept again and their whole-line removals leave
        the log, so the log says exactly what the clean text lacks."""
        numbers = {line.no for line in lines if not line.kept}
        for line in lines:
            line.kept = True
        if numbers:
            self.removals = [r for r in self.removals if not (r.whole_line and r.lines[0] in numbers)]

    def cut(self, line: Line, spans: list[tuple[int, int]], rule: str, reason: str) -> None:
        """Remove the (start, end) spans of line.text, in order and not overlapping.

        A line left blank by its cuts counts as removed, so `lines_removed` sees it."""
        pieces, last = [], 0
        for start, end in spans:
            pieces.append(line.text[last:start])
            self.removals.append(Removal(rule, reason, (line.no, line.no), line.text[start:end], False))
            last = end
        line.text = "".join(pieces) + line.text[last:]
        if spans and not line.text.strip():
            line.kept = False

    @property
    def text(self) -> str:
        """The clean body: kept lines as paragraphs, one blank line between, final newline."""
        paragraphs = [line.text.strip() for line in self.kept()]
        return "\n\n".join(paragraphs) + "\n" if paragraphs else ""

    @property
    def lines_removed(self) -> int:
        return sum(1 for line in self.lines if not line.kept)

    def as_dict(self) -> dict:
        """Everything the sidecar says about the cleaning itself (the caller adds the source)."""
        text = self.text
        return {
            "encoding": {
                "name": self.encoding,
                "confidence": round(self.encoding_confidence, 3),
                "method": self.encoding_method,
            },
            "format": self.format,
            "metadata": self.metadata.as_dict(),
            # Rules run in stages; the log reads best in document order.
            "removals": [r.as_dict() for r in sorted(self.removals, key=lambda r: r.lines)],
            "warnings": self.warnings,
            "stats": {
                "chars_in": self.chars_in,
                "chars_out": len(text),
                "lines_removed": self.lines_removed,
            },
        }
