"""--output-format jsonl: every document one line, in the order the documents are done, to
stdout, to one file (-o FILE.jsonl), or to shards of --shard-size documents under a folder
(-o DIR: DIR/part-00000.jsonl, ...). Each file is written under a temporary name and renamed
when it is complete, so a reader never sees half a shard."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

from cli.outputs import create_temp, pending_temps

SHARD_NAME = "part-{:05d}.jsonl"
DEFAULT_SHARD_SIZE = 10_000


def is_jsonl_file(output: Path) -> bool:
    return output.suffix.lower() == ".jsonl"


class JsonlSink:
    def __init__(self, output: Path | None, shard_size: int) -> None:
        self.output, self.shard_size = output, shard_size
        self.file: BinaryIO | None = None
        self.temp: Path | None = None
        self.lines = self.shards = 0
        self.written: list[str] = []  # the files completed

    @property
    def destination(self) -> str:
        return "<stdout>" if self.output is None else str(self.output)

    def add(self, line: str) -> None:
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
        if self.output is None:
            sys.stdout.flush()
        elif self.file is not None:
            self.finish()
        elif is_jsonl_file(self.output) and not self.written:
            self.open_next()  # no document: an empty file, not a missing one
            self.finish()
