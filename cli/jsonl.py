"""--output-format jsonl: every document one line, in the order the documents are done, to
stdout, to one file (-o FILE.jsonl), or to shards of --shard-size documents under a folder
(-o DIR: DIR/part-00000.jsonl, ...). Each file is written under a temporary name and renamed
when it is complete, so a reader never sees half a shard.

A pool's workers spool their lines: each appends to a file of its own in a temporary folder
and sends back where the line lies (SpooledLine), which the main process copies into the
output. A shard of any size then crosses no process boundary whole: memory stays flat."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from cli.outputs import create_temp, pending_temps

if TYPE_CHECKING:
    from cli.executors import Executor
    from cli.task import Work

SHARD_NAME = "part-{:05d}.jsonl"
spool_files: dict[str, int] = {}  # this process's spool file, open for appending, by path


class SpooledLine(NamedTuple):
    path: str
    offset: int
    length: int


def spool(folder: str, line: str) -> SpooledLine:
    """Append `line` to this process's spool file in `folder`; where it now lies."""
    path = os.path.join(folder, f"{os.getpid()}.jsonl")
    if path not in spool_files:
        spool_files[path] = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    fd, data = spool_files[path], line.encode("utf-8")
    offset = os.fstat(fd).st_size  # this process alone writes the file
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    return SpooledLine(path, offset, len(data))


def is_jsonl_file(output: Path) -> bool:
    return output.suffix.lower() == ".jsonl"


class JsonlSink:
    def __init__(self, output: Path | None, shard_size: int) -> None:
        self.output, self.shard_size = output, shard_size
        self.file: BinaryIO | None = None
        self.temp: Path | None = None
        self.lines = self.shards = 0
        self.written: list[str] = []  # the files completed
        self.spool_folder: str | None = None  # made when a pool's workers are to spool
        self.spools: dict[str, BinaryIO] = {}

    def make_spool(self) -> str:
        self.spool_folder = tempfile.mkdtemp(prefix="boilerstrip-spool-")
        return self.spool_folder

    def unspooled(self, where: SpooledLine) -> str:
        if where.path not in self.spools:
            self.spools[where.path] = open(where.path, "rb")  # noqa: SIM115 - closed in close()
        spooled = self.spools[where.path]
        spooled.seek(where.offset)
        return spooled.read(where.length).decode("utf-8")

    @property
    def destination(self) -> str:
        return "<stdout>" if self.output is None else str(self.output)

    def add(self, line: str | SpooledLine) -> None:
        if isinstance(line, SpooledLine):
            line = self.unspooled(line)
        if self.output is None:
            sys.stdout.buffer.write(line.encode("utf-8"))
            return
        if self.file is None:
            self.open_next()
        self.file.write(line.encode("utf-8"))
        self.lines += 1
        if not is_jsonl_file(self.output) and self.lines == self.shard_size:
            self.finish()

    def open_next(self) -> None:
        path = self.output if is_jsonl_file(self.output) else self.output / SHARD_NAME.format(self.shards)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.temp, fd = create_temp(path)
        pending_temps.add(self.temp)
        self.file, self.path = os.fdopen(fd, "wb"), path

    def finish(self) -> None:
        """Rename the file being written into place."""
        self.file.close()
        os.replace(self.temp, self.path)
        pending_temps.discard(self.temp)
        self.written.append(str(self.path))
        self.file, self.lines, self.shards = None, 0, self.shards + 1

    def close(self) -> None:
        for spooled in self.spools.values():
            spooled.close()
        if self.spool_folder:
            shutil.rmtree(self.spool_folder, ignore_errors=True)
        if self.output is None:
            sys.stdout.flush()
        elif self.file is not None:
            self.finish()
        elif is_jsonl_file(self.output) and not self.written:
            self.open_next()  # no document: an empty file, not a missing one
            self.finish()


def spooled(work: Work, sink: JsonlSink | None, executor: Executor) -> Work:
    """The work, with a pool's JSONL lines spooled through files (see cli/jsonl.py). Dask
    workers may be other machines: their lines come back in the outcomes."""
    if sink is None or not executor.local_workers:
        return work
    return work._replace(writer=work.writer._replace(spool=sink.make_spool()))


@contextlib.contextmanager
def jsonl_sink(output: Path | None, shard_size: int, wanted: bool) -> Iterator[JsonlSink | None]:
    """Where the JSONL lines go; closed (its last file renamed into place) however the run
    ends: what was done is written."""
    if not wanted:
        yield None
        return
    sink = JsonlSink(output, shard_size)
    try:
        yield sink
    finally:
        sink.close()
