import os
from pathlib import Path, PurePath

import pytest

from cli.errors import UsageError
from cli.inputs import (
    STDIN,
    Source,
    Target,
    check_collisions,
    find_sources,
    map_outputs,
)
from tests.cli.conftest import DATA, PAGE, TEXTS


def found_paths(inputs, include=(), exclude=()):
    found = find_sources([str(i) for i in inputs], list(include), list(exclude))
    return [(s.path, s.stem.as_posix()) for s in found.sources]


def test_directory_is_walked_sorted_with_hidden_entries_skipped(corpus):
    assert found_paths([corpus]) == [
        (f"{corpus}/harbour_ferry_strike.txt", "harbour_ferry_strike"),
        (f"{corpus}/local/library_reopens.txt", "local/library_reopens"),
        (f"{corpus}/local/sport/city_marathon.txt", "local/sport/city_marathon"),
        (f"{corpus}/politics/council_budget.html", "politics/council_budget"),
    ]


def test_file_input_keeps_its_path_as_given_and_maps_to_its_name():
    given = str(DATA / PAGE)
    assert found_paths([given]) == [(given, "council_budget")]


def test_stdin_maps_to_stdin_stem():
    found = find_sources([STDIN], [], [])
    assert found.sources == [Source(STDIN, PurePath("stdin"))]
    assert found.sources[0].name == "<stdin>"


def test_include_globs_match_names_or_relative_paths(corpus):
    assert [stem for _, stem in found_paths([corpus], include=["*.html"])] == ["politics/council_budget"]
    assert [stem for _, stem in found_paths([corpus], include=["local/*", "*.html"])] == [
        "local/library_reopens",
        "local/sport/city_marathon",
        "politics/council_budget",
    ]


def test_include_does_not_filter_explicit_files():
    given = str(DATA / TEXTS[0])
    assert found_paths([given], include=["*.html"]) == [(given, "harbour_ferry_strike")]


def test_output_directory_inside_an_input_is_not_walked(corpus):
    out = corpus / "clean"
    out.mkdir()
    (out / "harbour_ferry_strike.txt").write_text("output of an earlier run\n")
    stems = [stem for _, stem in found_paths([corpus], exclude=[out])]
    assert "clean/harbour_ferry_strike" not in stems
    assert len(stems) == 4


def test_output_directory_cannot_be_the_input_directory(corpus):
    with pytest.raises(UsageError, match="output directory cannot be an input"):
        find_sources([str(corpus)], [], [corpus])


def test_symlink_loops_are_walked_once_and_named(corpus):
    (corpus / "local" / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "again").symlink_to(corpus / "local", target_is_directory=True)
    found = find_sources([str(corpus)], [], [])
    stems = [source.stem for source in found.sources]
    assert len(stems) == len(set(stems)) == 4
    assert sorted(Path(path).name for path, _ in found.skipped) == ["local", "loop"]  # "again" came first
    assert all("already walked" in reason for _, reason in found.skipped)


def test_broken_symlinks_and_fifos_are_named_as_skipped_not_documents(corpus):
    (corpus / "dangling.txt").symlink_to(corpus / "nowhere.txt")
    (corpus / "self.txt").symlink_to(corpus / "self.txt")
    os.mkfifo(corpus / "pipe.txt")
    found = find_sources([str(corpus)], [], [])
    assert len(found.sources) == 4
    assert {Path(path).name: reason for path, reason in found.skipped} == {
        "dangling.txt": "a dangling symbolic link",
        "self.txt": "a symbolic link that loops",
        "pipe.txt": "not a regular file (a FIFO): not opened",
    }


def test_an_entry_include_leaves_out_is_not_named(corpus):
    os.mkfifo(corpus / "pipe.fifo")
    (corpus / "dangling.txt").symlink_to(corpus / "nowhere.txt")
    found = find_sources([str(corpus)], ["*.txt"], [])
    assert [Path(path).name for path, _ in found.skipped] == ["dangling.txt"]


def test_unreadable_directory_is_reported_not_fatal(corpus, monkeypatch):
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("politics"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = find_sources([str(corpus)], [], [])
    assert len(found.sources) == 3
    assert found.unreadable == [(f"{corpus}/politics", "cannot read directory (Permission denied)")]


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        ([], "no inputs given"),
        (["missing.txt"], "missing.txt: no such file or directory"),
        (["-", "-"], "stdin"),
    ],
)
def test_bad_inputs_are_usage_errors(inputs, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match=message):
        find_sources(inputs, [], [])


