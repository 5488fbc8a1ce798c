"""Readers: a task's input as records, one document each (its name, its bytes, its origin).

A task is the unit a worker takes. Today it is one file, or stdin's bytes read by the main
process; a shard format (a WARC file, a JSONL shard) makes one task yield many records.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any, BinaryIO, NamedTuple

from cleaners import InputError, InputTooLarge
from cli.compression import OPENERS, compression, is_corrupt_stream
from cli.inputs import file_kind


class NotAFile(InputError):
    """A FIFO, socket or device named as an input: opening or reading it could block."""


class Task(NamedTuple):
    name: str  # the name used in messages, the sidecar and the report
    stem: PurePath  # where its outputs go under OUT, without a suffix: a/b for OUT/a/b.txt
    path: str | None = None  # the file to read; None when `raw` was read already (stdin)
    raw: bytes | None = None
    size: int = 0  # bytes on disk when planned, for the progress bar


class Record(NamedTuple):
    name: str
    stem: PurePath
    raw: bytes
    origin: dict[str, Any] | None = None  # more of where it came from, for the sidecar
    format: str | None = None  # the way it must go, when its shard says (a JSONL text field)
    refusal: tuple[str, str] | None = None  # (failed or skipped, why): a record that is no document


def read_records(task: Task, max_bytes: int) -> Iterator[Record]:
    """The documents of a task that is one file (see cli.shards for those that hold many).
    Raises InputError or OSError when it cannot be read."""
    yield Record(task.name, task.stem, read_bytes(task, max_bytes))


@contextlib.contextmanager
def opened(path: str) -> Iterator[BinaryIO]:
    """The regular file at `path`, open for reading; NotAFile for a FIFO, socket or device.
    O_NONBLOCK: opening a FIFO must not wait for a writer that may never come; the mode is
    then checked on what was opened, so nothing can swap the file in between."""
    with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as file:
        mode = os.fstat(file.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise NotAFile(f"not a regular file ({file_kind(mode)}): not read")
        yield file


def read_bytes(task: Task, max_bytes: int) -> bytes:
    """The file's bytes; a file over the limit is refused before it is read into memory."""
    if task.raw is not None:
        raw = task.raw
    else:
        with opened(task.path) as file:
            size = os.fstat(file.fileno()).st_size
            if size > max_bytes:
                raise InputTooLarge(f"{size} bytes is over the limit of {max_bytes}")
            suffix = compression(task.path)
            if suffix:
                return decompressed(file, suffix, max_bytes)
            raw = file.read(max_bytes + 1)  # +1: a growing file can still be too big
    if len(raw) > max_bytes:
        raise InputTooLarge(f"more than {max_bytes} bytes, over the limit of {max_bytes}")
    return raw


CHUNK = 1 << 20


def decompressed(file: BinaryIO, suffix: str, cap: int) -> bytes:
    """The bytes `file` holds once decompressed; InputTooLarge past `cap`, InputError when it
    is not a valid `suffix` file."""
    chunks, size = [], 0
    with broken_stream_as_input_error(f"not a valid {suffix} file"), OPENERS[suffix](file) as stream:
        while chunk := stream.read(min(CHUNK, cap + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > cap:
                raise InputTooLarge(f"decompresses to more than {cap} bytes (--max-bytes)")
    return b"".join(chunks)


@contextlib.contextmanager
def broken_stream_as_input_error(what: str) -> Iterator[None]:
    """A decompressor's error on a stream not of its format, or cut short, as the
    InputError "`what` (the error)"; any other exception as it is."""
    try:
        yield
    except InputError:
        raise
    except Exception as error:
        if not is_corrupt_stream(error):
            raise
        raise InputError(f"{what} ({error})") from None
