"""Writers: the text + sidecar pair under OUT, and stdout mode."""

from pathlib import PurePath

from cli.writers import PairWriter, StdoutWriter, output_paths

STEM = PurePath("news/a")


def test_output_paths_mirror_the_stem(tmp_path):
    assert output_paths(tmp_path, STEM) == (tmp_path / "news/a.txt", tmp_path / "news/a.meta.json")


def sidecar(sha="abc", stamp="f1"):
    return {
        "source": {"sha256": sha, "size": 5},
        "cleaning": {"fingerprint": stamp},
        "stats": {"chars_in": 5, "chars_out": 3, "lines_removed": 1},
        "removals": [{"rule": "share_row"}],
    }


def test_pair_is_written_and_then_current(tmp_path):
    writer = PairWriter(tmp_path)
    assert writer.write(STEM, "text", sidecar()) == [
        str(tmp_path / "news/a.txt"),
        str(tmp_path / "news/a.meta.json"),
    ]
    current = writer.current("a.html", STEM, "abc", "f1")
    assert (current.status, current.chars_out, current.removals_by_rule) == ("skipped", 3, {"share_row": 1})
    assert writer.current("a.html", STEM, "other input", "f1") is None
    assert writer.current("a.html", STEM, "abc", "other settings") is None


def test_a_text_without_its_sidecar_is_not_current(tmp_path):
    writer = PairWriter(tmp_path)
    writer.write(STEM, "text", sidecar())
    (tmp_path / "news/a.meta.json").write_text("{not json")
    assert writer.current("a.html", STEM, "abc", "f1") is None


def test_remove_takes_the_sidecar_first(tmp_path):
    writer = PairWriter(tmp_path)
    writer.write(STEM, "text", sidecar())
    assert writer.remove(STEM) == [str(tmp_path / "news/a.meta.json"), str(tmp_path / "news/a.txt")]
    assert writer.remove(STEM) == []


def test_stdout_writer_sends_the_text_and_writes_only_the_meta_file(tmp_path):
    meta = tmp_path / "m.json"
    writer = StdoutWriter(meta)
    assert writer.write(STEM, "text", {}) == ["<stdout>", str(meta)] and writer.payload("text", {}) == "text"
    assert meta.read_bytes() == b"{}\n" and not (tmp_path / "news").exists()
    assert writer.current("a", STEM, "abc", "f1") is None and writer.remove(STEM) == []
