"""One `clean` run, as the command line asked for it: the checks, the plan (which input goes
to which outputs), the executor over the tasks, the corpus passes, the report and the exit code."""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cli.config import Config
from cli.errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, UsageError
from cli.inputs import (
    Found,
    JsonlFields,
    Target,
    check_collisions,
    drop_duplicates,
    find_sources,
    listed_files,
    map_outputs,
)
from cli.jsonl import is_jsonl_file
from cli.writers import REPORT_NAME

if TYPE_CHECKING:
    from collections.abc import Iterator

    from cleaners import Options
    from cli.console import Display
    from cli.outcome import Outcome
    from cli.readers import Task
    from cli.task import Work


DEFAULT_TIMEOUT = 30.0  # seconds per document: a hostile page fails, it does not hang the run
DEFAULT_SHARD_SIZE = 10_000  # documents per JSONL shard file


class OutputFormat(StrEnum):
    pair = "pair"
    jsonl = "jsonl"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


class Removals(StrEnum):
    full = "full"
    summary = "summary"
    none = "none"


class StopRun(Exception):
    """--max-failures reached: the run ends early."""


RUN_SETTINGS = (
    "include", "fail_on", "max_failures", "force", "timeout", "scheduler", "min_words", "corpus_repeats",
    "drop_duplicates",
)  # fmt: skip


class Request(NamedTuple):
    """The `clean` command line, parsed."""

    inputs: list[str]
    output: Path | None
    include: list[str]
    meta: Path | None
    report: Path | None
    format: str
    precision: bool
    recall: bool
    with_comments: bool
    max_bytes: int | None
    jobs: int | None
    quiet: bool
    summary: bool = False
    fail_on: str = FailOn.error.value
    max_failures: str | None = None
    force: bool = False
    timeout: float = DEFAULT_TIMEOUT
    scheduler: str | None = None
    files_from: str | None = None
    null: bool = False
    jsonl: JsonlFields = JsonlFields()
    output_format: str = "pair"
    shard_size: int = DEFAULT_SHARD_SIZE
    config: Config | None = None  # the configuration file found, checked (cli/config.py)
    removals: str = Removals.summary.value
    min_words: int = 0  # fewer words in the clean text: filtered, not written
    corpus_repeats: int | None = None  # K; None: on (K = 5) when a source has 50 documents
    drop_duplicates: bool = False

    @property
    def corpus_passes(self) -> bool:
        """The corpus passes rewrite OUT/<name> pairs: with stdout or JSONL output they are off."""
        return self.output is not None and not self.jsonl_output

    def run_settings(self) -> dict[str, object]:
        """The settings of the run (not of the cleaning), as the report records them."""
        return {name: getattr(self, name) for name in RUN_SETTINGS}

    @property
    def jsonl_output(self) -> bool:
        return self.output_format == OutputFormat.jsonl

    @property
    def filter_mode(self) -> bool:
        """One document's text to stdout (JSONL output to stdout takes any number)."""
        return self.output is None and not self.jsonl_output

    @property
    def output_dir(self) -> Path | None:
        """The directory the run writes into and locks: OUT, or the folder of JSONL shards."""
        if self.output is None or (self.jsonl_output and is_jsonl_file(self.output)):
            return None
        return self.output

    @property
    def report_path(self) -> Path | None:
        if self.report or self.output_dir is None:
            return self.report
        return self.output_dir / REPORT_NAME


def run(request: Request) -> int:
    check_request(request)
    found = find_sources(
        request.inputs + listed_files(request.files_from, request.null),
        request.include,
        exclude=[path for path in (request.output, request.report_path) if path],
    )
    if not (found.sources or found.unreadable or found.skipped):
        raise UsageError("no input files found" + (" matching --include" if request.include else ""))
    targets = plan_targets(request, found)
    options = make_options(request)
    work = make_work(request, options, targets)
    problems = found_problems(found)
    if not request.output_dir:
        return execute(request, work, targets, problems)
    from cli.outdir import claimed, remove_stale_temps

    make_output_dir(request.output_dir)
    with claimed(request.output_dir):
        remove_stale_temps(request.output_dir)
        return execute(request, work, targets, problems)


def found_problems(found: Found) -> list[Outcome]:
    """The walk's unreadable directories (failed) and the entries it did not open (skipped)."""
    from cli.outcome import failed, skipped

    return [failed(path, reason) for path, reason in found.unreadable] + [
        skipped(path, reason) for path, reason in found.skipped
    ]


