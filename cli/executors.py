"""Executors run tasks: in this process, on a process pool, or on a Dask cluster. Each takes
the tasks as an iterator, runs the one task interface (cli.task.run_task) on them in batches,
keeps only a few batches in flight (a large corpus is streamed, never held), and reports every
Outcome to a callback as it arrives."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice

from cli.outcome import Outcome, failed
from cli.outputs import remove_pending_temps
from cli.readers import Task
from cli.task import Work, run_task

OnOutcome = Callable[[Outcome], None]

# Tasks go to workers in batches, to pay the inter-process round trip once per batch rather
# than per document; batches stay small so that both workers finish at about the same time
# even when the large documents bunch up in one directory.
MAX_BATCH = 8
BATCHES_PER_WORKER = 16
IN_FLIGHT_PER_WORKER = 4  # batches submitted ahead of the results: workers never wait, memory stays flat
LOCAL_SCHEDULER = "local"  # --scheduler local: a LocalCluster of worker processes on this machine
WORKER_DIED = "internal error: the worker process died while cleaning this document"

# Cleaning a page dump makes a few hundred thousand short-lived objects (lines, tokens, log
# entries) and frees them when the document is done, by reference counting; the cyclic
# collector, run every 700 new objects by default, keeps walking them and every object loaded
# before (modules, patterns, stoplists): 10-15 % of the text way's time on the T1 dumps. So
# the objects there are at start are frozen out of its walks, and it runs less often.
GC_THRESHOLD = 10_000


def tune_gc() -> None:
    gc.collect()
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


@dataclass(frozen=True)
class InProcess:
    """One worker, this process: no start-up, no pickling; the choice for one document."""

    def run(self, tasks: Iterable[Task], work: Work, on_outcome: OnOutcome) -> None:
        tune_gc()
        for task in tasks:
            for outcome in run_task(task, work):
                on_outcome(outcome)


@dataclass(frozen=True)
class ProcessPool:
    workers: int
    total: int  # the number of tasks, for the batch size

    def run(self, tasks: Iterable[Task], work: Work, on_outcome: OnOutcome) -> None:
        remaining = iter(tasks)
        size = batch_size(self.total, self.workers)
        while unfinished := self.run_until_broken(batches(remaining, size), work, on_outcome):
            run_isolating_crashes(unfinished, work, on_outcome)

    def run_until_broken(
        self, task_batches: Iterator[list[Task]], work: Work, on_outcome: OnOutcome
    ) -> list[Task]:
        """Run the batches; if a worker dies, return the tasks of every batch it took down
        (in their order) and leave the rest of `task_batches` for a fresh pool."""
        unfinished: list[Task] = []
        with process_pool(self.workers) as pool:
            submit = lambda batch: submit_batch(pool, batch, work)  # noqa: E731
            broken = lambda: bool(unfinished)  # noqa: E731
            for batch, result in streamed(task_batches, submit, self.workers, broken):
                try:
                    outcomes = result()
                except BrokenProcessPool:
                    unfinished.extend(batch)
                    continue
                except Exception as error:  # e.g. an Outcome that would not pickle: a bug
                    outcomes = batch_failed(batch, error)
                for outcome in outcomes:
                    on_outcome(outcome)
        return unfinished


def submit_batch(pool: ProcessPoolExecutor, batch: list[Task], work: Work) -> Future:
    """The batch's future; on a pool already broken, one that fails as the pool's others do."""
    try:
        return pool.submit(run_batch, batch, work)
    except BrokenProcessPool as error:
        future: Future = Future()
        future.set_exception(error)
        return future


def streamed(
    task_batches: Iterator[list[Task]],
    submit: Callable[[list[Task]], Future],
    workers: int,
    broken: Callable[[], bool] = lambda: False,
) -> Iterator[tuple[list[Task], Callable[[], list[Outcome]]]]:
    """(batch, result getter) as batches finish, with at most IN_FLIGHT_PER_WORKER batches a
    worker submitted and not yet done; no more are submitted once `broken()` says so."""
    pending: dict[Future, list[Task]] = {}
    for batch in task_batches:
        pending[submit(batch)] = batch
        while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
            yield from finished(pending)
        if broken():
            break
    while pending:
        yield from finished(pending)


def finished(pending: dict[Future, list[Task]]) -> Iterator[tuple[list[Task], Callable[[], list[Outcome]]]]:
    """The batches done, once at least one is (each leaves `pending`), in submission order."""
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    for future in [future for future in pending if future in done]:
        yield pending.pop(future), future.result


def init_worker() -> None:
    tune_gc()
    # Ctrl-C reaches the whole process group; the main process alone handles it, by
    # cancelling what has not started and terminating the workers (see process_pool).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Not sigterm_as_exit's handler, inherited through fork: the pool would catch its
    # SystemExit as a task's result and the worker would carry on.
    signal.signal(signal.SIGTERM, end_worker)


def end_worker(signum: int, frame: object) -> None:
    remove_pending_temps()
    os._exit(128 + signum)


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool that, on Ctrl-C, SIGTERM or an error, stops at once: the tasks not started are
    dropped, and the running ones end with their workers (their outputs are atomic, so an
    unfinished document just has none), rather than wait for a document that may hang."""
    pool = ProcessPoolExecutor(workers, initializer=init_worker)
    try:
        yield pool
    except BaseException:
        # ProcessPoolExecutor.terminate_workers() only exists from Python 3.14.
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()
        raise
    pool.shutdown(wait=True)


