"""Finding the documents to clean, and where each one's outputs go."""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import NamedTuple

from cli.compression import without_compression
from cli.errors import UsageError
from cli.writers import META_SUFFIX, REPORT_NAME, output_paths

STDIN = "-"
STDIN_NAME = "<stdin>"  # how stdin is named in messages, sidecars and the report
STDIN_STEM = PurePath("stdin")
MAX_PROBLEMS_SHOWN = 10
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".arc")


class Source(NamedTuple):
    """One document: the path it is read from and its output name relative to OUT.

    `stem` has no suffix: D/a/b.html found under input directory D has stem a/b.
    """

    path: str  # as given, or as found under an input directory; "-" for stdin
    stem: PurePath

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN

    @property
    def name(self) -> str:
        return STDIN_NAME if self.is_stdin else self.path


@dataclass
class Found:
    sources: list[Source] = field(default_factory=list)
    # (directory, reason) for directories the walk could not read: failures, not usage errors
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    # (path, reason) for entries the walk did not take: FIFOs, sockets, devices, links that
    # dangle or loop. Named in the report and on stderr, never opened.
    skipped: list[tuple[str, str]] = field(default_factory=list)


class JsonlFields(NamedTuple):
    """Which fields of a JSONL record hold its id and its payload (--jsonl-*-field)."""

    text: str = "text"
    html: str | None = None  # when set, a record with this field is cleaned as an HTML page
    id: str = "id"


class Target(NamedTuple):
    """A source and the files its clean text and sidecar go to (None: text goes to stdout)."""

    source: Source
    text: Path | None
    meta: Path | None


def find_sources(inputs: list[str], include: list[str], exclude: Iterable[Path]) -> Found:
    """Expand INPUT arguments into documents, in argument order, each directory sorted.

    Paths in `exclude` (the output directory, the report) are never walked into or picked up,
    so an OUT inside an input directory does not feed the next run its own outputs.
    """
    if not inputs:
        raise UsageError("no inputs given (files, directories, or - for stdin)")
    if inputs.count(STDIN) > 1:
        raise UsageError("stdin (-) can only be read once")
    excluded = {key for key in map(file_key, exclude) if key}
    found = Found()
    for given in inputs:
        if given == STDIN:
            found.sources.append(Source(STDIN, STDIN_STEM))
        elif os.path.isdir(given):
            if file_key(given) in excluded:
                raise UsageError(f"{given}: the output directory cannot be an input directory")
            walk_directory(given, include, excluded, found)
        elif os.path.lexists(given) and is_own_output(os.path.basename(given)):
            found.skipped.append((given, "a sidecar or run report of boilerstrip's: never an input"))
        elif os.path.lexists(given):
            # A file named explicitly is always taken, whatever --include says.
            found.sources.append(Source(given, output_stem(PurePath(Path(given).name))))
        else:
            raise UsageError(f"{given}: no such file or directory")
    return found


def listed_files(list_path: str | None, null: bool) -> list[str]:
    """The paths --files-from lists, as the bytes say (a name need not be UTF-8)."""
    if list_path is None:
        return []
    try:
        if list_path == "-":
            listing = sys.stdin.buffer.read()
        else:
            with open(list_path, "rb") as file:
                listing = file.read()
    except OSError as error:
        raise UsageError(f"--files-from {list_path}: cannot read ({error.strerror or error})") from None
    entries = listing.split(b"\0") if null else [line.removesuffix(b"\r") for line in listing.split(b"\n")]
    return [os.fsdecode(entry) for entry in entries if entry]


def walk_directory(root: str, include: list[str], excluded: set, found: Found) -> None:
    """Collect the files under `root`, skipping hidden entries and anything in `excluded`.

    Symlinks are followed, but each real directory is entered once, so a link loop (or a
    second link to the same directory) cannot make the walk endless or repeat files.
    """
    visited: set[tuple[int, int]] = set()

    def walk(directory: str, relative: PurePath) -> Iterator[tuple[str, PurePath]]:
        key = file_key(directory)
        if key in excluded:
            return
        if key in visited:
            if matches(relative, include):
                found.skipped.append(
                    (directory, "a link to a directory already walked (a loop, or a second link)")
                )
            return
        if key:
            visited.add(key)
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            found.unreadable.append((directory, f"cannot read directory ({error.strerror})"))
            return
        for entry in entries:
            if entry.name.startswith(".") or is_own_output(entry.name):
                continue
            path = os.path.join(directory, entry.name)
            if is_dir(entry):
                yield from walk(path, relative / entry.name)
            elif is_file(entry):
                if file_key(path) not in excluded:
                    yield path, relative / entry.name
            elif matches(relative / entry.name, include):
                found.skipped.append((path, not_a_file(path)))

    for path, relative in walk(root, PurePath()):
        if matches(relative, include):
            found.sources.append(Source(path, output_stem(relative)))


