import json
from pathlib import PurePath

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
    assert sum(outcome.removals_by_rule.values()) == len(meta["removals"])
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
