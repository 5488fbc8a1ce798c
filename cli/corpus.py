"""The corpus passes over a run's OUT/<name>.txt and .meta.json pairs, once every document
is cleaned: the lines a source repeats (--corpus-repeats K) come out of the texts, each
removal logged in the sidecar under the rule corpus_repeat.

The workers send back each document's LineSummary (cleaners/corpus.py) in its Outcome; a
document a rerun skips has its summary in OUT/.boilerstrip-lines (LINES_NAME), kept from the
run that cleaned it, with the lines the pass took out of its text: the text before the pass
is the text on disk with those put back. The sidecar keeps the fingerprint and input digest
of the cleaning, so a rerun takes a document the pass changed as current, and counts it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import urlsplit

from cleaners.corpus import (
    DEFAULT_REPEATS,
    MIN_SOURCE_DOCUMENTS,
    Duplicate,
    DuplicateFinder,
    LineCounts,
    LineSummary,
    RepeatedLine,
    exact_key,
    paragraphs,
    repeated_lines,
    signature,
    summarise_lines,
    with_lines_restored,
    without_lines,
)
from cli.inputs import Target, shard_kind
from cli.names import shown
from cli.outcome import SKIPPED, Outcome
from cli.outputs import atomic_write, json_bytes, removal_fields

LINES_NAME = ".boilerstrip-lines"  # hidden: a directory walk of OUT skips it
CORPUS_REPEAT = "corpus_repeat"


@dataclass(frozen=True)
class CorpusEntry:
    """A document as the corpus passes see it: its source, its lines before the pass, the
    digest of its normalised text and its MinHash signature, and where in its input it was."""

    source: str
    lines: LineSummary
    exact: bytes = b""
    signature: bytes = b""
    position: int = 0  # a shard record's line or a WARC record's offset; 0 for a file
    text_digest: str = ""  # of the clean text as written


def corpus_entry(text: str, meta: dict, name: str) -> CorpusEntry:
    """The worker's part, done on the clean text it has just written."""
    found = meta.get("source") or {}
    position = found.get("line") or found.get("warc_offset") or 0
    lines = summarise_lines(text, (meta.get("metadata") or {}).get("language"))
    return CorpusEntry(
        source_of(meta, name), lines, exact_key(text), signature(text), position, text_digest(text)
    )


def source_of(meta: dict, name: str) -> str:
    """The host of the page's URL, else the folder the input came from."""
    url = (meta.get("metadata") or {}).get("url") or ""
    host = urlsplit(url).hostname if isinstance(url, str) else None
    return host.removeprefix("www.") if host else str(PurePath(name).parent)


@dataclass
class Stored:
    """A document's line in the lines file: its entry, and what the pass took out of its text."""

    entry: CorpusEntry
    removed: list[tuple[int, str]] = field(default_factory=list)  # (index, line), sorted
    duplicate_of: dict[str, Any] | None = None  # as the sidecar says it
    # The digest of the text on disk as the passes left it: a text that is not (a run stopped
    # before its passes wrote it again) is the cleaning's own, whatever `removed` says.
    text_digest: str = ""

    def as_json(self) -> dict[str, Any]:
        entry = self.entry
        return {
            "source": entry.source,
            "hashes": encoded(entry.lines.hashes),
            "article_like": sorted(entry.lines.article_like),
            "exact": encoded(entry.exact),
            "signature": encoded(entry.signature),
            "position": entry.position,
            "removed": self.removed,
            "duplicate_of": self.duplicate_of,
            "text_digest": self.text_digest,
        }

    @classmethod
    def of_json(cls, data: dict[str, Any]) -> Stored:
        summary = LineSummary(base64.b64decode(data["hashes"]), frozenset(data["article_like"]))
        exact, signature = base64.b64decode(data["exact"]), base64.b64decode(data["signature"])
        entry = CorpusEntry(data["source"], summary, exact, signature, data["position"], data["text_digest"])
        removed = [(index, line) for index, line in data["removed"]]
        return cls(entry, removed, data["duplicate_of"], data["text_digest"])


def encoded(data: bytes) -> str:
    return base64.b64encode(data).decode()


def load_lines(out_dir: Path) -> dict[str, Stored]:
    try:
        data = json.loads((out_dir / LINES_NAME).read_bytes())
        return {name: Stored.of_json(value) for name, value in data.items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}  # none yet, or unreadable: the documents a rerun skips are read from disk


