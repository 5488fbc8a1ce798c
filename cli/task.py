"""The one task interface every executor runs: run_task(task, work) reads the task's records,
cleans each, writes its outputs, and yields one Outcome per document. It never raises for a
bad document: every failure becomes a failed Outcome."""

from __future__ import annotations

import contextlib
import hashlib
import signal
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import PurePath
from typing import NamedTuple

from cleaners import InputError, Options, clean
from cli.corpus import corpus_entry
from cli.fingerprint import fingerprint, options_in_force
from cli.inputs import JsonlFields, shard_kind
from cli.outcome import FAILED, FILTERED, OK, WARNING, Outcome, failed, skipped, text_warning
from cli.outputs import SUMMARY, sidecar, with_removals
from cli.readers import Record, Task, read_records
from cli.shards import read_shard
from cli.writers import Writer


class Work(NamedTuple):
    """What every task of a run shares: how to clean, where to write, what to redo."""

    options: Options
    writer: Writer
    force: bool = False  # clean a document even when its outputs are current
    timeout: float | None = None  # seconds one document's cleaning may take; None: no limit
    fields: JsonlFields = JsonlFields()  # where a JSONL shard's records hold their id and payload
    config: dict[str, str] | None = None  # the configuration file's path and sha256 (cli/config.py)
    removals: str = SUMMARY  # how much of each removal the sidecar keeps (--removals)
    min_words: int = 0  # a clean text of fewer words is filtered: counted, not written (--min-words)
    corpus: bool = False  # send back each document's line hashes for the corpus passes (cli/corpus.py)


def run_task(task: Task, work: Work) -> Iterator[Outcome]:
    """The outcome of each of the task's documents, as each is done: a shard of many streams."""
    # A shard's own stem is the folder of its records' outputs: none of its own to remove.
    stem = task.stem if shard_kind(task.path) is None else None
    try:
        for record in records_of(task, work):
            outcome = refusal(record) if record.refusal else clean_record(record, work)
            yield settled(outcome, record.stem, work)
    except InputError as error:
        yield settled(failed(task.name, str(error), task.size), stem, work)
    except OSError as error:
        message = f"cannot read ({error.strerror or error})"
        yield settled(failed(task.name, message, task.size), stem, work)


def records_of(task: Task, work: Work) -> Iterator[Record]:
    kind = shard_kind(task.path)
    if kind is None:
        return read_records(task, work.options.max_bytes)
    return read_shard(task, kind, work.options.max_bytes, work.fields)


def refusal(record: Record) -> Outcome:
    status, reason = record.refusal
    return failed(record.name, reason) if status == FAILED else skipped(record.name, reason)


def settled(outcome: Outcome, stem: PurePath | None, work: Work) -> Outcome:
    """The outcome, with the outputs an earlier run left for a document that now fails removed:
    they no longer describe its input."""
    if outcome.status == FAILED and stem is not None:
        outcome.removed = work.writer.remove(stem)
    return outcome


def clean_record(record: Record, work: Work) -> Outcome:
    raw = record.raw
    options = replace(work.options, format=record.format) if record.format else work.options
    digest, stamp = hashlib.sha256(raw).hexdigest(), fingerprint(options, work.removals, work.min_words)
    if not work.force and (current := work.writer.current(record.name, record.stem, digest, stamp)):
        return current
    try:
        with time_limit(work.timeout):
            origin = record.origin or {}
            document = clean(raw, options, charset=origin.get("http_charset"), url=fetched_url(origin))
        text = document.text
        document_dict = document.as_dict()
        kept_lines = [line.no for line in document.kept()]
        cleaning = {
            "options": options_in_force(options),
            "removals": work.removals,
            "fingerprint": stamp,
            "config": work.config,
        }
        trimmed = with_removals(document_dict, work.removals, kept_lines)
        meta = sidecar(record.name, raw, trimmed, cleaning, digest, record.origin)
        corpus = corpus_entry(text, meta, record.name) if work.corpus else None
    except (InputError, DocumentTimeout) as error:
        return failed(record.name, str(error), len(raw))
    except Exception as error:  # a library bug must not stop the other documents
        return failed(record.name, f"internal error: {type(error).__name__}: {error}", len(raw))
    if (words := meta["quality"]["word_count"]) < work.min_words:
        return filtered_out(record, words, work)
    try:
        outputs = work.writer.write(record.stem, text, meta)
    except OSError as error:
        return failed(record.name, f"cannot write {error.filename} ({error.strerror or error})", len(raw))
    stats = document_dict["stats"]
    warning = "; ".join(document_warnings(document.warnings, text)) or None
    return Outcome(
        record.name,
        WARNING if warning else OK,
        warning=warning,
        outputs=outputs,
        chars_in=stats["chars_in"],
        chars_out=stats["chars_out"],
        lines_removed=stats["lines_removed"],
        removals_by_rule=dict(Counter(removal.rule for removal in document.removals)),
        payload=work.writer.payload(text, meta),
        size=len(raw),
        corpus=corpus,
    )


def filtered_out(record: Record, words: int, work: Work) -> Outcome:
    """A document too short to keep: not written, and what an earlier run wrote for it removed
    (a rerun with a higher --min-words must not leave it behind)."""
    reason = f"{words} words, fewer than --min-words {work.min_words}"
    removed = work.writer.remove(record.stem)
    return Outcome(record.name, FILTERED, warning=reason, removed=removed, size=len(record.raw))


def fetched_url(origin: dict) -> str | None:
    """Where a record was fetched: a WARC record's URL, or a JSONL record's `url` field."""
    url = origin.get("url") or (origin.get("fields") or {}).get("url")
    return url if isinstance(url, str) and url else None


def document_warnings(library_warnings: list[str], text: str) -> list[str]:
    """What the library warned of (a page simplified, a text lost), then a short text; each once."""
    short = text_warning(text)
    return list(dict.fromkeys([*library_warnings, short] if short else library_warnings))


class DocumentTimeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in this thread after `seconds` (a real-time alarm: Python code and
    the regex engine check for it often; a long call into C, such as parsing, ends first)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield  # only the main thread gets signals: a thread-based worker runs without a limit
        return

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"timed out after {seconds:g} s (--timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