def shard_kind(path: str | None) -> str | None:
    """ "jsonl", "warc", or None for a file that is one document."""
    if path is None:
        return None
    suffix = without_compression(PurePath(path)).suffix.lower()
    return "jsonl" if suffix in JSONL_SUFFIXES else "warc" if suffix in WARC_SUFFIXES else None


def is_own_output(name: str) -> bool:
    """A sidecar or a run report: boilerstrip's outputs are never its inputs in a walk (an OUT
    of an earlier run, copied beside the pages, must not be cleaned as pages)."""
    return name.endswith(META_SUFFIX) or name == REPORT_NAME


def output_stem(relative: PurePath) -> PurePath:
    """Where a document's outputs go, without suffixes: a/b.html and a/b.html.gz give a/b."""
    return without_compression(relative).with_suffix("")


def matches(relative: PurePath, include: list[str]) -> bool:
    """With no --include everything matches; a glob may match the name or the relative path."""
    if not include:
        return True
    return any(
        fnmatch.fnmatch(relative.name, glob) or fnmatch.fnmatch(relative.as_posix(), glob) for glob in include
    )


def is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows symlinks
    except OSError:
        return False


def is_file(entry: os.DirEntry) -> bool:
    # Regular files only: a FIFO or socket found in a corpus would block or fail the read.
    try:
        return entry.is_file()
    except OSError:
        return False


def not_a_file(path: str) -> str:
    """Why an entry that is neither a regular file nor a directory is not read."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if os.path.islink(path):
            return "a symbolic link that loops" if error.errno == errno.ELOOP else "a dangling symbolic link"
        return f"cannot read ({error.strerror})"
    return f"not a regular file ({file_kind(mode)}): not opened"


def file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


def file_key(path: str | Path) -> tuple[int, int] | None:
    """Identity of a file or directory that survives symlinks and different spellings."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def map_outputs(sources: list[Source], out_dir: Path) -> list[Target]:
    """Each document's pair; a shard's is its folder (two shards of one name would mix)."""
    return [
        Target(source, out_dir / source.stem, None) if shard_kind(source.path) else
        Target(source, *output_paths(out_dir, source.stem))
        for source in drop_duplicates(sources)
    ]  # fmt: skip


def drop_duplicates(sources: list[Source]) -> list[Source]:
    """The same file given twice (e.g. `a.html a.html`) is cleaned once, not a collision."""
    seen: set[tuple[str, PurePath]] = set()
    unique = []
    for source in sources:
        key = (source.path if source.is_stdin else os.path.realpath(source.path), source.stem)
        if key not in seen:
            seen.add(key)
            unique.append(source)
    return unique


def check_collisions(targets: list[Target], extra_outputs: Iterable[Path] = ()) -> None:
    """Refuse, before anything is written, two documents writing one file, or any output
    (including `extra_outputs`: the report, --meta) landing on an input."""
    problems = list(shared_outputs(targets)) + list(overwritten_inputs(targets, extra_outputs))
    if problems:
        more = len(problems) - MAX_PROBLEMS_SHOWN
        problems = problems[:MAX_PROBLEMS_SHOWN] + ([f"... and {more} more"] if more > 0 else [])
        raise UsageError("\nerror: ".join(problems))


def shared_outputs(targets: list[Target]) -> Iterator[str]:
    writer_of: dict[str, Source] = {}
    reported: set[tuple[Source, Source]] = set()
    for target in targets:
        for path in (target.text, target.meta):
            if path is None:
                continue
            first = writer_of.setdefault(os.path.realpath(path), target.source)
            # b.html and b.txt collide on the text and on the sidecar: say it once.
            if first != target.source and (first, target.source) not in reported:
                reported.add((first, target.source))
                yield f"{first.name} and {target.source.name} would both write {path}"


def overwritten_inputs(targets: list[Target], extra_outputs: Iterable[Path]) -> Iterator[str]:
    inputs = {os.path.realpath(t.source.path): t.source for t in targets if not t.source.is_stdin}
    outputs = [path for t in targets for path in (t.text, t.meta) if path is not None]
    for path in [*outputs, *extra_outputs]:
        source = inputs.get(os.path.realpath(path))
        if source:
            yield f"writing {path} would overwrite the input {source.name}"
