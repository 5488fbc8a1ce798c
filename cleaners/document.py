"""The one type that flows through the pipeline: a document, its lines and its removal log."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Line:
    """One line of the text being cleaned; `no` is its 1-based number in that text."""

    no: int
    text: str
    kept: bool = True


@dataclass(frozen=True)
class Removal:
    """One auditable removal: which rule, why, which lines, and exactly what went."""

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

    @classmethod
    def from_text(cls, text: str, **kwargs) -> Document:
        lines = [Line(no, line) for no, line in enumerate(text.splitlines(), start=1)]
        return cls(lines=lines, chars_in=len(text), **kwargs)

    def kept(self) -> list[Line]:
        """Lines still in the document that carry text."""
        return [line for line in self.lines if line.kept and line.text.strip()]

    def drop(self, line: Line, rule: str, reason: str) -> None:
        if not line.kept:
            return
        line.kept = False
        self.removals.append(Removal(rule, reason, (line.no, line.no), line.text))

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
