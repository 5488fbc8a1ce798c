"""What a run shows on stderr: one line per failed or warned document, a progress bar, a summary.

stdout is never touched here: in filter mode it carries the clean text and nothing else.
rich is imported only when there is a terminal to draw on or a summary to print: a pipe or
a Make target gets plain lines, and does not pay for rich's import.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from cli.names import shown
from cli.outcome import FILTERED, SKIPPED
from cli.report import Totals, sorted_counts

if TYPE_CHECKING:
    from rich.table import Table

    from cli.outcome import Outcome

TOP_RULES = 5
ERROR_STYLE, WARNING_STYLE = "red", "yellow"


class Display:
    """Use as a context manager around the run; feed it each Outcome as it arrives."""

    def __init__(self, total: int, total_bytes: int, quiet: bool, summary: bool = False) -> None:
        self.quiet = quiet
        terminal = sys.stderr.isatty()
        # A pipe or a Make target wants errors only: the table only on a terminal, or when asked.
        self.show_summary = not quiet and (summary or terminal)
        self.console = rich_console() if terminal or self.show_summary else None
        self.progress = (
            progress_bar(self.console, total, total_bytes) if total > 1 and terminal and not quiet else None
        )

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
        """A document done: its line if it failed or warned, and a step of the bar."""
        self.show(outcome)
        if self.progress:
            self.advance(outcome.size)

    def show(self, outcome: Outcome) -> None:
        if not outcome.ok:
            self.error(f"{outcome.source}: {outcome.error}")
        elif outcome.warning and not self.quiet:
            kind = outcome.status if outcome.status in (SKIPPED, FILTERED) else "warning"
            self.line(f"{kind}: {outcome.source}: {outcome.warning}", WARNING_STYLE)

    def advance(self, size: int) -> None:
        task = self.progress.tasks[0]
        done_mb = task.fields["done_mb"] + size / 1e6
        rate = f"{(task.completed + 1) / task.elapsed:.1f} docs/s" if task.elapsed else ""
        self.progress.update(task.id, advance=1, done_mb=done_mb, rate=rate)
        self.progress.refresh()

    def error(self, message: str) -> None:
        """Shown even with --quiet."""
        self.line(f"error: {message}", ERROR_STYLE)

    def line(self, message: str, style: str) -> None:
        message = shown(message)  # one line, whatever the names in it hold
        if self.console is None:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()
            return
        from rich.text import Text

        # soft_wrap keeps each message on one line for grep.
        self.console.print(Text(message, style=style), soft_wrap=True)

    def summary(self, totals: Totals, wall_s: float) -> None:
        if self.show_summary:
            self.console.print(summary_table(totals, wall_s))


def rich_console():
    from rich.console import Console

    # emoji=False: a file named "a:fire:.html" must be printed as it is.
    return Console(stderr=True, emoji=False, highlight=False)


def progress_bar(console, total: int, total_bytes: int):
    """Documents done of all, MB done of all, documents a second, time left."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    # auto_refresh=False: no refresh thread, which would be unsafe to have running while the
    # process pool forks its workers; the bar is redrawn per document.
    progress = Progress(
        TextColumn("cleaning"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[done_mb]:.1f}/{task.fields[total_mb]:.1f} MB"),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        auto_refresh=False,
    )
    progress.add_task("cleaning", total=total, done_mb=0.0, total_mb=total_bytes / 1e6, rate="")
    return progress


def summary_table(totals: Totals, wall_s: float) -> Table:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="boilerstrip", title_justify="left", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    failed = f"[red]{totals.failed} failed[/red]" if totals.failed else "0 failed"
    warnings = f"[yellow]{totals.warnings} warnings[/yellow], " if totals.warnings else ""
    skipped = f", {totals.skipped} current (skipped)" if totals.skipped else ""
    filtered = f", {totals.filtered} filtered (--min-words)" if totals.filtered else ""
    table.add_row("documents", f"{totals.ok} ok, {warnings}{failed}{skipped}{filtered}")
    kept = f" ({totals.chars_out / totals.chars_in:.1%} kept)" if totals.chars_in else ""
    table.add_row("characters", f"{totals.chars_in:,} in, {totals.chars_out:,} out{kept}")
    table.add_row("lines removed", f"{totals.lines_removed:,}")
    top = sorted_counts(totals.removals_by_rule)[:TOP_RULES]
    table.add_row("top rules", ", ".join(f"{escape(rule)} {count:,}" for rule, count in top) or "-")
    documents = totals.ok + totals.warnings + totals.failed + totals.skipped + totals.filtered
    rate = f", {documents / wall_s:.1f} docs/s" if wall_s > 0 else ""
    table.add_row("wall time", f"{wall_s:.2f} s{rate}")
    return table
