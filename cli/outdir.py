"""The output directory a run owns: a lock while it writes there, and no leftovers from a
run that was killed.

Two runs writing into one OUT would interleave their pairs and each report would describe
neither, so a run holds an exclusive lock on the OUT directory itself (flock: the kernel drops
it when the holder dies, even by SIGKILL) and a second run exits 2 naming the holder, whose
pid it finds in OUT/.boilerstrip.pid (information only: the lock is the directory's, so the
file can go at the end of the run, and one a killed run left misleads no one).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from cli.errors import UsageError
from cli.outputs import TEMP_NAME, atomic_write

PID_NAME = ".boilerstrip.pid"


@contextlib.contextmanager
def claimed(out_dir: Path) -> Iterator[None]:
    """Hold OUT's lock for the block; UsageError when another run holds it."""
    fd = os.open(out_dir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UsageError(
                f"{out_dir}: another boilerstrip run is writing there ({holder(out_dir)})"
            ) from None
        try:
            atomic_write(out_dir / PID_NAME, f"{os.getpid()}\n".encode())
        except OSError as error:  # a read-only OUT: said once, before any document is tried
            raise UsageError(f"{out_dir}: cannot write there ({error.strerror or error})") from None
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.unlink(out_dir / PID_NAME)
    finally:
        os.close(fd)  # closing drops the lock


def holder(out_dir: Path) -> str:
    try:
        return f"pid {(out_dir / PID_NAME).read_text().strip()}"
    except OSError:
        return "pid unknown"


def remove_stale_temps(out_dir: Path) -> list[str]:
    """Remove the temporary files a killed run left under OUT (call it holding the lock: then
    no run is writing them). Returns their paths."""
    removed = []
    for folder, _, files in os.walk(out_dir):
        for name in filter(TEMP_NAME.fullmatch, files):
            path = os.path.join(folder, name)
            with contextlib.suppress(OSError):
                os.unlink(path)
                removed.append(path)
    return removed
