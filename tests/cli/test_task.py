import json
import subprocess
import sys
from collections import Counter
from pathlib import Path, PurePath

import pytest

from cleaners import Options, clean
from cli import task as task_module
from cli.readers import Task
from cli.task import Work, run_task
from cli.writers import PairWriter, StdoutWriter
from tests.cli.conftest import DATA, PAGE, TEXTS


def make_task(path, raw=None):
    if path is None:
        return Task("<stdin>", PurePath("stdin"), raw=raw)
    return Task(str(path), PurePath(path.stem), path=str(path))


def run_one(task, out, options=None, **settings):
    """The task's one outcome, written under `out`."""
    (outcome,) = run_task(task, Work(options or Options(), PairWriter(out), **settings))
    return outcome


@pytest.mark.parametrize("name", [*TEXTS, PAGE])
def test_ok_document_writes_the_library_text_and_sidecar(name, tmp_path):
    path = DATA / name
    outcome = run_one(make_task(path), tmp_path)
    document = clean(path.read_bytes(), Options())
    assert outcome.ok, outcome.error
    assert outcome.outputs == [str(tmp_path / f"{path.stem}.txt"), str(tmp_path / f"{path.stem}.meta.json")]
    assert (tmp_path / f"{path.stem}.txt").read_text(encoding="utf-8") == document.text
    meta = json.loads((tmp_path / f"{path.stem}.meta.json").read_text(encoding="utf-8"))
    assert meta["stats"] == document.as_dict()["stats"]
    assert outcome.chars_out == meta["stats"]["chars_out"]
    assert outcome.removals_by_rule == meta["removals_by_rule"]
    assert outcome.payload is None  # written to the file, not sent back


def test_filter_job_returns_the_text(tmp_path):
    raw = (DATA / TEXTS[0]).read_bytes()
    work = Work(Options(), StdoutWriter(tmp_path / "stdin.meta.json"))
    (outcome,) = run_task(make_task(None, raw=raw), work)
    assert outcome.ok
    assert outcome.payload == clean(raw, Options()).text
    assert outcome.outputs == ["<stdout>", str(tmp_path / "stdin.meta.json")]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (NUL bytes), not text or HTML"),
        (b"", "empty input (no text)"),
        (b"  \n\n", "empty input (no text)"),
    ],
)
def test_refused_input_fails_without_outputs(content, error, tmp_path):
    path = tmp_path / "in" / "bad.dat"
    path.parent.mkdir()
    path.write_bytes(content)
    outcome = run_one(make_task(path), tmp_path / "out")
    assert (outcome.status, outcome.error, outcome.outputs) == ("failed", error, [])
    assert not (tmp_path / "out").exists()


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    outcome = run_one(make_task(path), tmp_path / "out", Options(max_bytes=100))
    assert outcome.error == "500 bytes is over the limit of 100"


def test_too_large_stdin_is_refused(tmp_path):
    outcome = run_one(make_task(None, raw=b"x" * 101), tmp_path, Options(max_bytes=100))
    assert outcome.error == "more than 100 bytes, over the limit of 100"


def test_unreadable_input_fails(tmp_path):
    (tmp_path / "adir").mkdir()
    outcome = run_one(make_task(tmp_path / "adir"), tmp_path / "out")
    assert outcome.error == "cannot read (Is a directory)"


def test_library_crash_is_an_internal_error(tmp_path, monkeypatch):
    def crash(raw, options, **hints):
        raise RuntimeError("lost\nline")

    monkeypatch.setattr(task_module, "clean", crash)
    outcome = run_one(make_task(DATA / TEXTS[0]), tmp_path)
    assert outcome.error == "internal error: RuntimeError: lost line"
    assert list(tmp_path.iterdir()) == []


def test_failed_sidecar_write_removes_the_text(tmp_path):
    text_out, meta_out = tmp_path / "harbour_ferry_strike.txt", tmp_path / "harbour_ferry_strike.meta.json"
    meta_out.mkdir()  # a directory where the sidecar should go: os.replace fails
    outcome = run_one(make_task(DATA / TEXTS[0]), tmp_path)
    assert outcome.status == "failed"
    assert outcome.error == f"cannot write {meta_out} (Is a directory)"
    assert not text_out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour_ferry_strike.meta.json"]


def test_a_document_over_the_time_limit_fails_alone(tmp_path, monkeypatch):
    import time

    def slow_clean(raw, options, **hints):
        while True:  # a pattern gone quadratic, as hostile input can make it
            time.sleep(0.01)

    monkeypatch.setattr(task_module, "clean", slow_clean)
    outcome = run_one(make_task(DATA / TEXTS[0]), tmp_path, timeout=0.2)
    assert (outcome.status, outcome.error) == ("failed", "timed out after 0.2 s (--timeout)")
    assert not (tmp_path / f"{(DATA / TEXTS[0]).stem}.txt").exists()