def check_request(request: Request) -> None:
    """The checks that need no file system; each is a usage error, before any work."""
    if request.precision and request.recall:
        raise UsageError("--precision and --recall exclude each other")
    if request.jobs is not None and request.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {request.jobs}")
    if request.max_bytes is not None and request.max_bytes < 1:
        raise UsageError(f"--max-bytes must be at least 1, not {request.max_bytes}")
    failure_limit(request.max_failures)  # a usage error when malformed
    if request.timeout < 0:
        raise UsageError(f"--timeout must be 0 (no limit) or more, not {request.timeout:g}")
    if request.filter_mode:
        if len(request.inputs) > 1:
            raise UsageError("several inputs need -o OUT (without it, one input goes to stdout)")
        if request.inputs and os.path.isdir(request.inputs[0]):
            raise UsageError(f"{request.inputs[0]}: a directory input needs -o OUT")
    elif request.meta:
        raise UsageError("--meta is for stdout mode; with -o the sidecars go to OUT")
    if request.min_words < 0:
        raise UsageError(f"--min-words must be 0 (no minimum) or more, not {request.min_words}")
    if request.corpus_repeats is not None and request.corpus_repeats < 0:
        raise UsageError(f"--corpus-repeats must be 0 (off) or more, not {request.corpus_repeats}")
    for given, name in (
        (request.corpus_repeats, "--corpus-repeats"),
        (request.drop_duplicates, "--drop-duplicates"),
    ):
        if given and not request.corpus_passes:
            raise UsageError(f"{name} rewrites OUT/<name> pairs: it needs -o OUT and pair output")
    if request.shard_size < 1:
        raise UsageError(f"--shard-size must be at least 1, not {request.shard_size}")


def failure_limit(value: str | None) -> tuple[float, bool] | None:
    """--max-failures N or P%: (limit, is_share), None when not set."""
    if value is None:
        return None
    share = value.endswith("%")
    number = value[:-1] if share else value
    try:
        limit = float(number) if share else int(number)
    except ValueError:
        limit = -1
    if limit < 0 or (share and limit > 100):
        raise UsageError(f"--max-failures takes a count N or a share P%, not {value!r}")
    return limit, share


def too_many_failures(limit: tuple[float, bool] | None, failed: int, done: int) -> bool:
    if limit is None:
        return False
    number, share = limit
    return failed > (number * done / 100 if share else number)


def plan_targets(request: Request, found: Found) -> list[Target]:
    if request.filter_mode:
        targets = [Target(found.sources[0], None, request.meta)]
    elif request.jsonl_output:
        targets = [Target(source, None, None) for source in drop_duplicates(found.sources)]
    else:
        targets = map_outputs(found.sources, request.output)
    extra = [path for path in (request.report_path, request.meta, request.output) if path]
    check_collisions(targets, extra)
    return targets


def make_options(request: Request) -> Options:
    from cleaners import Options
    from cleaners.settings import MAX_BYTES

    try:
        return Options(
            format=request.format,
            max_bytes=request.max_bytes or MAX_BYTES,
            precision=request.precision,
            recall=request.recall,
            with_comments=request.with_comments,
            **(request.config.tuning if request.config else {}),
        )
    except ValueError as error:
        raise UsageError(str(error)) from None


def make_work(request: Request, options: Options, targets: list[Target]) -> Work:
    from cli.corpus import summaries_needed
    from cli.task import Work
    from cli.writers import JsonlWriter, PairWriter, StdoutWriter

    if request.jsonl_output:
        writer = JsonlWriter("<stdout>" if request.output is None else str(request.output))
    else:
        writer = StdoutWriter(request.meta) if request.filter_mode else PairWriter(request.output)
    config = request.config.provenance() if request.config else None
    summarised = request.corpus_passes and summaries_needed(
        request.corpus_repeats, request.drop_duplicates, targets
    )
    return Work(
        options,
        writer,
        force=request.force,
        timeout=request.timeout or None,
        fields=request.jsonl,
        config=config,
        removals=request.removals,
        min_words=request.min_words,
        corpus=summarised,
    )


def make_tasks(targets: list[Target], sizes: list[int], max_bytes: int) -> Iterator[Task]:
    """One task per planned document, made as the executor asks for it: stdin is read when
    its turn comes, and nothing but the plan is held for a large corpus."""
    from cli.readers import Task

    for target, size in zip(targets, sizes, strict=True):
        source = target.source
        if source.is_stdin:
            raw = read_stdin(max_bytes)
            yield Task(source.name, source.stem, raw=raw, size=len(raw))
        else:
            yield Task(source.name, source.stem, path=source.path, size=size)


def file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the task's read will say why


def read_stdin(max_bytes: int) -> bytes:
    # One byte over the limit is enough for the task to refuse a too-large input, without
    # holding all of an endless pipe in memory.
    try:
        return sys.stdin.buffer.read(max_bytes + 1)
    except (AttributeError, OSError) as error:
        raise UsageError(f"cannot read stdin ({error})") from None


