"""Executors run tasks: in this process (here), on a process pool (cli.pool), or on a Dask
cluster (cli.cluster). Each has one method, run(tasks, work, on_outcome): it takes the tasks
as an iterator, runs the one task interface (cli.task.run_task) on them in batches, keeps
only a few batches in flight (a large corpus is streamed, never held), and reports every
Outcome to a callback as it arrives. The pool and the cluster are imported only when chosen:
a one-document run does not pay for multiprocessing."""

from __future__ import annotations

import contextlib
import gc
import signal
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Protocol

from cli.outcome import Outcome, failed
from cli.readers import Task
from cli.task import Work, run_task

OnOutcome = Callable[[Outcome], None]

# Tasks go to workers in batches, to pay the inter-process round trip once per batch rather
# than per document; batches stay small so that both workers finish at about the same time
# even when the large documents bunch up in one directory.
MAX_BATCH = 8
BATCHES_PER_WORKER = 16
IN_FLIGHT_PER_WORKER = 4  # batches submitted ahead of the results: workers never wait, memory stays flat

# Cleaning a page dump makes a few hundred thousand short-lived objects (lines, tokens, log
# entries) and frees them when the document is done, by reference counting; the cyclic
# collector, run every 700 new objects by default, keeps walking them and every object loaded
# before (modules, patterns, stoplists): 10-15 % of the text way's time on the T1 dumps. So
# the objects there are at start are frozen out of its walks, and it runs less often. They are
# frozen without a collection first: it would walk them all (4 ms of a one-page run) to free
# the little garbage that importing leaves.
GC_THRESHOLD = 10_000


def tune_gc() -> None:
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def run_batch(batch: list[Task], work: Work) -> list[Outcome]:
    return [outcome for task in batch for outcome in run_task(task, work)]


def batch_size(tasks: int, workers: int) -> int:
    return max(1, min(MAX_BATCH, tasks // (workers * BATCHES_PER_WORKER)))


def batches(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    iterator = iter(tasks)
    while batch := list(islice(iterator, size)):
        yield batch


def batch_failed(batch: list[Task], error: BaseException) -> list[Outcome]:
    message = f"internal error: {type(error).__name__}: {error}"
    return [failed(task.name, message, task.size) for task in batch]


class Executor(Protocol):
    # Whether its workers are other processes of this machine: they share its file system.
    local_workers: bool

    def run(self, tasks: Iterable[Task], work: Work, on_outcome: OnOutcome) -> None: ...


class InProcess:
    """One worker, this process: no start-up, no pickling; the choice for one document."""

    local_workers = False

    def run(self, tasks: Iterable[Task], work: Work, on_outcome: OnOutcome) -> None:
        tune_gc()
        for task in tasks:
            for outcome in run_task(task, work):
                on_outcome(outcome)


def choose_executor(workers: int, total: int, scheduler: str | None) -> Executor:
    if scheduler:
        from cli.cluster import DaskCluster

        return DaskCluster(scheduler, workers, total)
    if workers <= 1 or total <= 1:
        return InProcess()
    from cli.pool import ProcessPool

    return ProcessPool(min(workers, total), total)


@contextlib.contextmanager
def sigterm_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while tasks run, so that cleanup happens as on Ctrl-C:
    temporary files removed, and the pool shut down. Killed outright, the main process would
    leave its workers blocked forever on a queue nobody feeds."""

    def exit_on_term(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, exit_on_term)
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
