"""Reruns: a document whose sidecar records the same input and settings is skipped; --force
cleans it again; a document that now fails loses the outputs of its earlier success."""

import json

from tests.cli.conftest import files_under


def report_of(out):
    return json.loads((out / "boilerstrip-report.json").read_text(encoding="utf-8"))


def stamps(out):
    return {name: (out / name).stat().st_mtime_ns for name in files_under(out) if "report" not in name}


def test_a_rerun_over_an_unchanged_corpus_writes_nothing(cli, corpus, tmp_path):
    out = tmp_path / "out"
    assert cli("clean", corpus, "-o", out, "-j", "1").exit_code == 0
    before = stamps(out)
    assert cli("clean", corpus, "-o", out, "-j", "1").exit_code == 0
    assert stamps(out) == before
    assert report_of(out)["counts"] == {"ok": 0, "warning": 0, "failed": 0, "skipped": 4, "filtered": 0}
    assert cli("clean", corpus, "-o", out, "-j", "1", "--force").exit_code == 0
    assert report_of(out)["counts"]["ok"] == 4


def test_a_changed_input_or_changed_options_are_cleaned_again(cli, corpus, tmp_path):
    out = tmp_path / "out"
    cli("clean", corpus, "-o", out, "-j", "1")
    story = corpus / "harbour_ferry_strike.txt"
    story.write_text(story.read_text(encoding="utf-8") + "\nOne more paragraph of the story, added later.\n")
    cli("clean", corpus, "-o", out, "-j", "1")
    statuses = {d["source"]: d["status"] for d in report_of(out)["documents"]}
    assert statuses[str(story)] == "ok"
    assert sorted(statuses.values()).count("skipped") == 3
    sidecar = json.loads((out / "harbour_ferry_strike.meta.json").read_text(encoding="utf-8"))
    assert sidecar["source"]["size"] == story.stat().st_size
    cli("clean", corpus, "-o", out, "-j", "1", "--precision")
    assert report_of(out)["counts"]["skipped"] == 0  # other options: other outputs


def test_a_document_that_now_fails_loses_its_stale_outputs(cli, corpus, tmp_path):
    out = tmp_path / "out"
    cli("clean", corpus, "-o", out, "-j", "1")
    (corpus / "harbour_ferry_strike.txt").write_bytes(b"\x00\x01binary now\x00")
    result = cli("clean", corpus, "-o", out, "-j", "1")
    assert result.exit_code == 1
    assert "harbour_ferry_strike" not in " ".join(files_under(out))
    entry = next(d for d in report_of(out)["documents"] if d["status"] == "failed")
    assert entry["removed"] == [
        str(out / "harbour_ferry_strike.meta.json"),
        str(out / "harbour_ferry_strike.txt"),
    ]


def test_a_text_without_its_sidecar_is_cleaned_again(cli, corpus, tmp_path):
    out = tmp_path / "out"
    cli("clean", corpus, "-o", out, "-j", "1")
    (out / "harbour_ferry_strike.meta.json").unlink()  # as a kill between the two writes leaves it
    cli("clean", corpus, "-o", out, "-j", "1")
    assert report_of(out)["counts"]["ok"] == 1
    assert (out / "harbour_ferry_strike.meta.json").is_file()