def run_isolating_crashes(tasks: list[Task], work: Work, on_outcome: OnOutcome) -> None:
    """Rerun the tasks of a pool that broke (a worker segfaulted or was killed) and find out
    which document did it: one worker takes the tasks in order, so the first task to see the
    pool break is the one it died on; it fails, and the rest go on a fresh worker."""
    pending = tasks
    while pending:
        with process_pool(1) as pool:
            futures = [pool.submit(run_task, task, work) for task in pending]
            for index, future in enumerate(futures):
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    on_outcome(failed(pending[index].name, WORKER_DIED, pending[index].size))
                    pending = pending[index + 1 :]
                    break
                for outcome in outcomes:
                    on_outcome(outcome)
            else:
                pending = []


@dataclass(frozen=True)
class DaskCluster:
    """The same batches on a Dask cluster: `address` is a scheduler's (tcp://host:8786), or
    "local" for a LocalCluster of `workers` processes here. The workers write the outputs
    themselves, so on a cluster of several machines OUT must be on a file system they share.
    Dask runs tasks in worker threads, where no alarm can interrupt them: --timeout is not
    enforced there."""

    address: str
    workers: int
    total: int

    def run(self, tasks: Iterable[Task], work: Work, on_outcome: OnOutcome) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise SystemExit("--scheduler needs Dask: pip install 'boilerstrip[dask]'") from None
        cluster = None
        if self.address == LOCAL_SCHEDULER:
            cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
        try:
            with Client(cluster or self.address) as client:
                client.run(tune_gc)
                workers = max(1, len(client.scheduler_info()["workers"]))
                task_batches = batches(tasks, batch_size(self.total, workers))
                for outcomes in on_dask(client, task_batches, work, workers * IN_FLIGHT_PER_WORKER):
                    for outcome in outcomes:
                        on_outcome(outcome)
        finally:
            if cluster is not None:
                cluster.close()


def on_dask(client, task_batches: Iterator[list[Task]], work: Work, in_flight: int):
    """Each batch's outcomes as batches finish on the cluster, `in_flight` of them submitted ahead."""
    from distributed import as_completed

    submitted = {}
    completed = as_completed()

    def submit_next() -> None:
        if batch := next(task_batches, None):
            future = client.submit(run_batch, batch, work, pure=False)
            submitted[future] = batch
            completed.add(future)

    for _ in range(in_flight):
        submit_next()
    for future in completed:
        batch = submitted.pop(future)
        try:
            outcomes = future.result()
        except Exception as error:  # a worker lost, or a task that raised: its documents fail
            outcomes = batch_failed(batch, error)
        yield outcomes
        submit_next()


Executor = InProcess | ProcessPool | DaskCluster


def choose_executor(workers: int, total: int, scheduler: str | None) -> Executor:
    if scheduler:
        return DaskCluster(scheduler, workers, total)
    if workers <= 1 or total <= 1:
        return InProcess()
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
