"""The one type that flows through the pipeline: a document, its lines, metadata and removal log.

Rules change a Document only through the engine's RuleLog (cleaners/engine.py), which logs
every removal under the rule's id; the quick looks over its text that rules ask for (which
lines hold a needle, start or end with a pattern) are in cleaners/lookup.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from cleaners.quality import quality_signals
from cleaners.settings import Options

if TYPE_CHECKING:
    from cleaners.html.page import HtmlPage

PRUNED = (0, 0)  # the lines of an element removed from a page before its text was extracted


class Line:
    """One line of the text being cleaned; `no` is its 1-based number in that text."""

    # The document this line belongs to (`_owner`) is told when `text` or `kept` change, so that
    # its caches (kept lines, the look-up index) never go stale.
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


def lines_of(text: str) -> list[Line]:
    """A Line for each line of `text` that is not blank: a blank line is never kept and no rule
    reads it (`no` still counts it)."""
    numbered = enumerate(text.splitlines(), start=1)
    return [Line(no, line) for no, line in numbered if line and not line.isspace()]


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
    language: str | None = None  # ISO 639-1: detected when confident, else declared (cleaners/language.py)
    language_score: float | None = None  # the detector's probability for the language it found
    language_declared: str | None = None  # ISO 639-1 of the page's markup or a text header
    page_type: str | None = None  # HTML way: the page's type, whose profile ran (html/page_type.py)

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
    nuls_removed: int = 0  # NUL characters decoding took out of the text
    options: Options = field(default_factory=Options)
    metadata: Metadata = field(default_factory=Metadata)
    removals: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    page: HtmlPage | None = None  # the parsed page, on the HTML way
    # The first and last line numbers of the article the text way's classifier chose in a page
    # dump; None when it chose none (the text was left whole for the named rules).
    article: tuple[int, int] | None = None
    # Caches, dropped when a line's `kept` or `text` changes (lines tell their document) or when
    # `lines` is replaced or grows: the kept lines, and the look-up index (cleaners/lookup.py).
    _kept: list[Line] | None = field(default=None, init=False, repr=False, compare=False)
    _dropped: bool = field(default=False, init=False, repr=False, compare=False)
    _index: Any = field(default=None, init=False, repr=False, compare=False)
    _seen: tuple[int, int] = field(default=(0, -1), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._adopt()

    @classmethod
    def from_text(cls, text: str, **kwargs) -> Document:
        """The document of `text` (see lines_of)."""
        return cls(lines=lines_of(text), chars_in=len(text), **kwargs)

    def _adopt(self) -> None:
        """Own every line, so that its changes reach the caches."""
        for line in self.lines:
            SET_OWNER(line, self)
        self._seen = (id(self.lines), len(self.lines))
        self._kept = self._index = None

    def _forget(self, name: str, value) -> None:
        if name == "kept" and value is False and self._kept is not None:
            self._dropped = True  # kept() only has to leave the dropped lines out
            return
        self._kept = None
        if name == "text":
            self._index = None

    def current_index(self) -> Any:
        """The look-up index built for the lines as they are now, or None (see lookup.py)."""
        self._check_lines()
        return self._index

    def keep_index(self, index: Any) -> None:
        self._index = index

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

    def set_texts(self, texts: list[str]) -> None:
        """Give line i the text texts[i] (one per line), e.g. after editing the text as a whole."""
        for line, text in zip(self.lines, texts, strict=True):
            if line.text != text:
                line.text = text

    # The removal log. Rules reach these through the engine's RuleLog, which gives the rule id.

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

    def log_pruned(self, text: str, rule: str, reason: str) -> None:
        """An element removed from the page before extraction: it never reached the lines."""
        self.removals.append(Removal(rule, reason, PRUNED, text))

    def restore(self, lines: list[Line]) -> None:
        """Put dropped lines back: they are kept again and their whole-line removals leave
        the log, so the log says exactly what the clean text lacks."""
        numbers = {line.no for line in lines if not line.kept}
        for line in lines:
            line.kept = True
        if numbers:
            self.removals = [r for r in self.removals if not (r.whole_line and r.lines[0] in numbers)]

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
        stats = {"chars_in": self.chars_in, "chars_out": len(text), "lines_removed": self.lines_removed}
        if self.nuls_removed:  # said only when there were any: most documents have none
            stats["nuls_removed"] = self.nuls_removed
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
            "stats": stats,
            "quality": quality_signals(text, self.metadata.language),
        }
