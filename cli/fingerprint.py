"""What a clean output depends on besides its input, as one digest: the tool's version, the
options, the library's code and the versions of the libraries that shape the text. A rerun
skips a document whose sidecar records the same input digest and the same fingerprint."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import cache
from importlib.util import find_spec
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
        digest.update(f"{name}={installed_version(name)}\0".encode())
    return digest.hexdigest()


def installed_version(name: str) -> str:
    """The version pip installed `name` at, from its dist-info folder's name beside the package,
    without importing it; importlib.metadata gives the same but costs 20 ms of imports (email
    parsing among them) on every run, when a one-page run takes a few hundred."""
    spec = find_spec(name)
    if spec is None or not spec.origin:
        return "none"
    site = Path(spec.origin).parent.parent
    folders = sorted(site.glob(f"{name}-*.dist-info"))
    if len(folders) == 1:
        return folders[0].name[len(name) + 1 : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version  # not the usual layout: ask the slow way

    try:
        return version(name)
    except PackageNotFoundError:
        return "none"


def options_in_force(options: Options) -> dict:
    return asdict(options)


def fingerprint(options: Options) -> str:
    recorded = json.dumps({"options": options_in_force(options), "code": code_digest()}, sort_keys=True)
    return hashlib.sha256(f"{cleaners.__version__}\0{recorded}".encode()).hexdigest()[:32]