def make_output_dir(output: Path) -> None:
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"{output}: cannot create the output directory ({error.strerror})") from None


def available_cpus() -> int:
    # The CPUs this process may run on (a container or taskset may allow fewer than exist).
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def execute(request: Request, work: Work, targets: list[Target], problems: list[Outcome]) -> int:
    """Run the tasks, then the text to stdout (filter mode), the report and the summary."""
    from cli.console import Display
    from cli.executors import choose_executor, sigterm_as_exit
    from cli.jsonl import jsonl_sink, spooled
    from cli.report import Totals

    started = datetime.now().astimezone().isoformat(timespec="seconds")
    clock = time.perf_counter()
    outcomes = list(problems)
    limit = failure_limit(request.max_failures)
    stopped, code = None, None
    sizes = [0 if target.source.is_stdin else file_size(target.source.path) for target in targets]
    tasks = make_tasks(targets, sizes, work.options.max_bytes)
    executor = choose_executor(request.jobs or available_cpus(), len(targets), request.scheduler)
    display = Display(len(targets), sum(sizes), quiet=request.quiet, summary=request.summary)
    with display:
        for outcome in outcomes:
            display.show(outcome)
        failures = sum(not outcome.ok for outcome in outcomes)

        def collect(outcome: Outcome) -> None:
            nonlocal failures
            if sink and outcome.payload:
                sink.add(outcome.payload)
                outcome.payload = None  # written: not held for the run
            outcomes.append(outcome)
            display.outcome(outcome)
            failures += not outcome.ok
            if too_many_failures(limit, failures, len(outcomes)):
                raise StopRun(f"--max-failures {request.max_failures}: {failures} documents failed")

        try:
            with (
                sigterm_as_exit(),
                jsonl_sink(request.output, request.shard_size, request.jsonl_output) as sink,
            ):
                executor.run(tasks, spooled(work, sink, executor), collect)
        except StopRun as reason:
            stopped, code = str(reason), EXIT_FAILED
            display.error(f"stopped early: {reason}")
        except KeyboardInterrupt:
            stopped, code = "interrupted (Ctrl-C)", EXIT_INTERRUPTED
        except SystemExit as exit:  # SIGTERM, turned into SystemExit while the tasks run
            stopped, code = f"terminated (exit {exit.code})", exit.code
    if request.corpus_passes and code is None:
        from cli.corpus import Passes, corpus_passes

        order = {target.source.name: index for index, target in enumerate(targets)}
        repeats = request.corpus_repeats if work.corpus else 0  # too few documents to turn it on
        passes = Passes(repeats, request.drop_duplicates, request.removals, order)
        corpus_passes(request.output, outcomes, passes)
    if request.filter_mode and code is None:
        write_stdout(outcomes)
    wall_s = time.perf_counter() - clock
    report_ok = save_report(request, work.options, outcomes, started, wall_s, display, stopped)
    display.summary(Totals.of(outcomes), wall_s)
    if code is not None:
        return code
    return exit_code(request.fail_on, outcomes) if report_ok else EXIT_FAILED


def exit_code(fail_on: str, outcomes: list[Outcome]) -> int:
    from cli.outcome import FAILED, WARNING

    if fail_on == FailOn.never:
        return EXIT_OK
    failing = {o.status for o in outcomes} & ({FAILED, WARNING} if fail_on == FailOn.warning else {FAILED})
    return EXIT_FAILED if failing else EXIT_OK


def write_stdout(outcomes: list[Outcome]) -> None:
    # Bytes, not text: the clean text is UTF-8 whatever the locale says.
    for outcome in outcomes:
        if outcome.payload:
            sys.stdout.buffer.write(outcome.payload.encode("utf-8"))
    sys.stdout.flush()


def save_report(
    request: Request,
    options: Options,
    outcomes: list[Outcome],
    started: str,
    wall_s: float,
    display: Display,
    stopped: str | None = None,
) -> bool:
    from cli.fingerprint import options_in_force
    from cli.report import RunInfo, build_report, write_report

    path = request.report_path
    if path is None:
        return True
    run_info = RunInfo(
        inputs=request.inputs,
        output_dir=str(request.output) if request.output else None,
        options={
            **options_in_force(options),
            "jobs": request.jobs or available_cpus(),
            **request.run_settings(),
            "config": request.config.provenance() if request.config else None,
        },
        started=started,
        stopped=stopped,
    )
    try:
        write_report(path, build_report(run_info, outcomes, wall_s))
    except OSError as error:
        display.error(f"cannot write the report {path} ({error.strerror or error})")
        return False
    return True
