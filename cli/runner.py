"""Running the jobs: in this process (one worker), on a process pool, or on a Dask cluster,
reporting each Outcome to a callback as it arrives. Each way runs the same task, a batch of
jobs (run_batch), and keeps only a few batches in flight, so a large corpus is streamed."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
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


def run_jobs(
    jobs: list[Job], options: Options, workers: int, on_outcome: OnOutcome, scheduler: str | None = None
) -> None:
    tune_gc()
    with sigterm_as_exit():
        if scheduler:
            run_on_dask(jobs, options, workers, on_outcome, scheduler)
        elif workers <= 1 or len(jobs) <= 1:
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
        submit = lambda batch: pool.submit(run_batch, batch, options)  # noqa: E731
        for batch, result in streamed(batches(jobs, batch_size(len(jobs), workers)), submit, workers):
            try:
                outcomes = result()
            except BrokenProcessPool:
                unfinished += batch
                continue
            except Exception as error:  # e.g. an Outcome that would not pickle: a bug
                outcomes = batch_failed(batch, error)
            for outcome in outcomes:
                on_outcome(outcome)
    if unfinished:
        order = {id(job): index for index, job in enumerate(jobs)}
        unfinished.sort(key=lambda job: order[id(job)])
        run_isolating_crashes(unfinished, options, on_outcome)


def streamed(
    tasks: Iterator[list[Job]], submit: Callable[[list[Job]], Future], workers: int
) -> Iterator[tuple[list[Job], Callable[[], list[Outcome]]]]:
    """(batch, result getter) as batches finish, with at most IN_FLIGHT_PER_WORKER batches a
    worker submitted and not yet done."""
    pending: dict[Future, list[Job]] = {}
    for batch in tasks:
        pending[submit(batch)] = batch
        while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
            yield from finished(pending)
    while pending:
        yield from finished(pending)


def finished(pending: dict[Future, list[Job]]) -> Iterator[tuple[list[Job], Callable[[], list[Outcome]]]]:
    """The batches done, once at least one is (each leaves `pending`)."""
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    for future in done:
        yield pending.pop(future), future.result


def batch_failed(batch: list[Job], error: BaseException) -> list[Outcome]:
    message = f"internal error: {type(error).__name__}: {error}"
    return [failed(job.source, message) for job in batch]


def run_on_dask(
    jobs: list[Job], options: Options, workers: int, on_outcome: OnOutcome, scheduler: str
) -> None:
    """The same batches on a Dask cluster: `scheduler` is a scheduler's address (tcp://host:8786),
    or "local" for a LocalCluster of `workers` processes here. The workers write the outputs
    themselves, so on a cluster of several machines OUT must be on a file system they share."""
    try:
        from distributed import Client, LocalCluster
        from distributed import as_completed as dask_completed
    except ImportError:
        raise SystemExit("--scheduler needs Dask: pip install 'boilerstrip[dask]'") from None
    cluster = None
    if scheduler == LOCAL_SCHEDULER:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    try:
        with Client(cluster or scheduler) as client:
            client.run(tune_gc)
            futures = {
                client.submit(run_batch, batch, options, pure=False): batch
                for batch in batches(jobs, batch_size(len(jobs), workers))
            }
            for future in dask_completed(futures):
                try:
                    outcomes = future.result()
                except Exception as error:  # a worker lost, or a task that raised: its documents fail
                    outcomes = batch_failed(futures[future], error)
                for outcome in outcomes:
                    on_outcome(outcome)
    finally:
        if cluster is not None:
            cluster.close()


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
