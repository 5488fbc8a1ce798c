"""Dask: the same batches on a Dask distributed cluster, a few in flight per worker."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cli.executors import (
    IN_FLIGHT_PER_WORKER,
    OnOutcome,
    batch_failed,
    batch_size,
    batches,
    run_batch,
    tune_gc,
)
from cli.readers import Task
from cli.task import Work

LOCAL_SCHEDULER = "local"  # --scheduler local: a LocalCluster of worker processes on this machine


@dataclass(frozen=True)
class DaskCluster:
    """The same batches on a Dask cluster: `address` is a scheduler's (tcp://host:8786), or
    "local" for a LocalCluster of `workers` processes here. The workers write the outputs
    themselves, so on a cluster of several machines OUT must be on a file system they share.
    Dask runs tasks in worker threads, where no alarm can interrupt them: --timeout is not
    enforced there."""

    local_workers = False  # they may be other machines

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
