"""The rule engine: a rule decides what goes, the engine records it under the rule's id.

A rule is data (`Rule`: id, description, the ways it runs in, the function that applies it)
and its function never names an id: it gets a `RuleLog` bound to its rule, and every drop,
cut or pruned element it reports goes into the Document's removal log under that id. So an
id in a sidecar leads to one entry of the rulebook, and that entry to one function.

A configuration reaches the rules through the engine too (cleaners/tuning.py): run_rules skips a
rule turned off, gives a part turned off a log that removes nothing, and runs the hook of a
rule `Family` (appeals, captions ...) with the phrases and patterns configured for it, under
the id of the family's carrier rule.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cleaners.document import Document, Line
from cleaners.tuning import UNTUNED, Hook, Tuning

PART_SEPARATOR = "."  # a rule's part is logged as "<rule id>.<part>", e.g. classifier.title

OnTiming = Callable[[str, float], None]  # (rule id, seconds) after each rule


class RuleLog:
    """What a rule may do to a Document, each removal logged under the rule's id (or one of
    its declared parts). The log of a part turned off (Tuning.off) removes nothing: the rule
    still runs, and what the part would remove stays."""

    __slots__ = ("_off", "_parts", "doc", "muted", "rule_id")

    def __init__(
        self,
        doc: Document,
        rule_id: str,
        parts: Iterable[str] = (),
        off: frozenset[str] = frozenset(),
        muted: bool = False,
    ) -> None:
        self.doc = doc
        self.rule_id = rule_id
        self._parts = frozenset(parts)
        self._off = off  # the ids turned off, for the logs of the parts
        self.muted = muted

    def part(self, name: str) -> RuleLog:
        """The log of one of the rule's declared parts: its removals go under "<id>.<part>"."""
        if name not in self._parts:
            raise KeyError(f"rule {self.rule_id!r} declares no part {name!r}")
        logged = part_id(self.rule_id, name)
        return RuleLog(self.doc, logged, off=self._off, muted=logged in self._off)

    def drop(self, line: Line, reason: str) -> None:
        """Remove a whole line."""
        if not self.muted:
            self.doc.drop(line, self.rule_id, reason)

    def drop_all(self, dropped: Iterable[tuple[Line, str]]) -> None:
        """drop(line, reason) for each (line, reason): one call for a batch of lines."""
        if not self.muted:
            self.doc.drop_all(dropped, self.rule_id)

    def cut(self, line: Line, spans: list[tuple[int, int]], reason: str) -> None:
        """Remove the (start, end) spans of a line's text, in order and not overlapping."""
        if not self.muted:
            self.doc.cut(line, spans, self.rule_id, reason)

    def pruned(self, text: str, reason: str) -> None:
        """An element removed from the page before its text was extracted: its whole text."""
        if not self.muted:
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

    def log(self, doc: Document, off: frozenset[str] = frozenset()) -> RuleLog:
        """Its log for `doc`; the ids in `off` are the parts turned off (see RuleLog)."""
        return RuleLog(doc, self.id, self.parts, off)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id this rule logs under: its own, and one per part."""
        return (self.id, *(part_id(self.id, part) for part in self.parts))


def part_id(rule_id: str, part: str) -> str:
    return f"{rule_id}{PART_SEPARATOR}{part}"


@dataclass(frozen=True, eq=False)
class Family:
    """Rules that remove one kind of thing (appeals, captions ...). A configuration adds
    phrases and patterns to a family (its [<name>] table, see cleaners/tuning.py); one rule of
    it, `carrier`, applies them with `hook`, before its own detection, under its own id."""

    name: str
    rules: tuple[Rule, ...]
    carrier: Rule
    hook: Hook
    phrases: str  # what a phrase of the family does to a line, for `boilerstrip rules`

    def __post_init__(self) -> None:
        if self.carrier not in self.rules:
            raise ValueError(f"family {self.name!r}: its carrier {self.carrier.id!r} is not one of its rules")


def run_rules(
    doc: Document,
    rules: Iterable[Rule],
    on_timing: OnTiming | None = None,
    tuning: Callable[[], Tuning] | None = None,
) -> None:
    """Apply each rule in order; with `on_timing`, tell it each rule's id and wall seconds.
    `tuning` says, before each rule, what a configuration changes (cleaners/tuning.py): a rule
    off is skipped, bar the configured phrases and patterns it carries, which go first."""
    for rule in rules:
        tuned = UNTUNED if tuning is None else tuning()
        extras = tuned.extras.get(rule.id)
        own = rule.id not in tuned.off
        if not (own or extras):
            continue
        start = time.perf_counter() if on_timing else 0.0
        log = rule.log(doc, tuned.off)
        if extras is not None:
            extras.hook(doc, log, extras)
        if own:
            rule.apply(doc, log)
        if on_timing is not None:
            on_timing(rule.id, time.perf_counter() - start)
