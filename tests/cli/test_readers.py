"""Readers: a task's records."""

import bz2
import gzip
import lzma
import os
from pathlib import PurePath

import pytest

from cleaners import InputError, InputTooLarge
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


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
def test_a_compressed_file_is_read_as_the_file_it_holds(tmp_path, suffix):
    text = "Words of an article, compressed. " * 200
    path = tmp_path / f"a.txt{suffix}"
    path.write_bytes(compress(suffix, text.encode()))
    (record,) = read_records(Task(str(path), PurePath("a"), path=str(path)), 1_000_000)
    assert record.raw.decode() == text


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
def test_a_compression_bomb_is_refused_at_the_cap(tmp_path, suffix):
    path = tmp_path / f"bomb.txt{suffix}"
    path.write_bytes(compress(suffix, b"\0" * 5_000_000))
    assert path.stat().st_size < 10_000
    with pytest.raises(InputTooLarge, match="decompresses to more than 1000000 bytes"):
        list(read_records(Task(str(path), PurePath("bomb"), path=str(path)), 1_000_000))


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
def test_a_truncated_or_foreign_compressed_file_is_an_input_error(tmp_path, suffix):
    whole = compress(suffix, os.urandom(50_000))  # random: the stream is as long as the data
    for name, content in (("cut", whole[: len(whole) // 2]), ("foreign", b"plain text, not compressed")):
        path = tmp_path / f"{name}.txt{suffix}"
        path.write_bytes(content)
        with pytest.raises(InputError, match=rf"not a valid \{suffix} file"):
            list(read_records(Task(str(path), PurePath(name), path=str(path)), 1_000_000))


def compress(suffix: str, data: bytes) -> bytes:
    import zstandard

    packers = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
    return packers[suffix](data) if suffix in packers else zstandard.ZstdCompressor().compress(data)
