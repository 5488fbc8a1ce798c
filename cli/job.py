"""One document's work: read it, clean it, write its outputs, and say how it went.

This runs in pool workers too, so a Job and its Outcome are small picklable records: the
worker writes the (possibly large) clean text itself instead of sending it back.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import stat
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleaners import InputError, InputTooLarge, Options, clean
from cli.fingerprint import fingerprint, options_in_force
from cli.outputs import atomic_write, json_bytes, sidecar

OK = "ok"
WARNING = "warning"  # written, but the clean text is empty or nearly so
FAILED = "failed"
SKIPPED = "skipped"  # its outputs are those this run would write: same input, same fingerprint
STDOUT_NAME = "<stdout>"
MIN_WORDS = 10  # a clean text of fewer words is a warning: the article was probably missed


@dataclass(frozen=True)
class Job:
    source: str  # the name used in messages, the sidecar and the report
    path: str | None  # the file to read, or None when `raw` was read already (stdin)
    text_out: Path | None  # None: the text comes back in the Outcome, for stdout
    meta_out: Path | None
    raw: bytes | None = None
    force: bool = False  # clean it even when its outputs are current
    timeout: float | None = None  # seconds the cleaning may take; None: no limit


@dataclass
class Outcome:
    source: str
    status: str
    error: str | None = None
    outputs: list[str] = field(default_factory=list)
    chars_in: int | None = None
    chars_out: int | None = None
    lines_removed: int | None = None
    removals_by_rule: dict[str, int] = field(default_factory=dict)
    text: str | None = None  # only when the job has no text_out (filter mode)
    warning: str | None = None
    removed: list[str] = field(default_factory=list)  # stale outputs of an earlier run, removed

    @property
    def ok(self) -> bool:
        """Cleaned and written (a warning is written too), or current already."""
        return self.status in (OK, WARNING, SKIPPED)


def failed(source: str, error: str) -> Outcome:
    # Messages go on one stderr line each; an exception's str() may hold newlines.
    return Outcome(source, FAILED, error=" ".join(error.split()))


def run_job(job: Job, options: Options) -> Outcome:
    """Never raises for a bad document: every failure becomes a failed Outcome, and the
    outputs an earlier run left for it are removed (they no longer describe its input)."""
    outcome = clean_job(job, options)
    if outcome.status == FAILED:
        outcome.removed = remove_stale(job)
    return outcome


def clean_job(job: Job, options: Options) -> Outcome:
    try:
        raw = read_input(job, options.max_bytes)
    except InputError as error:
        return failed(job.source, str(error))
    except OSError as error:
        return failed(job.source, f"cannot read ({error.strerror or error})")
    digest, stamp = hashlib.sha256(raw).hexdigest(), fingerprint(options)
    if not job.force and (current := current_outcome(job, digest, stamp)):
        return current
    try:
        with time_limit(job.timeout):
            document = clean(raw, options)
        text = document.text
        document_dict = document.as_dict()
        cleaning = {"options": options_in_force(options), "fingerprint": stamp}
        meta = json_bytes(sidecar(job.source, raw, document_dict, cleaning, digest))
    except InputError as error:
        return failed(job.source, str(error))
    except DocumentTimeout as error:
        return failed(job.source, str(error))
    except Exception as error:  # a library bug must not stop the other documents
        return failed(job.source, f"internal error: {type(error).__name__}: {error}")
    try:
        outputs = write_outputs(job, text, meta)
    except OSError as error:
        return failed(job.source, f"cannot write {error.filename} ({error.strerror or error})")
    stats = document_dict["stats"]
    warning = text_warning(text)
    return Outcome(
        job.source,
        WARNING if warning else OK,
        warning=warning,
        outputs=outputs,
        chars_in=stats["chars_in"],
        chars_out=stats["chars_out"],
        lines_removed=stats["lines_removed"],
        removals_by_rule=dict(Counter(removal.rule for removal in document.removals)),
        text=None if job.text_out else text,
    )


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


def current_outcome(job: Job, digest: str, stamp: str) -> Outcome | None:
    """A SKIPPED outcome when the job's sidecar (written last, so the pair is whole) records
    this input digest and this fingerprint; None when the document must be cleaned."""
    if job.meta_out is None or job.text_out is None or not job.text_out.is_file():
        return None
    try:
        recorded = json.loads(job.meta_out.read_bytes())
        if recorded["source"]["sha256"] != digest or recorded["cleaning"]["fingerprint"] != stamp:
            return None
        stats = recorded["stats"]
        removals = Counter(removal["rule"] for removal in recorded["removals"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no sidecar, or not one of ours: clean again
    return Outcome(
        job.source,
        SKIPPED,
        outputs=[str(job.text_out), str(job.meta_out)],
        chars_in=stats["chars_in"],
        chars_out=stats["chars_out"],
        lines_removed=stats["lines_removed"],
        removals_by_rule=dict(removals),
    )


def remove_stale(job: Job) -> list[str]:
    removed = []
    for path in (job.meta_out, job.text_out):  # the sidecar first: a text alone is never "done"
        if path is not None and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(str(path))
    return removed


def text_warning(text: str) -> str | None:
    words = len(text.split())
    if not words:
        return "no article text found: the clean text is empty"
    if words < MIN_WORDS:
        return f"the clean text is nearly empty ({words} words)"
    return None


def read_input(job: Job, max_bytes: int) -> bytes:
    """The document's bytes; a file over the limit is refused before it is read into memory."""
    if job.raw is not None:
        raw = job.raw
    else:
        with open(job.path, "rb") as file:
            size = os.fstat(file.fileno())
            if stat.S_ISREG(size.st_mode) and size.st_size > max_bytes:
                raise InputTooLarge(f"{size.st_size} bytes is over the limit of {max_bytes}")
            raw = file.read(max_bytes + 1)  # +1: a pipe or a growing file can still be too big
    if len(raw) > max_bytes:
        raise InputTooLarge(f"more than {max_bytes} bytes, over the limit of {max_bytes}")
    return raw


def write_outputs(job: Job, text: str, meta: bytes) -> list[str]:
    """Text first, then the sidecar; if the sidecar fails, the text goes too, so a failed
    document never leaves a text without its sidecar."""
    written = []
    if job.text_out:
        write_file(job.text_out, text.encode("utf-8"))
        written.append(str(job.text_out))
    else:
        written.append(STDOUT_NAME)
    if job.meta_out:
        try:
            write_file(job.meta_out, meta)
        except BaseException:
            if job.text_out:
                with contextlib.suppress(OSError):
                    os.unlink(job.text_out)
            raise
        written.append(str(job.meta_out))
    return written


def write_file(path: Path, data: bytes) -> None:
    try:
        atomic_write(path, data)
    except OSError as error:
        # Name the output, not the hidden temporary file the error may be about.
        raise OSError(error.errno, error.strerror, str(path)) from error
