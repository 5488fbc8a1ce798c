"""The output directory a run owns: one run at a time, and no leftovers of a killed one."""

import os

import pytest

from cli.errors import UsageError
from cli.outdir import PID_NAME, claimed, remove_stale_temps
from cli.outputs import atomic_write


def test_a_second_claim_is_refused_naming_the_holder(tmp_path):
    with claimed(tmp_path):
        assert (tmp_path / PID_NAME).read_text() == f"{os.getpid()}\n"
        holder = rf"another boilerstrip run is writing there \(pid {os.getpid()}\)"
        with pytest.raises(UsageError, match=holder), claimed(tmp_path):
            pass
    assert not (tmp_path / PID_NAME).exists()
    with claimed(tmp_path):  # released with the first
        pass


def test_a_killed_runs_pid_file_does_not_hold_the_directory(tmp_path):
    (tmp_path / PID_NAME).write_text("999999\n")  # left by a run that was SIGKILLed
    with claimed(tmp_path):
        assert (tmp_path / PID_NAME).read_text() == f"{os.getpid()}\n"


def test_only_the_temporary_files_of_a_write_are_removed(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    leftovers = [tmp_path / ".page.txt.0a1b2c3d.tmp", tmp_path / "a" / "b" / ".page.meta.json.ffffffff.tmp"]
    kept = [
        tmp_path / "page.tmp",
        tmp_path / ".hidden",
        tmp_path / ".x.txt.0a1b2c3.tmp",
        tmp_path / "a" / "p.txt",
    ]
    for path in leftovers + kept:
        path.write_text("x")
    assert sorted(remove_stale_temps(tmp_path)) == sorted(map(str, leftovers))
    assert all(path.exists() for path in kept) and not any(path.exists() for path in leftovers)


def test_the_temporary_name_of_a_write_is_one_the_cleanup_knows(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(os, "replace", lambda temp, path: seen.append(temp))  # stop before the rename
    atomic_write(tmp_path / "page.txt", b"text")
    assert remove_stale_temps(tmp_path) == [str(seen[0])]
