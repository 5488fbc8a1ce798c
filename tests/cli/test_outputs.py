import hashlib
import json
import os
import stat

import pytest

from cleaners import __version__
from cli import outputs
from cli.outputs import atomic_write, json_bytes, sidecar


def test_atomic_write_creates_parents_and_replaces(tmp_path):
    target = tmp_path / "a" / "b" / "doc.txt"
    atomic_write(target, b"first\n")
    atomic_write(target, b"second\n")
    assert target.read_bytes() == b"second\n"
    assert os.listdir(target.parent) == ["doc.txt"]  # no temporary file left behind


def test_atomic_write_respects_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "doc.txt", b"text\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "doc.txt").stat().st_mode) == 0o644


def test_failed_write_keeps_the_old_file_and_removes_the_temp(tmp_path, monkeypatch):
    target = tmp_path / "doc.txt"
    target.write_bytes(b"old\n")

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write(target, b"new\n")
    assert target.read_bytes() == b"old\n"
    assert os.listdir(tmp_path) == ["doc.txt"]


def test_interrupted_write_removes_the_temp(tmp_path, monkeypatch):
    def interrupt(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "doc.txt", b"new\n")
    assert os.listdir(tmp_path) == []


def test_temp_files_are_hidden_and_in_the_destination(tmp_path):
    temp, fd = outputs.create_temp(tmp_path / "doc.txt")
    os.close(fd)
    assert temp.parent == tmp_path
    assert temp.name.startswith(".doc.txt.")
    assert temp.name.endswith(".tmp")


def test_special_files_are_written_in_place():
    atomic_write(outputs.Path(os.devnull), b"discarded\n")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_json_house_style():
    assert json_bytes({"title": "Café", "n": [1]}) == (
        '{\n  "title": "Café",\n  "n": [\n    1\n  ]\n}\n'.encode()
    )


def test_sidecar_wraps_the_document_with_source_and_tool():
    raw = "Ein Text über Bäume.\n".encode()
    document = {"encoding": {}, "format": "text", "metadata": {}, "removals": [], "stats": {}}
    data = sidecar("data/a.txt", raw, document)
    assert list(data) == [
        "schema_version",
        "source",
        "encoding",
        "format",
        "metadata",
        "removals",
        "stats",
        "cleaning",
        "tool",
    ]
    assert data["schema_version"] == 3
    assert data["source"] == {
        "path": "data/a.txt",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "size": len(raw),
    }
    assert data["tool"] == {"name": "boilerstrip", "version": __version__}
    assert json.loads(json_bytes(data)) == data


def removal(rule, line, text, reason="why", whole_line=True):
    return {"rule": rule, "reason": reason, "lines": [line, line], "text": text, "whole_line": whole_line}


REMOVALS = [
    removal("aside", 0, "Most read", "aside block"),
    removal("aside", 0, "Related", "aside block"),
    removal("classifier", 1, "Home | News", "score -3.1"),
    removal("classifier", 3, "Skip to content", "score -2.0"),  # line 2 is blank: one block
    removal("classifier", 5, "Weather"),  # line 4 was kept: a new block
    removal("share_row", 6, "Share Facebook Twitter"),
    removal("tracking_pixel", 8, "<img width=1>", whole_line=False),
    removal("tracking_pixel", 8, "<img height=0>", whole_line=False),
]
KEPT_LINES = [4, 7, 8]
COUNTS = {"aside": 2, "classifier": 3, "share_row": 1, "tracking_pixel": 2}


def test_full_removals_are_the_documents_own():
    fields = outputs.removal_fields(REMOVALS, outputs.FULL, KEPT_LINES)
    assert fields == {"removals": REMOVALS}


def test_no_removals_keeps_the_counts_by_rule():
    fields = outputs.removal_fields(REMOVALS, outputs.NONE, KEPT_LINES)
    assert fields == {"removals_by_rule": COUNTS}


def test_summary_has_one_entry_per_block_of_adjacent_lines_one_rule_removed():
    fields = outputs.removal_fields(REMOVALS, outputs.SUMMARY, KEPT_LINES)
    assert fields["removals_by_rule"] == COUNTS
    summary = fields["removals"]
    assert [(entry["rule"], entry["lines"], entry["count"]) for entry in summary] == [
        ("aside", [0, 0], 1),  # pruned elements are each their own
        ("aside", [0, 0], 1),
        ("classifier", [1, 3], 2),
        ("classifier", [5, 5], 1),
        ("share_row", [6, 6], 1),
        ("tracking_pixel", [8, 8], 1),  # cuts are each their own
        ("tracking_pixel", [8, 8], 1),
    ]
    assert summary[2] == {
        "rule": "classifier",
        "reason": "score -3.1",  # the reason of the block's first line
        "lines": [1, 3],
        "whole_line": True,
        "count": 2,
        "excerpt": "Home | News\nSkip to content",
        "chars": len("Home | News") + len("Skip to content"),
    }
    assert summary[5]["whole_line"] is False


def test_a_summary_excerpt_is_cut_with_an_ellipsis():
    long = "x" * 200
    (entry,) = outputs.removal_fields([removal("classifier", 1, long)], outputs.SUMMARY, [])["removals"]
    assert entry["excerpt"] == "x" * (outputs.EXCERPT_CHARS - 1) + "…"
    assert len(entry["excerpt"]) == outputs.EXCERPT_CHARS
    assert entry["chars"] == 200


@pytest.mark.parametrize("mode", outputs.REMOVALS_MODES)
def test_the_removals_stay_where_the_document_put_them(mode):
    document = {"format": "text", "removals": REMOVALS, "warnings": [], "stats": {}}
    keys = list(outputs.with_removals(document, mode, KEPT_LINES))
    expected = {
        outputs.FULL: ["format", "removals", "warnings", "stats"],
        outputs.SUMMARY: ["format", "removals_by_rule", "removals", "warnings", "stats"],
        outputs.NONE: ["format", "removals_by_rule", "warnings", "stats"],
    }
    assert keys == expected[mode]


@pytest.mark.parametrize("mode", outputs.REMOVALS_MODES)
def test_counts_by_rule_read_from_a_sidecar_of_any_mode(mode):
    meta = outputs.with_removals({"removals": REMOVALS}, mode, KEPT_LINES)
    assert outputs.removals_by_rule(meta) == COUNTS
