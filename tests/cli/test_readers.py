"""Readers: a task's records."""

from pathlib import PurePath

import pytest

from cleaners import InputTooLarge
from cli.readers import Task, read_records


def test_a_file_task_is_one_record(tmp_path):
    path = tmp_path / "a.html"
    path.write_bytes(b"<p>Hello</p>")
    (record,) = read_records(Task(str(path), PurePath("a"), path=str(path)), 100)
    assert (record.name, record.stem, record.raw, record.origin) == (
        str(path),
        PurePath("a"),
        b"<p>Hello</p>",
        None,
    )


def test_stdin_bytes_are_one_record():
    (record,) = read_records(Task("<stdin>", PurePath("stdin"), raw=b"text"), 100)
    assert record.raw == b"text"


def test_a_file_over_the_limit_is_refused_unread(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputTooLarge, match="101 bytes is over the limit of 100"):
        list(read_records(Task(str(path), PurePath("big"), path=str(path)), 100))
