"""How one document went: its status, and the small record a worker sends back for it.

Outcomes cross process boundaries, so they stay small: the worker writes the (possibly
large) clean text itself and sends back only counts, except in stdout mode and for JSONL
output, where the main process writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cli.corpus import CorpusEntry
    from cli.jsonl import SpooledLine

OK = "ok"
WARNING = "warning"  # written, but the clean text is empty or nearly so
FAILED = "failed"
SKIPPED = "skipped"  # its outputs are those this run would write: same input, same fingerprint
FILTERED = "filtered"  # cleaned, and not written: its clean text has fewer words than --min-words
MIN_WORDS = 10  # a clean text of fewer words is a warning: the article was probably missed


@dataclass
class Outcome:
    source: str
    status: str
    error: str | None = None
    outputs: list[str] = field(default_factory=list)
    chars_in: int | None = None
    chars_out: int | None = None
    lines_removed: int | None = None
    removals_by_rule: dict[str, int] = field(default_factory=dict)
    # What the main process writes itself, when the writer sends it back: the text (stdout
    # mode) or the document's JSONL line (--output-format jsonl).
    payload: str | SpooledLine | None = None
    warning: str | None = None
    removed: list[str] = field(default_factory=list)  # stale outputs of an earlier run, removed
    size: int = 0  # input bytes, for the progress bar
    corpus: CorpusEntry | None = None  # its source and line hashes, for the corpus passes
    duplicate_of: dict | None = None  # the earlier document it copies (cli/corpus.py)

    @property
    def ok(self) -> bool:
        """Cleaned and written (a warning is written too), current already, or filtered out."""
        return self.status in (OK, WARNING, SKIPPED, FILTERED)


def failed(source: str, error: str, size: int = 0) -> Outcome:
    # Messages go on one stderr line each; an exception's str() may hold newlines.
    return Outcome(source, FAILED, error=" ".join(error.split()), size=size)


def skipped(source: str, reason: str) -> Outcome:
    """An entry not read (a FIFO, a dangling link): named, and the run goes on."""
    return Outcome(source, SKIPPED, warning=reason)


def text_warning(text: str) -> str | None:
    words = len(text.split())
    if not words:
        return "no article text found: the clean text is empty"
    if words < MIN_WORDS:
        return f"the clean text is nearly empty ({words} words)"
    return None
