"""What a clean output depends on besides its input, as one digest: the tool's version, the
options, the library's code and the versions of the libraries that shape the text. A rerun
skips a document whose sidecar records the same input digest and the same fingerprint."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import cleaners
from cleaners import Options

# Libraries whose output is part of ours: a new version may clean a page otherwise.
UPSTREAM = ("trafilatura", "htmldate", "justext", "lxml", "chardet")


@cache
def code_digest() -> str:
    """The digest of the library's source (a changed rule is a changed output)."""
    digest = hashlib.sha256()
    root = Path(cleaners.__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in UPSTREAM:
        try:
            digest.update(f"{name}={version(name)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{name}=none\0".encode())
    return digest.hexdigest()


def options_in_force(options: Options) -> dict:
    return asdict(options)


def fingerprint(options: Options) -> str:
    recorded = json.dumps({"options": options_in_force(options), "code": code_digest()}, sort_keys=True)
    return hashlib.sha256(f"{cleaners.__version__}\0{recorded}".encode()).hexdigest()[:32]