# --removals: what the sidecar keeps of each removal; the text never changes.

BOILERSTRIP = Path(sys.executable).parent / "boilerstrip"  # the console script of this environment


def sidecars_of(out):
    paths = out.rglob("*.meta.json")
    return {path.relative_to(out).as_posix(): json.loads(path.read_bytes()) for path in paths}


def texts_of(out):
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in out.rglob("*.txt")}


def report_counts(out):
    return json.loads((out / "boilerstrip-report.json").read_bytes())["counts"]


def test_each_removals_mode_keeps_the_text_and_says_what_went(cli, corpus, tmp_path):
    runs = {}
    for mode in ("full", "summary", "none"):
        out = tmp_path / mode
        assert cli("clean", corpus, "-o", out, "-j", "1", "-q", "--removals", mode).exit_code == 0
        runs[mode] = out
    assert texts_of(runs["full"]) == texts_of(runs["summary"]) == texts_of(runs["none"])
    removals = clean((corpus / "local" / TEXTS[1]).read_bytes(), Options()).as_dict()["removals"]
    name = "local/library_reopens.meta.json"
    full, summary, none = (sidecars_of(runs[mode])[name] for mode in ("full", "summary", "none"))
    assert full["removals"] == removals and "removals_by_rule" not in full
    assert sum(entry["count"] for entry in summary["removals"]) == len(removals)
    assert all(len(entry["excerpt"]) <= 80 and "text" not in entry for entry in summary["removals"])
    assert "removals" not in none
    assert (
        summary["removals_by_rule"] == none["removals_by_rule"] == dict(Counter(r["rule"] for r in removals))
    )
    for mode, out in runs.items():
        assert {meta["cleaning"]["removals"] for meta in sidecars_of(out).values()} == {mode}


def test_the_default_is_summary(cli, corpus, tmp_path):
    out = tmp_path / "out"
    assert cli("clean", corpus, "-o", out, "-j", "1").exit_code == 0
    assert {meta["cleaning"]["removals"] for meta in sidecars_of(out).values()} == {"summary"}


def test_a_rerun_with_another_removals_mode_rewrites_the_sidecars(cli, corpus, tmp_path):
    out = tmp_path / "out"
    cli("clean", corpus, "-o", out, "-j", "1", "--removals", "full")
    texts = texts_of(out)
    cli("clean", corpus, "-o", out, "-j", "1", "--removals", "full")
    assert report_counts(out)["skipped"] == 4
    cli("clean", corpus, "-o", out, "-j", "1", "--removals", "none")
    assert report_counts(out) == {"ok": 4, "warning": 0, "failed": 0, "skipped": 0, "filtered": 0}
    assert all("removals" not in meta for meta in sidecars_of(out).values())
    assert texts_of(out) == texts
    cli("clean", corpus, "-o", out, "-j", "1", "--removals", "none")
    assert report_counts(out)["skipped"] == 4


def test_the_removals_mode_applies_to_the_meta_file_of_stdout_mode(cli, tmp_path):
    meta = tmp_path / "story.meta.json"
    path = DATA / TEXTS[1]
    result = cli("clean", path, "--meta", meta, "--removals", "none")
    assert result.exit_code == 0
    assert result.stdout_bytes == clean(path.read_bytes(), Options()).text.encode()
    sidecar = json.loads(meta.read_bytes())
    assert "removals" not in sidecar and sidecar["cleaning"]["removals"] == "none"
    assert sum(sidecar["removals_by_rule"].values()) == len(clean(path.read_bytes(), Options()).removals)


def test_jsonl_output_keeps_its_counts_by_rule_in_every_mode(cli, corpus, tmp_path):
    records = {}
    for mode in ("full", "none"):
        out = tmp_path / f"{mode}.jsonl"
        assert cli("clean", corpus, "--output-format", "jsonl", "-o", out, "--removals", mode).exit_code == 0
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        records[mode] = {record["id"]: record for record in lines}
    assert records["full"].keys() == records["none"].keys()
    for key, record in records["none"].items():
        assert record["metadata"]["removals_by_rule"] == records["full"][key]["metadata"]["removals_by_rule"]
        assert record["metadata"]["cleaning"]["removals"] == "none"
        assert record["text"] == records["full"][key]["text"]


def test_removals_through_the_console_script(corpus, tmp_path):
    out = tmp_path / "out"
    argv = [str(BOILERSTRIP), "clean", str(corpus), "-o", str(out), "-q", "--removals", "none"]
    result = subprocess.run(argv, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert all("removals" not in meta for meta in sidecars_of(out).values())
    bad = subprocess.run([*argv[:-1], "everything"], capture_output=True, timeout=120)
    assert bad.returncode == 2 and b"--removals" in bad.stderr