def save_lines(out_dir: Path, stored: dict[str, Stored]) -> None:
    data = {name: stored[name].as_json() for name in sorted(stored)}
    atomic_write(out_dir / LINES_NAME, (json.dumps(data, ensure_ascii=False) + "\n").encode())


@dataclass(frozen=True)
class Passes:
    """What the corpus passes are asked for: K (None: DEFAULT_REPEATS when a source has
    MIN_SOURCE_DOCUMENTS documents, else off), whether to drop the later copies, the
    --removals mode, and the documents' names in input order."""

    repeats: int | None
    drop_duplicates: bool
    removals: str
    order: dict[str, int]


def summaries_needed(repeats: int | None, drop_duplicates: bool, targets: list[Target]) -> bool:
    """Whether the workers summarise each document for the passes: when asked for, and by
    default when the run may hold MIN_SOURCE_DOCUMENTS documents of a source (a shard or a WARC
    file may hold any number). A small run pays nothing (the MinHash library takes most of a
    second to import)."""
    if repeats is not None or drop_duplicates:
        return bool(repeats) or drop_duplicates
    return len(targets) >= MIN_SOURCE_DOCUMENTS or any(shard_kind(target.source.path) for target in targets)


def corpus_passes(out_dir: Path, outcomes: list[Outcome], passes: Passes) -> None:
    """Count every written document's lines by source and take out of each text the lines seen
    in at least K documents of its source; then flag (or drop) the documents that copy an
    earlier one. Every change is logged in the sidecar."""
    previous = load_lines(out_dir)
    written = {outcome.source: outcome for outcome in outcomes if outcome.ok and outcome.outputs}
    if passes.repeats == 0 and not passes.drop_duplicates:
        put_back(out_dir, written, previous, passes.removals)
        return
    stored = {name: stored_of(outcome, previous.get(name)) for name, outcome in written.items()}
    counts = LineCounts()
    for name in sorted(stored):
        counts.add(stored[name].entry.source, stored[name].entry.lines)
    repeats = passes.repeats
    if repeats is None:
        repeats = DEFAULT_REPEATS if counts.largest_source() >= MIN_SOURCE_DOCUMENTS else 0
    if not (repeats or passes.drop_duplicates or previous):
        return  # off, and nothing an earlier run's passes changed
    for name, found in stored.items():
        source = found.entry.source
        wanted = repeated_lines(found.entry.lines, counts.by_source[source], repeats) if repeats else []
        apply_repeats(written[name], found, wanted, passes.removals)
    copies = find_duplicates(stored, passes.order) if repeats or passes.drop_duplicates else {}
    for name, found in stored.items():
        mark_duplicate(written[name], found, copies.get(name))
    if passes.drop_duplicates:
        for name in copies:
            drop(written[name], stored.pop(name))
    save_lines(out_dir, stored)


def put_back(out_dir: Path, written: dict[str, Outcome], previous: dict[str, Stored], removals: str) -> None:
    """--corpus-repeats 0: the lines an earlier run's pass took out go back into the texts it
    changed, its duplicate flags go (the outputs are those of a run without the passes), and
    so does the lines file."""
    for name, found in previous.items():
        outcome = written.get(name)
        if outcome is not None and outcome.status == SKIPPED:
            current = stored_of(outcome, found)
            apply_repeats(outcome, current, [], removals)
            mark_duplicate(outcome, current, None)
    with contextlib.suppress(FileNotFoundError):
        (out_dir / LINES_NAME).unlink()


def find_duplicates(stored: dict[str, Stored], order: dict[str, int]) -> dict[str, Duplicate]:
    """Each document that copies one before it in input order -> that one."""
    finder = DuplicateFinder()
    found = {}
    for name in sorted(stored, key=lambda name: input_position(name, stored[name].entry, order)):
        entry = stored[name].entry
        if entry.exact and (copy := finder.add(name, entry.exact, entry.signature)) is not None:
            found[name] = copy
    return found


def input_position(name: str, entry: CorpusEntry, order: dict[str, int]) -> tuple[int, int, str]:
    """(the input's place in the run, the record's place in a shard or WARC file, the name)."""
    task = name
    while task not in order and "#" in task:  # a record of a shard: SHARD#KEY
        task = task.rpartition("#")[0]
    return order.get(task, len(order)), entry.position, name