def test_directory_inputs_are_mirrored_and_files_flattened(corpus, tmp_path):
    out = tmp_path / "out"
    sources = find_sources([str(corpus), str(DATA / PAGE), STDIN], [], []).sources
    targets = map_outputs(sources, out)
    assert [(t.text.relative_to(out).as_posix(), t.meta.name) for t in targets] == [
        ("harbour_ferry_strike.txt", "harbour_ferry_strike.meta.json"),
        ("local/library_reopens.txt", "library_reopens.meta.json"),
        ("local/sport/city_marathon.txt", "city_marathon.meta.json"),
        ("politics/council_budget.txt", "council_budget.meta.json"),
        ("council_budget.txt", "council_budget.meta.json"),
        ("stdin.txt", "stdin.meta.json"),
    ]
    check_collisions(targets)  # nothing shared: no error


def test_a_file_given_twice_is_cleaned_once(tmp_path):
    given = str(DATA / PAGE)
    sources = find_sources([given, given], [], []).sources
    assert len(map_outputs(sources, tmp_path)) == 1


def test_collision_names_both_inputs_once(tmp_path):
    (tmp_path / "b.html").write_text("<p>one</p>")
    (tmp_path / "b.txt").write_text("two")
    sources = find_sources([str(tmp_path / "b.html"), str(tmp_path / "b.txt")], [], []).sources
    with pytest.raises(UsageError) as error:
        check_collisions(map_outputs(sources, tmp_path / "out"))
    assert str(error.value) == (
        f"{tmp_path}/b.html and {tmp_path}/b.txt would both write {tmp_path}/out/b.txt"
    )


def test_output_over_an_input_is_refused(tmp_path):
    (tmp_path / "b.txt").write_text("the input")
    sources = find_sources([str(tmp_path / "b.txt")], [], []).sources
    with pytest.raises(UsageError, match="would overwrite the input"):
        check_collisions(map_outputs(sources, tmp_path))


def test_report_or_meta_over_an_input_is_refused(tmp_path):
    source = Source(str(DATA / PAGE), PurePath("council_budget"))
    with pytest.raises(UsageError, match="would overwrite the input"):
        check_collisions([Target(source, None, None)], [DATA / PAGE])


def test_many_collisions_are_capped(tmp_path):
    sources = []
    for index in range(15):
        directory = tmp_path / f"d{index}"
        directory.mkdir()
        (directory / "same.txt").write_text("text")
        sources.append(Source(str(directory / "same.txt"), PurePath("same")))
    with pytest.raises(UsageError) as error:
        check_collisions(map_outputs(sources, Path(tmp_path / "out")))
    lines = str(error.value).splitlines()
    assert len(lines) == 11
    assert lines[-1] == "error: ... and 4 more"


def test_a_compressed_file_is_named_by_the_file_it_holds(tmp_path):
    for name in ("a.html.gz", "b.txt.zst", "c.xz", "d.tar.bz2", "e.gz.txt"):
        (tmp_path / name).write_bytes(b"x")
    assert [stem for _, stem in found_paths([tmp_path])] == ["a", "b", "c", "d", "e.gz"]


def test_boilerstrips_own_outputs_are_never_walked_as_inputs(corpus):
    (corpus / "old.meta.json").write_text("{}")
    (corpus / "local" / "boilerstrip-report.json").write_text("{}")
    (corpus / "old.txt").write_text("The text of an earlier run, which is a document like any other.\n")
    names = [Path(path).name for path, _ in found_paths([corpus])]
    assert "old.txt" in names and "old.meta.json" not in names and "boilerstrip-report.json" not in names


def test_a_sidecar_named_as_an_input_is_skipped_by_name(tmp_path):
    (tmp_path / "a.meta.json").write_text("{}")
    found = find_sources([str(tmp_path / "a.meta.json")], [], [])
    assert found.sources == [] and found.skipped == [(str(tmp_path / "a.meta.json"), found.skipped[0][1])]
    assert "never an input" in found.skipped[0][1]
