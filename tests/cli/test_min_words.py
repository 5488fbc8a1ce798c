"""--min-words: a document whose clean text is too short is filtered, not written, and counted."""

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import DATA, TEXTS, files_under, place

REPO = Path(__file__).resolve().parents[2]
SHORT = "A short note about the weather.\n"  # 6 words


def two_documents(root: Path) -> Path:
    place(root, TEXTS[0])
    (root / "note.txt").write_text(SHORT, encoding="utf-8")
    return root


def report_of(out: Path) -> dict:
    return json.loads((out / "boilerstrip-report.json").read_text(encoding="utf-8"))


def entry(report: dict, name: str) -> dict:
    return next(document for document in report["documents"] if document["source"].endswith(name))


def test_a_short_document_is_filtered_counted_and_not_written(cli, tmp_path):
    corpus, out = two_documents(tmp_path / "corpus"), tmp_path / "out"
    result = cli("clean", corpus, "-o", out, "--min-words", "7", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    written = ["boilerstrip-report.json", "harbour_ferry_strike.meta.json", "harbour_ferry_strike.txt"]
    assert files_under(out) == written
    report = report_of(out)
    assert report["counts"] == {"ok": 1, "warning": 0, "failed": 0, "skipped": 0, "filtered": 1}
    note = entry(report, "note.txt")
    assert note["status"] == "filtered" and note["outputs"] == []
    assert note["warning"] == "6 words, fewer than --min-words 7"
    assert report["options"]["min_words"] == 7
    assert f"filtered: {corpus / 'note.txt'}: 6 words, fewer than --min-words 7" in result.stderr


def test_the_summary_counts_the_filtered(cli, tmp_path):
    corpus, out = two_documents(tmp_path / "corpus"), tmp_path / "out"
    result = cli("clean", corpus, "-o", out, "--min-words", "7", "--summary", "-j", "1")
    assert "1 ok, 0 failed, 1 filtered (--min-words)" in result.stderr


def test_the_word_count_is_the_sidecars(cli, tmp_path):
    corpus, out = two_documents(tmp_path / "corpus"), tmp_path / "out"
    assert cli("clean", corpus, "-o", out, "-q").exit_code == 0
    words = json.loads((out / "note.meta.json").read_text(encoding="utf-8"))["quality"]["word_count"]
    assert words == 6
    assert cli("clean", corpus, "-o", out, "-q", "--min-words", "6").exit_code == 0
    assert report_of(out)["counts"]["filtered"] == 0


def test_a_rerun_with_a_minimum_removes_what_the_earlier_run_wrote(cli, tmp_path):
    corpus, out = two_documents(tmp_path / "corpus"), tmp_path / "out"
    assert cli("clean", corpus, "-o", out, "-q").exit_code == 0
    assert (out / "note.txt").exists()
    assert cli("clean", corpus, "-o", out, "-q", "--min-words", "7").exit_code == 0
    assert not (out / "note.txt").exists() and not (out / "note.meta.json").exists()
    removed = [str(out / "note.meta.json"), str(out / "note.txt")]
    assert entry(report_of(out), "note.txt")["removed"] == removed


def test_a_higher_minimum_is_not_skipped_as_current(cli, tmp_path):
    corpus, out = two_documents(tmp_path / "corpus"), tmp_path / "out"
    assert cli("clean", corpus, "-o", out, "-q", "--min-words", "2").exit_code == 0
    assert cli("clean", corpus, "-o", out, "-q", "--min-words", "2").exit_code == 0
    assert report_of(out)["counts"]["skipped"] == 2  # the same minimum: both current
    assert cli("clean", corpus, "-o", out, "-q", "--min-words", "100000").exit_code == 0
    assert report_of(out)["counts"]["filtered"] == 2
    assert files_under(out) == ["boilerstrip-report.json"]


def test_stdout_mode_prints_nothing_for_a_filtered_document(cli, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(SHORT, encoding="utf-8")
    result = cli("clean", note, "--min-words", "7")
    assert result.exit_code == 0 and result.stdout == ""
    assert "filtered" in result.stderr
    assert cli("clean", note, "--min-words", "6").stdout == SHORT


def test_jsonl_output_leaves_the_filtered_out_and_carries_quality(cli, tmp_path):
    corpus, out = two_documents(tmp_path / "corpus"), tmp_path / "clean.jsonl"
    assert cli("clean", corpus, "--output-format", "jsonl", "-o", out, "--min-words", "7").exit_code == 0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"].endswith(TEXTS[0])
    quality = record["metadata"]["quality"]
    assert quality["word_count"] == len(record["text"].split()) and quality["word_count"] >= 7
    assert record["metadata"]["language"] == "en" and record["metadata"]["language_score"] > 0.5


def test_a_negative_minimum_is_a_usage_error(cli, tmp_path):
    result = cli("clean", DATA / TEXTS[0], "-o", tmp_path / "out", "--min-words", "-1")
    assert result.exit_code == 2 and "--min-words must be 0" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_real_process_exits_0_with_the_filtered_in_its_report(tmp_path):
    corpus, out = two_documents(tmp_path / "corpus"), tmp_path / "out"
    command = [sys.executable, "-m", "cli", "clean", str(corpus), "-o", str(out), "--min-words", "7"]
    result = subprocess.run(command, capture_output=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert report_of(out)["counts"]["filtered"] == 1
    assert not (out / "note.txt").exists() and (out / "harbour_ferry_strike.txt").exists()


def test_a_configuration_sets_the_minimum(cli, tmp_path):
    corpus, out = two_documents(tmp_path / "corpus"), tmp_path / "out"
    config = tmp_path / "boilerstrip.toml"
    config.write_text("[clean]\nmin-words = 7\n", encoding="utf-8")
    assert cli("clean", corpus, "-o", out, "-q", "--config", config).exit_code == 0
    assert report_of(out)["counts"]["filtered"] == 1
    config.write_text("[clean]\nmin-words = -3\n", encoding="utf-8")
    assert cli("clean", corpus, "-o", out, "-q", "--config", config).exit_code == 2
