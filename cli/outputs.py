"""Writing outputs: atomic file writes, and the JSON sidecar assembled around a Document."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cli.names import shown

SCHEMA_VERSION = (
    3  # 2: rule parts logged as "<rule>.<part>"; 3: removals as --removals keeps them (summary: blocks)
)
TOOL_NAME = "boilerstrip"

# --removals: how much of each removal the sidecar keeps (see removal_fields).
FULL, SUMMARY, NONE = "full", "summary", "none"
REMOVALS_MODES = (FULL, SUMMARY, NONE)
EXCERPT_CHARS = 80  # of a summary entry's text: a line of a menu or a footer is seldom longer
ELLIPSIS = "…"

# The temporary files this process is writing, for a SIGTERM handler to remove on its way out.
pending_temps: set[Path] = set()


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a torn one.

    The temporary file is hidden (a leading dot) and in the destination directory, because
    os.replace is only atomic within one filesystem, and because a hidden leftover (after a
    SIGKILL, the one signal no cleanup can follow) is skipped by the next run's directory walk.
    No fsync: the guarantee is against a crashed or killed process, not a power cut, and
    an fsync per file would dominate the run time on large corpora.
    """
    if is_special(path):
        # --report /dev/null or --meta /dev/stderr: renaming over a device or a pipe would
        # replace it (as root, /dev/null itself), so these are written to in place.
        with open(path, "wb") as file:
            file.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temp, fd = create_temp(path)
    pending_temps.add(temp)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    finally:
        pending_temps.discard(temp)


def remove_pending_temps() -> None:
    for temp in list(pending_temps):
        with contextlib.suppress(OSError):
            os.unlink(temp)


def is_special(path: Path) -> bool:
    """An existing path that is not a regular file or a directory: a device, FIFO, socket."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


# What create_temp names a file being written: .<name>.<8 hex digits>.tmp
TEMP_NAME = re.compile(r"\..+\.[0-9a-f]{8}\.tmp", re.DOTALL)


def create_temp(path: Path) -> tuple[Path, int]:
    # os.open with mode 0o666 (not tempfile.mkstemp's 0o600) so the final file gets the same
    # permissions, under the umask, as any file the user creates.
    while True:
        temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return temp, os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue


def json_bytes(data: Any) -> bytes:
    """The JSON house style: UTF-8, non-ASCII kept readable, indent 2, final newline. A lone
    surrogate that reached a string (a name not passed through cli.names.shown) is written as
    its JSON escape rather than failing the write."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "backslashreplace")


def jsonl_line(text: str, meta: dict[str, Any]) -> str:
    """A document as one JSONL record under the field names datatrove and dolma read (`id`,
    `text`, `metadata`): the sidecar's facts in `metadata`, its removals as counts by rule, and
    the other fields of a JSONL input record beside them."""
    source = meta["source"]
    fields = source.get("fields") or {}
    metadata = {
        **fields,
        **meta["metadata"],
        "source": {key: value for key, value in source.items() if key != "fields"},
        "format": meta["format"],
        "encoding": meta["encoding"],
        "stats": meta["stats"],
        "quality": meta["quality"],
        "removals_by_rule": removals_by_rule(meta),
        "warnings": meta["warnings"],
        "cleaning": meta["cleaning"],
    }
    key = source.get("id") or source.get("warc_record_id") or source["path"]
    record = {"id": str(key), "text": text, "metadata": metadata}
    return json.dumps(record, ensure_ascii=False).encode("utf-8", "backslashreplace").decode() + "\n"


def removals_by_rule(meta: dict[str, Any]) -> dict[str, int]:
    """How many removals each rule made, from a sidecar of any --removals mode."""
    if "removals_by_rule" in meta:
        return dict(meta["removals_by_rule"])
    return dict(Counter(removal["rule"] for removal in meta["removals"]))


def with_removals(document_dict: dict[str, Any], mode: str, kept_lines: Sequence[int]) -> dict[str, Any]:
    """The document's as_dict() with its `removals` as the --removals mode keeps them, in its place."""
    trimmed: dict[str, Any] = {}
    for key, value in document_dict.items():
        trimmed.update(removal_fields(value, mode, kept_lines) if key == "removals" else {key: value})
    return trimmed


def removal_fields(removals: list[dict[str, Any]], mode: str, kept_lines: Sequence[int]) -> dict[str, Any]:
    """The sidecar's account of the removals (the document's as_dict() `removals`, in document
    order) in a --removals mode: `full`, each removal with its whole text; `summary`, the
    counts by rule and one entry per block; `none`, the counts alone. `kept_lines`, the sorted
    numbers of the lines the clean text kept, tells where one block ends.

    A page dump's classifier logs most of its lines, each with a reason of its own (its score):
    their reasons alone outweigh the dump, so a summary entry stands for the run of adjacent
    lines one rule removed, under the reason of its first line."""
    if mode == FULL:
        return {"removals": removals}
    counts = {"removals_by_rule": dict(Counter(removal["rule"] for removal in removals))}
    if mode == NONE:
        return counts
    return {**counts, "removals": [block_summary(block) for block in blocks(removals, kept_lines)]}


def blocks(removals: list[dict[str, Any]], kept_lines: Sequence[int]) -> list[list[dict[str, Any]]]:
    """The removals in runs: whole lines one rule removed with no kept line between them. A
    cut (part of a line) and an element pruned from a page (lines [0, 0]) stand alone."""
    runs: list[list[dict[str, Any]]] = []
    for removal in removals:
        if runs and joins(runs[-1][-1], removal, kept_lines):
            runs[-1].append(removal)
        else:
            runs.append([removal])
    return runs


def joins(last: dict[str, Any], removal: dict[str, Any], kept_lines: Sequence[int]) -> bool:
    if last["rule"] != removal["rule"] or not (last["whole_line"] and removal["whole_line"]):
        return False
    end, start = last["lines"][1], removal["lines"][0]
    if not end:  # pruned from the page: no line of the text
        return False
    kept_after = bisect_right(kept_lines, end)  # the first kept line after the last removal
    return kept_after == len(kept_lines) or kept_lines[kept_after] > start


def block_summary(block: list[dict[str, Any]]) -> dict[str, Any]:
    first = block[0]
    text = "\n".join(removal["text"] for removal in block)
    return {
        "rule": first["rule"],
        "reason": first["reason"],
        "lines": [first["lines"][0], block[-1]["lines"][1]],
        "whole_line": first["whole_line"],
        "count": len(block),
        "excerpt": text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + ELLIPSIS,
        "chars": sum(len(removal["text"]) for removal in block),
    }


def tool_info() -> dict[str, str]:
    from cleaners import __version__

    return {"name": TOOL_NAME, "version": __version__}


def sidecar(
    source_name: str,
    raw: bytes,
    document_dict: dict[str, Any],
    cleaning: dict[str, Any] | None = None,
    digest: str | None = None,
    origin: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The `<name>.meta.json` contents: where the text came from, then what cleaning did, and
    how (`cleaning`: the options in force and the fingerprint a rerun compares)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "path": shown(source_name),
            "sha256": digest or hashlib.sha256(raw).hexdigest(),
            "size": len(raw),
            **(origin or {}),  # where in a shard it was, when it came from one
        },
        **document_dict,
        "cleaning": cleaning or {},
        "tool": tool_info(),
    }
