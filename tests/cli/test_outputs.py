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
    assert data["schema_version"] == 2
    assert data["source"] == {
        "path": "data/a.txt",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "size": len(raw),
    }
    assert data["tool"] == {"name": "boilerstrip", "version": __version__}
    assert json.loads(json_bytes(data)) == data
