"""stderr: plain lines off a terminal, a progress bar (documents, MB, docs/s, time left) on one."""

import sys

from cli.console import Display
from cli.outcome import Outcome, failed


def test_off_a_terminal_errors_are_plain_lines_and_rich_stays_unloaded(monkeypatch, capsys):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    display = Display(total=2, total_bytes=10, quiet=False)
    with display:
        display.outcome(failed("a\\nb.html", "cannot read (No such file)"))
        display.outcome(Outcome("c.html", "warning", warning="the clean text is nearly empty (3 words)"))
    assert display.console is None and display.progress is None
    assert capsys.readouterr().err.splitlines() == [
        "error: a\\nb.html: cannot read (No such file)",
        "warning: c.html: the clean text is nearly empty (3 words)",
    ]


def test_on_a_terminal_the_bar_counts_documents_and_megabytes(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    display = Display(total=3, total_bytes=3_000_000, quiet=False)
    with display:
        display.outcome(Outcome("a.html", "ok", size=1_500_000))
        display.outcome(Outcome("b.html", "skipped", size=500_000))
        task = display.progress.tasks[0]
        assert (task.completed, task.total) == (2, 3)
        assert (task.fields["done_mb"], task.fields["total_mb"]) == (2.0, 3.0)
        assert task.fields["rate"].endswith("docs/s")


def test_quiet_has_no_bar(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert Display(total=3, total_bytes=3, quiet=True).progress is None
