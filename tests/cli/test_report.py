import json
from collections import Counter

from cleaners import __version__
from cli.console import summary_table
from cli.outcome import Outcome, failed
from cli.report import RunInfo, Totals, build_report, write_report

OUTCOMES = [
    Outcome("b.txt", "ok", None, ["out/b.txt"], 100, 60, 3, {"share_row": 2, "title": 1}),
    failed("c.bin", "binary data (NUL bytes), not text or HTML"),
    Outcome("a.txt", "ok", None, ["out/a.txt"], 50, 40, 1, {"title": 1}),
]
RUN = RunInfo(["data"], "out", {"format": "auto"}, "2025-03-12T09:00:00+00:00")


def test_totals_count_ok_documents_only():
    totals = Totals.of(OUTCOMES)
    assert (totals.ok, totals.failed) == (2, 1)
    assert (totals.chars_in, totals.chars_out, totals.lines_removed) == (150, 100, 4)
    assert totals.removals_by_rule == Counter({"title": 2, "share_row": 2})


def test_report_lists_documents_sorted_by_path(tmp_path):
    report = build_report(RUN, OUTCOMES, wall_s=1.23456)
    assert report["schema_version"] == 3
    assert report["tool"] == {"name": "boilerstrip", "version": __version__}
    assert report["wall_s"] == 1.235
    assert report["counts"] == {"ok": 2, "warning": 0, "failed": 1, "skipped": 0, "filtered": 0}
    assert [d["source"] for d in report["documents"]] == ["a.txt", "b.txt", "c.bin"]
    assert report["documents"][2] == {
        "source": "c.bin",
        "outputs": [],
        "status": "failed",
        "error": "binary data (NUL bytes), not text or HTML",
        "warning": None,
        "removed": [],
        "chars_in": None,
        "chars_out": None,
        "lines_removed": None,
        "removals_by_rule": {},
    }
    # Most frequent first, ties by name.
    assert list(report["removals_by_rule"].items()) == [("share_row", 2), ("title", 2)]
    write_report(tmp_path / "report.json", report)
    assert json.loads((tmp_path / "report.json").read_text()) == report


def test_summary_shows_counts_rules_and_speed():
    from rich.console import Console

    console = Console(width=100, record=True)
    console.print(summary_table(Totals.of(OUTCOMES), wall_s=2.0))
    text = console.export_text()
    assert "2 ok, 1 failed" in text
    assert "150 in, 100 out (66.7% kept)" in text
    assert "share_row 2, title 2" in text
    assert "1.5 docs/s" in text
