"""Writers: where a record's clean text and sidecar go. PairWriter writes OUT/<stem>.txt and
OUT/<stem>.meta.json; StdoutWriter sends the text back for the main process to print, and
JsonlWriter the document's JSONL line for the main process to append (cli/jsonl.py).

A writer also knows whether a record's outputs are current (a rerun skips it) and removes
the stale outputs of a record that now fails."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path, PurePath
from typing import NamedTuple

from cli.jsonl import SpooledLine, spool
from cli.outcome import SKIPPED, Outcome
from cli.outputs import atomic_write, json_bytes, jsonl_line, removals_by_rule

TEXT_SUFFIX = ".txt"
META_SUFFIX = ".meta.json"
STDOUT_NAME = "<stdout>"
REPORT_NAME = "boilerstrip-report.json"


def output_paths(out_dir: Path, stem: PurePath) -> tuple[Path, Path]:
    folder = out_dir / stem.parent
    return folder / (stem.name + TEXT_SUFFIX), folder / (stem.name + META_SUFFIX)


class PairWriter(NamedTuple):
    out_dir: Path

    def write(self, stem: PurePath, text: str, meta: dict) -> list[str]:
        """Text first, then the sidecar: the sidecar's presence means the pair is whole. If the
        sidecar cannot be written, the text goes too."""
        text_path, meta_path = output_paths(self.out_dir, stem)
        write_file(text_path, text.encode("utf-8"))
        try:
            write_file(meta_path, json_bytes(meta))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(text_path)
            raise
        return [str(text_path), str(meta_path)]

    def payload(self, text: str, meta: dict) -> None:
        return None  # all written here

    def current(self, name: str, stem: PurePath, digest: str, stamp: str) -> Outcome | None:
        """A SKIPPED outcome when the sidecar records this input digest and this fingerprint
        and the text is there; None when the document must be cleaned."""
        text_path, meta_path = output_paths(self.out_dir, stem)
        if not text_path.is_file():
            return None
        try:
            recorded = json.loads(meta_path.read_bytes())
            if recorded["source"]["sha256"] != digest or recorded["cleaning"]["fingerprint"] != stamp:
                return None
            stats = recorded["stats"]
            removals = removals_by_rule(recorded)
            size = recorded["source"]["size"]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no sidecar, or not one of ours: clean again
        return Outcome(
            name,
            SKIPPED,
            outputs=[str(text_path), str(meta_path)],
            chars_in=stats["chars_in"],
            chars_out=stats["chars_out"],
            lines_removed=stats["lines_removed"],
            removals_by_rule=removals,
            size=size,
        )

    def remove(self, stem: PurePath) -> list[str]:
        """The outputs an earlier run left for a document that now fails or is filtered: they
        no longer describe what this run made of its input. The sidecar goes first: a text
        alone is never taken as done."""
        removed = []
        for path in reversed(output_paths(self.out_dir, stem)):
            if path.is_file():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(str(path))
        return removed


class StdoutWriter(NamedTuple):
    """Stdout mode: the text goes back in the Outcome, the sidecar to --meta FILE if given."""

    meta_path: Path | None = None

    def write(self, stem: PurePath, text: str, meta: dict) -> list[str]:
        if self.meta_path is None:
            return [STDOUT_NAME]
        write_file(self.meta_path, json_bytes(meta))
        return [STDOUT_NAME, str(self.meta_path)]

    def payload(self, text: str, meta: dict) -> str:
        return text

    def current(self, name: str, stem: PurePath, digest: str, stamp: str) -> Outcome | None:
        return None  # nothing on disk to compare: a filter always cleans

    def remove(self, stem: PurePath) -> list[str]:
        return []


class JsonlWriter(NamedTuple):
    """--output-format jsonl: a document is one line of the output (cli/jsonl.py), written by
    the main process; nothing is on disk to compare, so a rerun cleans every document again."""

    destination: str  # as the report names it: the file, the shard folder, or <stdout>
    spool: str | None = None  # a pool worker's lines go through a file there (cli/jsonl.py)

    def write(self, stem: PurePath, text: str, meta: dict) -> list[str]:
        return [self.destination]

    def payload(self, text: str, meta: dict) -> str | SpooledLine:
        line = jsonl_line(text, meta)
        return spool(self.spool, line) if self.spool else line

    def current(self, name: str, stem: PurePath, digest: str, stamp: str) -> Outcome | None:
        return None

    def remove(self, stem: PurePath) -> list[str]:
        return []


Writer = PairWriter | StdoutWriter | JsonlWriter


def write_file(path: Path, data: bytes) -> None:
    try:
        atomic_write(path, data)
    except OSError as error:
        # Name the output, not the hidden temporary file the error may be about.
        raise OSError(error.errno, error.strerror, str(path)) from error