def mark_duplicate(outcome: Outcome, found: Stored, copy: Duplicate | None) -> None:
    """The sidecar's `duplicate_of`, rewritten when it changes."""
    flag = {"name": shown(copy.original), "similarity": copy.similarity} if copy else None
    outcome.duplicate_of = flag
    if flag == found.duplicate_of:
        return
    meta_path = pair_paths(outcome)[1]
    meta = json.loads(meta_path.read_bytes())
    meta.pop("duplicate_of", None)
    atomic_write(meta_path, json_bytes({**meta, "duplicate_of": flag} if flag else meta))
    found.duplicate_of = flag


def drop(outcome: Outcome, found: Stored) -> None:
    """--drop-duplicates: a later copy's outputs go, the sidecar first (a text alone is never
    taken as done); the report names them."""
    for path in reversed(pair_paths(outcome)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        outcome.removed.append(str(path))
    outcome.outputs = []


def stored_of(outcome: Outcome, previous: Stored | None) -> Stored:
    if outcome.status != SKIPPED:  # cleaned now: its text on disk is the cleaning's
        if outcome.corpus is None:
            raise ValueError(f"{outcome.source}: cleaned without its line summary")
        return Stored(outcome.corpus, text_digest=outcome.corpus.text_digest)
    text_path, meta_path = pair_paths(outcome)
    text = text_path.read_text("utf-8")
    if previous is not None and previous.text_digest == text_digest(text):
        return previous
    meta = json.loads(meta_path.read_bytes())
    entry = corpus_entry(text, meta, outcome.source)
    return Stored(entry, duplicate_of=meta.get("duplicate_of"), text_digest=entry.text_digest)


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def pair_paths(outcome: Outcome) -> tuple[Path, Path]:
    text_path, meta_path = outcome.outputs
    return Path(text_path), Path(meta_path)


def apply_repeats(outcome: Outcome, found: Stored, wanted: list[RepeatedLine], removals: str) -> None:
    """Rewrite the document's text, then its sidecar (the sidecar last: its presence still says
    the pair is whole), when it has lines to take out or had some taken out before (the same
    lines give the same bytes)."""
    if not (wanted or found.removed):
        return  # nothing to take out, nothing taken out before
    text_path, meta_path = pair_paths(outcome)
    meta = json.loads(meta_path.read_bytes())
    cleaned = with_lines_restored(text_path.read_text("utf-8"), found.removed)
    lines = paragraphs(cleaned)
    text = without_lines(cleaned, [line.index for line in wanted])
    logged = [repeat_removal(line, lines[line.index], found.entry.source) for line in wanted]
    kept = [index + 1 for index in range(len(lines)) if index not in {line.index for line in wanted}]
    meta = with_corpus_removals(meta, logged, removals, kept, len(text), len(wanted) - len(found.removed))
    atomic_write(text_path, text.encode("utf-8"))
    atomic_write(meta_path, json_bytes(meta))
    found.removed = [(line.index, lines[line.index]) for line in wanted]
    found.text_digest = text_digest(text)
    outcome.chars_out, outcome.lines_removed = meta["stats"]["chars_out"], meta["stats"]["lines_removed"]
    outcome.removals_by_rule = corpus_counted(outcome.removals_by_rule, len(wanted))


def repeat_removal(line: RepeatedLine, text: str, source: str) -> dict[str, Any]:
    """A removal as the sidecar's `full` mode logs one; `lines` number the clean text's lines."""
    return {
        "rule": CORPUS_REPEAT,
        "reason": f"line in {line.count} documents of {source}",
        "lines": [line.index + 1, line.index + 1],
        "text": text,
        "whole_line": True,
    }


def with_corpus_removals(
    meta: dict, logged: list[dict], removals: str, kept: list[int], chars_out: int, lines_removed: int
) -> dict:
    """The sidecar with its corpus_repeat removals replaced by `logged`, in the --removals mode."""
    own = [removal for removal in meta.get("removals", []) if removal["rule"] != CORPUS_REPEAT]
    added = removal_fields(logged, removals, kept)
    updated: dict[str, Any] = {}
    for key, value in meta.items():
        if key == "removals_by_rule":
            value = corpus_counted(value, len(logged))
        elif key == "removals":
            value = own + added.get("removals", [])
        elif key == "stats":
            value = {**value, "chars_out": chars_out, "lines_removed": value["lines_removed"] + lines_removed}
        updated[key] = value
    return updated


def corpus_counted(by_rule: dict[str, int], count: int) -> dict[str, int]:
    counted = Counter({rule: n for rule, n in by_rule.items() if rule != CORPUS_REPEAT})
    if count:
        counted[CORPUS_REPEAT] = count
    return dict(counted)
