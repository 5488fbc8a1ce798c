"""The rule engine: a rule decides what goes, the engine records it under the rule's id.

A rule is data (`Rule`: id, description, the ways it runs in, the function that applies it)
and its function never names an id: it gets a `RuleLog` bound to its rule, and every drop,
cut or pruned element it reports goes into the Document's removal log under that id. So an
id in a sidecar leads to one entry of the rulebook, and that entry to one function.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cleaners.document import Document, Line

PART_SEPARATOR = "."  # a rule's part is logged as "<rule id>.<part>", e.g. classifier.title

OnTiming = Callable[[str, float], None]  # (rule id, seconds) after each rule


class RuleLog:
    """What a rule may do to a Document, each removal logged under the rule's id (or one of
    its declared parts)."""

    __slots__ = ("_parts", "doc", "rule_id")

    def __init__(self, doc: Document, rule_id: str, parts: Iterable[str] = ()) -> None:
        self.doc = doc
        self.rule_id = rule_id
        self._parts = frozenset(parts)

    def part(self, name: str) -> RuleLog:
        """The log of one of the rule's declared parts: its removals go under "<id>.<part>"."""
        if name not in self._parts:
            raise KeyError(f"rule {self.rule_id!r} declares no part {name!r}")
        return RuleLog(self.doc, part_id(self.rule_id, name))

    def drop(self, line: Line, reason: str) -> None:
        """Remove a whole line."""
        self.doc.drop(line, self.rule_id, reason)

    def drop_all(self, dropped: Iterable[tuple[Line, str]]) -> None:
        """drop(line, reason) for each (line, reason): one call for a batch of lines."""
        self.doc.drop_all(dropped, self.rule_id)

    def cut(self, line: Line, spans: list[tuple[int, int]], reason: str) -> None:
        """Remove the (start, end) spans of a line's text, in order and not overlapping."""
        self.doc.cut(line, spans, self.rule_id, reason)

    def pruned(self, text: str, reason: str) -> None:
        """An element removed from the page before its text was extracted: its whole text."""
        self.doc.log_pruned(text, self.rule_id, reason)


@dataclass(frozen=True, eq=False)  # a rule is itself: compared and hashed by identity
class Rule:
    """A named unit of cleaning. `apply(doc, log)` reads and changes the Document and reports
    what it removes through `log`; `parts` names the decisions it logs apart (part -> what it
    removes), each logged as "<id>.<part>"."""

    id: str
    description: str
    ways: frozenset[str]
    apply: Callable[[Document, RuleLog], None]
    parts: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "parts", MappingProxyType(dict(self.parts)))

    def log(self, doc: Document) -> RuleLog:
        return RuleLog(doc, self.id, self.parts)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id this rule logs under: its own, and one per part."""
        return (self.id, *(part_id(self.id, part) for part in self.parts))


def part_id(rule_id: str, part: str) -> str:
    return f"{rule_id}{PART_SEPARATOR}{part}"


def run_rules(doc: Document, rules: Iterable[Rule], on_timing: OnTiming | None = None) -> None:
    """Apply each rule in order; with `on_timing`, tell it each rule's id and wall seconds."""
    for rule in rules:
        if on_timing is None:
            rule.apply(doc, rule.log(doc))
        else:
            start = time.perf_counter()
            rule.apply(doc, rule.log(doc))
            on_timing(rule.id, time.perf_counter() - start)
