"""Executors: batching, and the tasks streamed (pulled as workers need them)."""

import pytest

from cleaners import Options
from cli import executors, pool
from cli.task import Work
from cli.writers import PairWriter
from tests.cli.conftest import TEXTS, tasks_for


@pytest.mark.parametrize(
    ("tasks", "workers", "size"),
    [(1, 2, 1), (10, 2, 1), (990, 2, 8), (100, 4, 1), (10_000, 2, 8)],
)
def test_batch_size_keeps_workers_busy(tasks, workers, size):
    assert executors.batch_size(tasks, workers) == size


@pytest.mark.parametrize("make", [lambda n: executors.InProcess(), lambda n: pool.ProcessPool(2, n)])
def test_tasks_are_pulled_as_workers_need_them(make, tmp_path):
    """A corpus is streamed: when the first outcome arrives, only a few batches were taken."""
    names = [TEXTS[0]] * 200
    pulled, pulled_at_first = [], []

    def counting():
        for task in tasks_for(names):
            pulled.append(task)
            yield task

    def first(outcome):
        if not pulled_at_first:
            pulled_at_first.append(len(pulled))

    work = Work(Options(), PairWriter(tmp_path), force=True)
    make(len(names)).run(counting(), work, first)
    ahead = 2 * executors.IN_FLIGHT_PER_WORKER * executors.batch_size(len(names), 2)
    assert len(pulled) == len(names) and pulled_at_first[0] <= ahead + executors.MAX_BATCH
