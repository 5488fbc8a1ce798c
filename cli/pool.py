"""The process pool: batches of tasks on worker processes forked from this one, a few in
flight per worker; a worker that dies (a segfault in a C extension, the OOM killer) fails only
the document it was cleaning."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cli.executors import (
    IN_FLIGHT_PER_WORKER,
    OnOutcome,
    batch_failed,
    batch_size,
    batches,
    run_batch,
    tune_gc,
)
from cli.outcome import Outcome, failed
from cli.outputs import remove_pending_temps

if TYPE_CHECKING:
    from collections.abc import Iterable

    from cli.readers import Task
    from cli.task import Work

WORKER_DIED = "internal error: the worker process died while cleaning this document"
SALVAGE_WAIT = 0.5  # seconds a stopped run waits for results already sent by the workers
PARENT_CHECK_S = 0.5  # how often a worker checks that its main process is still there
WORKER_ORPHANED = 3  # a worker's exit status when its main process was gone


@dataclass(frozen=True)
class ProcessPool:
    workers: int
    total: int  # the number of tasks, for the batch size
    local_workers = True

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
        pending: dict[Future, list[Task]] = {}
        with process_pool(self.workers) as pool:
            submit = lambda batch: submit_batch(pool, batch, work)  # noqa: E731
            broken = lambda: bool(unfinished)  # noqa: E731
            try:
                for batch, result in streamed(task_batches, pending, submit, self.workers, broken):
                    try:
                        outcomes = result()
                    except BrokenProcessPool:
                        unfinished.extend(batch)
                        continue
                    except Exception as error:  # e.g. an Outcome that would not pickle: a bug
                        outcomes = batch_failed(batch, error)
                    for outcome in outcomes:
                        on_outcome(outcome)
            except BaseException:  # Ctrl-C, SIGTERM, --max-failures: report what is done
                salvage(pending, on_outcome)
                raise
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
    pending: dict[Future, list[Task]],
    submit: Callable[[list[Task]], Future],
    workers: int,
    broken: Callable[[], bool] = lambda: False,
) -> Iterator[tuple[list[Task], Callable[[], list[Outcome]]]]:
    """(batch, result getter) as batches finish, with at most IN_FLIGHT_PER_WORKER batches a
    worker submitted and not yet done (kept in `pending`); no more are submitted once
    `broken()` says so."""
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


def salvage(pending: dict[Future, list[Task]], on_outcome: OnOutcome) -> None:
    """The outcomes of batches a worker finished, and wrote, just before the run was stopped:
    their results may still be on their way, so they get a moment to arrive."""
    done, _ = wait(pending, timeout=SALVAGE_WAIT)
    for future in done:
        if not future.cancelled() and future.exception() is None:
            for outcome in future.result():
                with contextlib.suppress(Exception):
                    on_outcome(outcome)


def init_worker(main_process: int) -> None:
    tune_gc()
    # Ctrl-C reaches the whole process group; the main process alone handles it, by
    # cancelling what has not started and terminating the workers (see process_pool).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Not sigterm_as_exit's handler, inherited through fork: the pool would catch its
    # SystemExit as a task's result and the worker would carry on.
    signal.signal(signal.SIGTERM, end_worker)
    # The main process's pid comes from before the fork, not from getppid() here: a main
    # process killed while this worker was starting has already left it to another parent.
    threading.Thread(target=watch_parent, args=(main_process,), daemon=True, name="watch-parent").start()


def end_worker(signum: int, frame: object) -> None:
    remove_pending_temps()
    os._exit(128 + signum)


def watch_parent(parent: int) -> None:
    """End this worker once the main process is gone: SIGKILLed, it can tell no one, and the
    worker would wait on its task queue forever. Orphans are adopted by another process."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    remove_pending_temps()
    os._exit(WORKER_ORPHANED)


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool that, on Ctrl-C, SIGTERM or an error, stops at once: the tasks not started are
    dropped, and the running ones end with their workers (their outputs are atomic, so an
    unfinished document just has none), rather than wait for a document that may hang."""
    pool = ProcessPoolExecutor(workers, initializer=init_worker, initargs=(os.getpid(),))
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
            futures = [pool.submit(run_batch, [task], work) for task in pending]
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
