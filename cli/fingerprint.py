"""What a clean output depends on besides its input, as one digest: the tool's version, the
options, the library's code and the versions of the libraries that shape the text. A rerun
skips a document whose sidecar records the same input digest and the same fingerprint."""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from importlib.util import find_spec

import cleaners
from cleaners import Options
from cli.outputs import SUMMARY

# Libraries whose output is part of ours: a new version may clean a page otherwise.
UPSTREAM = ("trafilatura", "htmldate", "justext", "lxml", "chardet", "pycld2")


@cache
def code_digest() -> str:
    """The digest of the library's source (a changed rule is a changed output)."""
    digest = hashlib.sha256()
    root = os.path.dirname(cleaners.__file__)
    for name in library_sources(root):
        with open(os.path.join(root, name), "rb") as source:
            digest.update(name.encode() + b"\0" + source.read() + b"\0")
    for name in UPSTREAM:
        digest.update(f"{name}={installed_version(name)}\0".encode())
    return digest.hexdigest()


def library_sources(root: str) -> list[str]:
    """The library's .py files, relative to its folder, sorted (os.walk: a third of rglob's time,
    and this is on every run's way to its first document)."""
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        relative = os.path.relpath(folder, root)
        found += [os.path.normpath(os.path.join(relative, name)) for name in files if name.endswith(".py")]
    return sorted(found)


def installed_version(name: str) -> str:
    """The version pip installed `name` at, from its dist-info folder's name beside the package,
    without importing it; importlib.metadata gives the same but costs 20 ms of imports (email
    parsing among them) on every run, when a one-page run takes a few hundred."""
    spec = find_spec(name)
    if spec is None or not spec.origin:
        return "none"
    site = os.path.dirname(os.path.dirname(spec.origin))
    folders = [
        folder
        for folder in folders_in(site)
        if folder.startswith(f"{name}-") and folder.endswith(".dist-info")
    ]
    if len(folders) == 1:
        return folders[0][len(name) + 1 : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version  # not the usual layout: ask the slow way

    try:
        return version(name)
    except PackageNotFoundError:
        return "none"


@cache
def folders_in(site: str) -> list[str]:
    return os.listdir(site)


def options_in_force(options: Options) -> dict:
    """The options as JSON (rules off, phrases, patterns and sites included)."""
    return options.as_dict()


def fingerprint(options: Options, removals: str = SUMMARY, min_words: int = 0) -> str:
    """`removals`: the --removals mode, which shapes the sidecar as the options shape the text;
    `min_words`, which decides whether a document is written at all (recorded when set, so
    that a run without it keeps the fingerprints it had)."""
    recorded = {"options": options_in_force(options), "removals": removals, "code": code_digest()}
    if min_words:
        recorded["min_words"] = min_words
    recorded = json.dumps(recorded, sort_keys=True)
    return hashlib.sha256(f"{cleaners.__version__}\0{recorded}".encode()).hexdigest()[:32]
