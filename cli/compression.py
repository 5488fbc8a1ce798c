"""Compressed inputs: a .gz, .bz2, .xz or .zst file is read as the file it holds.

cli.readers decompresses it as a stream and never past the size cap (--max-bytes), so a
compression bomb (a few kilobytes that inflate to gigabytes) is a failure naming the file, not
a machine out of memory.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import sys
import zlib
from collections.abc import Callable
from pathlib import PurePath
from typing import BinaryIO


class ZstdStream:
    """A .zst file as a stream of its frames, fed in small steps, that raises EOFError when
    the file ends inside a frame (python-zstandard's stream_reader ends quietly there). A step
    of 256 compressed bytes inflates to at most some 8 MB, so the cap is not overshot by more."""

    STEP = 256

    def __init__(self, file: BinaryIO) -> None:
        import zstandard  # only for the .zst files of a run

        self.file, self.new_frame = file, zstandard.ZstdDecompressor().decompressobj
        self.frame, self.in_frame, self.pending = self.new_frame(), False, b""

    def __enter__(self) -> ZstdStream:
        return self

    def __exit__(self, *exception: object) -> None:
        return None

    def read(self, size: int) -> bytes:
        while len(self.pending) < size and (data := self.next_input()):
            self.pending += self.frame.decompress(data)
            self.in_frame = not self.frame.eof
        out, self.pending = self.pending[:size], self.pending[size:]
        return out

    def next_input(self) -> bytes:
        rest = b""
        if self.frame.eof:  # a frame ended: what followed it starts the next one
            rest, self.frame = self.frame.unused_data, self.new_frame()
        data = rest or self.file.read(self.STEP)
        if not data and self.in_frame:
            raise EOFError("the file ends inside a zstd frame")
        return data


OPENERS: dict[str, Callable[[BinaryIO], BinaryIO]] = {
    ".gz": lambda file: gzip.GzipFile(fileobj=file),
    ".bz2": bz2.BZ2File,
    ".xz": lzma.LZMAFile,
    ".zst": ZstdStream,
}


def compression(name: str) -> str | None:
    """The compression suffix of `name` (".gz"), None for a file read as it is."""
    suffix = PurePath(name).suffix.lower()
    return suffix if suffix in OPENERS else None


def without_compression(path: PurePath) -> PurePath:
    """a/b.html.gz -> a/b.html: the name of the file the compressed one holds."""
    return path.with_suffix("") if compression(path.name) else path


def is_corrupt_stream(error: Exception) -> bool:
    """Whether a decompressor raised `error` for a stream not of its format, or cut short."""
    if isinstance(error, OSError | EOFError | zlib.error | lzma.LZMAError | ValueError):
        return True
    zstandard = sys.modules.get("zstandard")  # imported only if a .zst file was read
    return zstandard is not None and isinstance(error, zstandard.ZstdError)
