"""Writing outputs: atomic file writes, and the JSON sidecar assembled around a Document."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
from collections import Counter
from pathlib import Path
from typing import Any

from cli.names import shown

SCHEMA_VERSION = 2  # 2: rule parts logged as "<rule>.<part>" (classifier.title, photo_caption.repeat)
TOOL_NAME = "boilerstrip"

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
        "removals_by_rule": dict(Counter(removal["rule"] for removal in meta["removals"])),
        "warnings": meta["warnings"],
        "cleaning": meta["cleaning"],
    }
    key = source.get("id") or source.get("warc_record_id") or source["path"]
    record = {"id": str(key), "text": text, "metadata": metadata}
    return json.dumps(record, ensure_ascii=False).encode("utf-8", "backslashreplace").decode() + "\n"


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
