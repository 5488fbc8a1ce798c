import json

import pytest

from cleaners import Options, clean
from cli import job as job_module
from cli.job import Job, run_job
from tests.cli.conftest import DATA, PAGE, TEXTS


def make_job(path, out, raw=None):
    name = path.stem if path else "stdin"
    return Job(
        source=str(path) if path else "<stdin>",
        path=str(path) if path else None,
        text_out=out / f"{name}.txt",
        meta_out=out / f"{name}.meta.json",
        raw=raw,
    )


@pytest.mark.parametrize("name", [*TEXTS, PAGE])
def test_ok_document_writes_the_library_text_and_sidecar(name, tmp_path):
    path = DATA / name
    outcome = run_job(make_job(path, tmp_path), Options())
    document = clean(path.read_bytes(), Options())
    assert outcome.ok, outcome.error
    assert outcome.outputs == [str(tmp_path / f"{path.stem}.txt"), str(tmp_path / f"{path.stem}.meta.json")]
    assert (tmp_path / f"{path.stem}.txt").read_text(encoding="utf-8") == document.text
    meta = json.loads((tmp_path / f"{path.stem}.meta.json").read_text(encoding="utf-8"))
    assert meta["stats"] == document.as_dict()["stats"]
    assert outcome.chars_out == meta["stats"]["chars_out"]
    assert sum(outcome.removals_by_rule.values()) == len(meta["removals"])
    assert outcome.text is None  # written to the file, not sent back


def test_filter_job_returns_the_text(tmp_path):
    raw = (DATA / TEXTS[0]).read_bytes()
    job = Job("<stdin>", None, None, tmp_path / "stdin.meta.json", raw=raw)
    outcome = run_job(job, Options())
    assert outcome.ok
    assert outcome.text == clean(raw, Options()).text
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
    outcome = run_job(make_job(path, tmp_path / "out"), Options())
    assert (outcome.status, outcome.error, outcome.outputs) == ("failed", error, [])
    assert not (tmp_path / "out").exists()


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    outcome = run_job(make_job(path, tmp_path / "out"), Options(max_bytes=100))
    assert outcome.error == "500 bytes is over the limit of 100"


def test_too_large_stdin_is_refused(tmp_path):
    outcome = run_job(make_job(None, tmp_path, raw=b"x" * 101), Options(max_bytes=100))
    assert outcome.error == "more than 100 bytes, over the limit of 100"


def test_unreadable_input_fails(tmp_path):
    (tmp_path / "adir").mkdir()
    outcome = run_job(make_job(tmp_path / "adir", tmp_path / "out"), Options())
    assert outcome.error == "cannot read (Is a directory)"


def test_library_crash_is_an_internal_error(tmp_path, monkeypatch):
    def crash(raw, options):
        raise RuntimeError("lost\nline")

    monkeypatch.setattr(job_module, "clean", crash)
    outcome = run_job(make_job(DATA / TEXTS[0], tmp_path), Options())
    assert outcome.error == "internal error: RuntimeError: lost line"
    assert list(tmp_path.iterdir()) == []


def test_failed_sidecar_write_removes_the_text(tmp_path):
    job = make_job(DATA / TEXTS[0], tmp_path)
    job.meta_out.mkdir()  # a directory where the sidecar should go: os.replace fails
    outcome = run_job(job, Options())
    assert outcome.status == "failed"
    assert outcome.error == f"cannot write {job.meta_out} (Is a directory)"
    assert not job.text_out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour_ferry_strike.meta.json"]


def test_a_document_over_the_time_limit_fails_alone(tmp_path, monkeypatch):
    import time

    def slow_clean(raw, options):
        while True:  # a pattern gone quadratic, as hostile input can make it
            time.sleep(0.01)

    monkeypatch.setattr(job_module, "clean", slow_clean)
    job = make_job(DATA / TEXTS[0], tmp_path)
    outcome = run_job(Job(job.source, job.path, job.text_out, job.meta_out, timeout=0.2), Options())
    assert (outcome.status, outcome.error) == ("failed", "timed out after 0.2 s (--timeout)")
    assert not (tmp_path / f"{(DATA / TEXTS[0]).stem}.txt").exists()
