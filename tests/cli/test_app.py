"""The command line end to end, in-process: exit codes, what lands where, what is said."""

import hashlib
import json
import os
from pathlib import Path

import pytest

from cleaners import Options, __version__, clean
from tests.cli.conftest import DATA, PAGE, TEXTS, files_under, place

MIRRORED = [
    "boilerstrip-report.json",
    "harbour_ferry_strike.meta.json",
    "harbour_ferry_strike.txt",
    "local/library_reopens.meta.json",
    "local/library_reopens.txt",
    "local/sport/city_marathon.meta.json",
    "local/sport/city_marathon.txt",
    "politics/council_budget.meta.json",
    "politics/council_budget.txt",
]


def library_text(path: Path) -> str:
    return clean(path.read_bytes(), Options()).text


def test_directory_is_mirrored_and_hidden_files_skipped(cli, corpus, tmp_path):
    out = tmp_path / "out"
    result = cli("clean", corpus, "-o", out, "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert files_under(out) == MIRRORED
    for stem in ("local/sport/city_marathon", "politics/council_budget"):
        source = next(corpus.glob(f"{stem}.*"))
        assert (out / f"{stem}.txt").read_text(encoding="utf-8") == library_text(source)


def test_sidecar_describes_its_source(cli, corpus, tmp_path):
    out = tmp_path / "out"
    assert cli("clean", corpus, "-o", out, "-q", "--removals", "full").exit_code == 0
    raw = (corpus / "politics" / "council_budget.html").read_bytes()
    text = (out / "politics" / "council_budget.meta.json").read_text(encoding="utf-8")
    meta = json.loads(text)
    assert text.endswith("}\n")
    assert meta["schema_version"] == 3
    assert meta["source"] == {
        "path": f"{corpus}/politics/council_budget.html",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "size": len(raw),
    }
    assert meta["tool"] == {"name": "boilerstrip", "version": __version__}
    expected = clean(raw, Options()).as_dict()
    assert {key: meta[key] for key in expected} == expected


def test_file_inputs_write_flat(cli, tmp_path):
    out = tmp_path / "out"
    result = cli("clean", DATA / TEXTS[0], DATA / PAGE, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == [
        "boilerstrip-report.json",
        "council_budget.meta.json",
        "council_budget.txt",
        "harbour_ferry_strike.meta.json",
        "harbour_ferry_strike.txt",
    ]


def test_include_restricts_the_walk(cli, corpus, tmp_path):
    out = tmp_path / "out"
    assert cli("clean", corpus, "-o", out, "--include", "*.html", "-q").exit_code == 0
    assert files_under(out) == [
        "boilerstrip-report.json",
        "politics/council_budget.meta.json",
        "politics/council_budget.txt",
    ]


def test_output_inside_the_input_is_not_cleaned_again(cli, corpus):
    out = corpus / "clean"
    assert cli("clean", corpus, "-o", out, "-q").exit_code == 0
    first = {p: (out / p).read_bytes() for p in files_under(out) if "report" not in p}
    assert cli("clean", corpus, "-o", out, "-q").exit_code == 0
    assert {p: (out / p).read_bytes() for p in files_under(out) if "report" not in p} == first


def test_collision_is_a_usage_error_before_any_write(cli, tmp_path):
    inputs = tmp_path / "in"
    (inputs / "x").mkdir(parents=True)
    (inputs / "b.html").write_bytes((DATA / PAGE).read_bytes())
    (inputs / "b.txt").write_bytes((DATA / TEXTS[0]).read_bytes())
    out = tmp_path / "out"
    result = cli("clean", inputs, "-o", out)
    assert result.exit_code == 2
    assert result.stderr == (f"error: {inputs}/b.html and {inputs}/b.txt would both write {out}/b.txt\n")
    assert not out.exists()


def test_bad_documents_fail_alone(cli, corpus, tmp_path):
    (corpus / "broken").mkdir()
    (corpus / "broken" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    (corpus / "broken" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = cli("clean", corpus, "-o", out, "--jobs", "2", "--quiet")
    assert result.exit_code == 1
    assert sorted(result.stderr.splitlines()) == [  # in the order the workers finish
        f"error: {corpus}/broken/empty.txt: empty input (no text)",
        f"error: {corpus}/broken/photo.jpg: binary data (NUL bytes), not text or HTML",
    ]
    assert files_under(out) == MIRRORED  # the good documents are all written
    report = json.loads((out / "boilerstrip-report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"ok": 4, "warning": 0, "failed": 2, "skipped": 0, "filtered": 0}
    failures = {d["source"]: d["error"] for d in report["documents"] if d["status"] == "failed"}
    assert failures == {
        f"{corpus}/broken/empty.txt": "empty input (no text)",
        f"{corpus}/broken/photo.jpg": "binary data (NUL bytes), not text or HTML",
    }


def test_too_large_input_fails_with_max_bytes(cli, tmp_path):
    result = cli("clean", DATA / PAGE, "--max-bytes", "100", "-q")
    assert result.exit_code == 1
    size = (DATA / PAGE).stat().st_size
    assert result.stderr == f"error: {DATA / PAGE}: {size} bytes is over the limit of 100\n"
    assert result.stdout == ""


def test_report_records_the_run(cli, corpus, tmp_path):
    out, report_path = tmp_path / "out", tmp_path / "run.json"
    args = ["clean", corpus, "-o", out, "--report", report_path, "--format", "text", "-j", "1"]
    assert cli(*args, "--include", "*.txt", "--recall", "-q").exit_code == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert not (out / "boilerstrip-report.json").exists()
    assert report["inputs"] == [str(corpus)]
    assert report["output_dir"] == str(out)
    assert report["options"] == {
        "format": "text",
        "precision": False,
        "recall": True,
        "with_comments": False,
        "max_bytes": Options().max_bytes,
        "rules_off": [],
        "phrases": {},
        "patterns": {},
        "sites": {},
        "config": None,
        "jobs": 1,
        "include": ["*.txt"],
        "fail_on": "error",
        "max_failures": None,
        "force": False,
        "timeout": 30.0,
        "scheduler": None,
        "min_words": 0,
        "corpus_repeats": None,
        "drop_duplicates": False,
    }
    assert report["counts"] == {"ok": 3, "warning": 0, "failed": 0, "skipped": 0, "filtered": 0}
    sources = [d["source"] for d in report["documents"]]
    assert sources == sorted(sources)
    harbour = report["documents"][0]
    assert harbour["outputs"] == [
        f"{out}/harbour_ferry_strike.txt",
        f"{out}/harbour_ferry_strike.meta.json",
    ]
    meta = json.loads((out / "harbour_ferry_strike.meta.json").read_text(encoding="utf-8"))
    assert harbour["chars_out"] == meta["stats"]["chars_out"]
    assert harbour["lines_removed"] == meta["stats"]["lines_removed"]
    assert harbour["removals_by_rule"] == meta["removals_by_rule"]
    totals = {}
    for document in report["documents"]:
        for rule, count in document["removals_by_rule"].items():
            totals[rule] = totals.get(rule, 0) + count
    assert report["removals_by_rule"] == totals
    assert report["started"][:2] == "20" and isinstance(report["wall_s"], float)


def test_jobs_2_writes_the_same_as_jobs_1(cli, corpus, tmp_path):
    for jobs in ("1", "2"):
        assert cli("clean", corpus, "-o", tmp_path / jobs, "-j", jobs, "-q").exit_code == 0
    names = [name for name in files_under(tmp_path / "1") if "report" not in name]
    assert names == [name for name in files_under(tmp_path / "2") if "report" not in name]
    for name in names:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


def test_stdin_filter_writes_text_to_stdout_and_meta_file(cli, tmp_path):
    raw = (DATA / TEXTS[0]).read_bytes()
    meta_path = tmp_path / "meta" / "story.meta.json"
    result = cli("clean", "-", "--meta", meta_path, stdin=raw)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == clean(raw, Options()).text.encode("utf-8")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    assert meta["source"]["path"] == "<stdin>"
    assert meta["source"]["size"] == len(raw)
    assert files_under(tmp_path) == ["meta/story.meta.json"]  # no report unless asked


def test_single_file_goes_to_stdout(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("clean", DATA / PAGE, "--quiet")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == library_text(DATA / PAGE)
    assert result.stderr == ""
    assert files_under(tmp_path) == []


def test_filter_mode_report_only_when_asked(cli, tmp_path):
    report_path = tmp_path / "r.json"
    result = cli("clean", DATA / TEXTS[1], "--report", report_path, "-q")
    assert result.exit_code == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["output_dir"] is None
    assert report["documents"][0]["outputs"] == ["<stdout>"]


def test_stdin_with_output_dir_writes_stdin_files(cli, tmp_path):
    out = tmp_path / "out"
    result = cli("clean", "-", "-o", out, "-q", stdin=(DATA / TEXTS[2]).read_bytes())
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == ["boilerstrip-report.json", "stdin.meta.json", "stdin.txt"]


def test_failed_filter_document_prints_nothing_to_stdout(cli, tmp_path):
    meta_path = tmp_path / "m.json"
    result = cli("clean", "-", "--meta", meta_path, stdin=b"\x00\x01\x02binary")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "error: <stdin>: binary data" in result.stderr
    assert not meta_path.exists()


def test_summary_only_on_a_terminal_or_when_asked(cli, corpus, tmp_path):
    piped = cli("clean", corpus, "-o", tmp_path / "out")  # stderr is no terminal here
    assert piped.stdout == "" and piped.stderr == ""
    result = cli("clean", corpus, "-o", tmp_path / "out1", "--summary")
    assert "4 ok, 0 failed" in result.stderr
    assert "docs/s" in result.stderr
    quiet = cli("clean", corpus, "-o", tmp_path / "out2", "--quiet", "--summary")
    assert quiet.stderr == ""


def test_an_empty_clean_text_is_a_warning(cli, tmp_path):
    page = tmp_path / "menu.txt"
    page.write_text("Home | News | Sport | Weather\nShare | Tweet | Email\n")
    out = tmp_path / "out"
    result = cli("clean", page, "-o", out)
    assert result.exit_code == 0
    assert result.stderr == "warning: " + f"{page}: no article text found: the clean text is empty\n"
    report = json.loads((out / "boilerstrip-report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"ok": 0, "warning": 1, "failed": 0, "skipped": 0, "filtered": 0}
    assert report["documents"][0]["status"] == "warning"
    assert cli("clean", page, "-o", tmp_path / "strict", "--fail-on", "warning").exit_code == 1


def test_max_failures_stops_the_run(cli, tmp_path):
    for n in range(6):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"bad{n}.txt").write_bytes(b"\x00binary\x00")
    result = cli("clean", tmp_path / "in", "-o", tmp_path / "out", "-j", "1", "--max-failures", "2")
    assert result.exit_code == 1
    assert "stopped early: --max-failures 2: 3 documents failed" in result.stderr
    report = json.loads((tmp_path / "out" / "boilerstrip-report.json").read_text(encoding="utf-8"))
    assert report["counts"]["failed"] == 3 and report["stopped"].startswith("--max-failures")
    assert cli("clean", tmp_path / "in", "-o", tmp_path / "o2", "--max-failures", "x%").exit_code == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clean"], "no inputs given"),
        (["clean", "missing.html", "-o", "out"], "missing.html: no such file or directory"),
        (["clean", "{data}", "missing.html", "-o", "out"], "missing.html: no such file"),
        (["clean", "{data}"], "a directory input needs -o OUT"),
        (["clean", "{page}", "{text}"], "several inputs need -o OUT"),
        (["clean", "{page}", "--precision", "--recall"], "--precision and --recall exclude"),
        (["clean", "{page}", "-o", "out", "--meta", "m.json"], "--meta is for stdout mode"),
        (["clean", "{page}", "-o", "out", "--jobs", "0"], "--jobs must be at least 1"),
        (["clean", "{page}", "--max-bytes", "0"], "--max-bytes must be at least 1"),
        (["clean", "{data}", "-o", "out", "--include", "*.pdf"], "no input files found"),
        (["clean", "{text}", "-o", "{data}"], "would overwrite the input"),
    ],
)
def test_usage_errors_exit_2_with_one_line(cli, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    place(data, PAGE)
    place(data, TEXTS[0])
    fill = {"data": data, "page": data / PAGE, "text": data / TEXTS[0]}
    result = cli(*[arg.format(**fill) for arg in args])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()
    assert files_under(data) == [PAGE, TEXTS[0]]


def test_bad_option_value_is_exit_2(cli):
    assert cli("clean", "x", "--format", "pdf").exit_code == 2
    assert cli("clean", "x", "--jobs", "many").exit_code == 2


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout == f"boilerstrip {__version__}\n"


def test_help_lists_the_exit_codes(cli):
    result = cli("clean", "--help")
    assert result.exit_code == 0
    assert "Exit codes: 0" in " ".join(result.stdout.split())


def test_unreadable_directory_fails_but_the_rest_is_written(cli, corpus, tmp_path, monkeypatch):
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("sport"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    result = cli("clean", corpus, "-o", out, "-q")
    assert result.exit_code == 1
    assert result.stderr == f"error: {corpus}/local/sport: cannot read directory (Permission denied)\n"
    assert "local/library_reopens.txt" in files_under(out)
    report = json.loads((out / "boilerstrip-report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"ok": 3, "warning": 0, "failed": 1, "skipped": 0, "filtered": 0}
