"""Running the jobs: in this process (one worker), or on a process pool, reporting each
Outcome to a callback as it arrives."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool

from cleaners import Options
from cli.job import Job, Outcome, failed, run_job
from cli.outputs import remove_pending_temps

OnOutcome = Callable[[Outcome], None]

# Jobs go to workers in batches, to pay the inter-process round trip once per batch rather
# than per document; batches stay small so that both workers finish at about the same time
# even when the large documents bunch up in one directory.
MAX_BATCH = 8
BATCHES_PER_WORKER = 16
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


def run_jobs(jobs: list[Job], options: Options, workers: int, on_outcome: OnOutcome) -> None:
    tune_gc()
    with sigterm_as_exit():
        if workers <= 1 or len(jobs) <= 1:
            for job in jobs:
                on_outcome(run_job(job, options))
        else:
            run_on_pool(jobs, options, min(workers, len(jobs)), on_outcome)


@contextlib.contextmanager
def sigterm_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while jobs run, so that cleanup happens as on Ctrl-C:
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


def batch_size(jobs: int, workers: int) -> int:
    return max(1, min(MAX_BATCH, jobs // (workers * BATCHES_PER_WORKER)))


def batches(jobs: list[Job], size: int) -> Iterator[list[Job]]:
    for start in range(0, len(jobs), size):
        yield jobs[start : start + size]


def run_batch(jobs: list[Job], options: Options) -> list[Outcome]:
    return [run_job(job, options) for job in jobs]


def init_worker() -> None:
    tune_gc()
    # Ctrl-C reaches the whole process group; the main process alone handles it, by
    # cancelling what has not started and terminating the workers (see process_pool).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Not sigterm_as_exit's handler, inherited through fork: the pool would catch its
    # SystemExit as a job's result and the worker would carry on.
    signal.signal(signal.SIGTERM, end_worker)


def end_worker(signum: int, frame: object) -> None:
    remove_pending_temps()
    os._exit(128 + signum)


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool that, on Ctrl-C, SIGTERM or an error, stops at once: the jobs not started are
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


def run_on_pool(jobs: list[Job], options: Options, workers: int, on_outcome: OnOutcome) -> None:
    unfinished: list[Job] = []
    with process_pool(workers) as pool:
        futures: dict[Future, list[Job]] = {
            pool.submit(run_batch, batch, options): batch
            for batch in batches(jobs, batch_size(len(jobs), workers))
        }
        for future in as_completed(futures):
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                unfinished += futures[future]
                continue
            except Exception as error:  # e.g. an Outcome that would not pickle: a bug
                message = f"internal error: {type(error).__name__}: {error}"
                outcomes = [failed(job.source, message) for job in futures[future]]
            for outcome in outcomes:
                on_outcome(outcome)
    if unfinished:
        order = {id(job): index for index, job in enumerate(jobs)}
        unfinished.sort(key=lambda job: order[id(job)])
        run_isolating_crashes(unfinished, options, on_outcome)


def run_isolating_crashes(jobs: list[Job], options: Options, on_outcome: OnOutcome) -> None:
    """Rerun the jobs of a pool that broke (a worker segfaulted or was killed) and find out
    which document did it: one worker takes the jobs in order, so the first job to see the
    pool break is the one it died on; it fails, and the rest go on a fresh worker."""
    pending = jobs
    while pending:
        with process_pool(1) as pool:
            futures = [pool.submit(run_job, job, options) for job in pending]
            for index, future in enumerate(futures):
                try:
                    on_outcome(future.result())
                except BrokenProcessPool:
                    on_outcome(failed(pending[index].source, WORKER_DIED))
                    pending = pending[index + 1 :]
                    break
            else:
                pending = []
