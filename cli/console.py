"""What a run shows on stderr: one line per failed document, a progress bar, a summary.

stdout is never touched here: in filter mode it carries the clean text and nothing else.
"""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from cli.job import Outcome
from cli.report import Totals, sorted_counts

TOP_RULES = 5


class Display:
    """Use as a context manager around the run; feed it each Outcome as it arrives."""

    def __init__(self, total: int, quiet: bool, summary: bool = False) -> None:
        # emoji=False: a file named "a:fire:.html" must be printed as it is.
        self.console = Console(stderr=True, emoji=False, highlight=False)
        self.quiet = quiet
        # A pipe or a Make target wants errors only: the table only on a terminal, or when asked.
        self.show_summary = not quiet and (summary or sys.stderr.isatty())
        self.progress: Progress | None = None
        if total > 1 and not quiet and sys.stderr.isatty():
            # auto_refresh=False: no refresh thread, which would be unsafe to have running
            # while the process pool forks its workers; the bar is redrawn per document.
            self.progress = Progress(
                TextColumn("cleaning"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
                auto_refresh=False,
            )
            self.task = self.progress.add_task("cleaning", total=total)

    def __enter__(self) -> Display:
        if self.progress:
            self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.progress:
            self.progress.stop()

    def outcome(self, outcome: Outcome) -> None:
        if not outcome.ok:
            self.error(f"{outcome.source}: {outcome.error}")
        elif outcome.warning and not self.quiet:
            self.console.print(
                Text(f"warning: {outcome.source}: {outcome.warning}", style="yellow"), soft_wrap=True
            )
        if self.progress:
            self.progress.advance(self.task)
            self.progress.refresh()

    def error(self, message: str) -> None:
        # Shown even with --quiet; soft_wrap keeps each error on one line for grep.
        self.console.print(Text(f"error: {message}", style="red"), soft_wrap=True)

    def summary(self, totals: Totals, wall_s: float) -> None:
        if not self.show_summary:
            return
        self.console.print(summary_table(totals, wall_s))


def summary_table(totals: Totals, wall_s: float) -> Table:
    table = Table(title="boilerstrip", title_justify="left", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    failed = f"[red]{totals.failed} failed[/red]" if totals.failed else "0 failed"
    warnings = f"[yellow]{totals.warnings} warnings[/yellow], " if totals.warnings else ""
    skipped = f", {totals.skipped} current (skipped)" if totals.skipped else ""
    table.add_row("documents", f"{totals.ok} ok, {warnings}{failed}{skipped}")
    kept = f" ({totals.chars_out / totals.chars_in:.1%} kept)" if totals.chars_in else ""
    table.add_row("characters", f"{totals.chars_in:,} in, {totals.chars_out:,} out{kept}")
    table.add_row("lines removed", f"{totals.lines_removed:,}")
    top = sorted_counts(totals.removals_by_rule)[:TOP_RULES]
    table.add_row("top rules", ", ".join(f"{escape(rule)} {count:,}" for rule, count in top) or "-")
    documents = totals.ok + totals.warnings + totals.failed + totals.skipped
    rate = f", {documents / wall_s:.1f} docs/s" if wall_s > 0 else ""
    table.add_row("wall time", f"{wall_s:.2f} s{rate}")
    return table
