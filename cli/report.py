"""The run's totals, and the JSON run report that records every document's outcome."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from cli.names import shown
from cli.outcome import FILTERED, SKIPPED, WARNING, Outcome
from cli.outputs import SCHEMA_VERSION, atomic_write, json_bytes, tool_info


@dataclass
class Totals:
    ok: int = 0
    warnings: int = 0
    failed: int = 0
    skipped: int = 0
    filtered: int = 0  # cleaned, not written: fewer words than --min-words
    chars_in: int = 0
    chars_out: int = 0
    lines_removed: int = 0
    removals_by_rule: Counter = field(default_factory=Counter)

    @classmethod
    def of(cls, outcomes: list[Outcome]) -> Totals:
        totals = cls()
        for outcome in outcomes:
            if not outcome.ok:
                totals.failed += 1
                continue
            if outcome.status == WARNING:
                totals.warnings += 1
            elif outcome.status == SKIPPED:
                totals.skipped += 1
            elif outcome.status == FILTERED:
                totals.filtered += 1
            else:
                totals.ok += 1
            totals.chars_in += outcome.chars_in or 0
            totals.chars_out += outcome.chars_out or 0
            totals.lines_removed += outcome.lines_removed or 0
            totals.removals_by_rule.update(outcome.removals_by_rule)
        return totals


class RunInfo(NamedTuple):
    """What was asked for, as it goes in the report."""

    inputs: list[str]
    output_dir: str | None
    options: dict[str, Any]
    started: str  # ISO 8601
    stopped: str | None = None  # why the run ended before every document was done


def document_entry(outcome: Outcome) -> dict[str, Any]:
    # Not the whole Outcome: filter mode's text went to stdout and does not belong here.
    return {
        "source": shown(outcome.source),
        "outputs": [shown(path) for path in outcome.outputs],
        "status": outcome.status,
        "error": outcome.error and shown(outcome.error),
        "warning": outcome.warning and shown(outcome.warning),
        "removed": [shown(path) for path in outcome.removed],
        "chars_in": outcome.chars_in,
        "chars_out": outcome.chars_out,
        "lines_removed": outcome.lines_removed,
        "removals_by_rule": dict(sorted_counts(Counter(outcome.removals_by_rule))),
        **({"duplicate_of": outcome.duplicate_of} if outcome.duplicate_of else {}),
    }


def build_report(run: RunInfo, outcomes: list[Outcome], wall_s: float) -> dict[str, Any]:
    totals = Totals.of(outcomes)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": tool_info(),
        "started": run.started,
        "wall_s": round(wall_s, 3),
        "inputs": [shown(given) for given in run.inputs],
        "output_dir": run.output_dir and shown(run.output_dir),
        "options": run.options,
        "counts": {
            "ok": totals.ok,
            "warning": totals.warnings,
            "failed": totals.failed,
            "skipped": totals.skipped,
            "filtered": totals.filtered,
        },
        "stopped": run.stopped,
        # Sorted by path, whatever order the workers finished in, so reports diff cleanly.
        "documents": [document_entry(o) for o in sorted(outcomes, key=lambda o: o.source)],
        "removals_by_rule": dict(sorted_counts(totals.removals_by_rule)),
    }


def sorted_counts(counts: Counter) -> list[tuple[str, int]]:
    """Most frequent first; ties by name, so the order is stable from run to run."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def write_report(path: Path, report: dict[str, Any]) -> None:
    atomic_write(path, json_bytes(report))
