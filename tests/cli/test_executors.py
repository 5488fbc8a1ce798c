import multiprocessing
import os
from pathlib import PurePath

import pytest

from cleaners import Options
from cli import executors, pool
from cli import task as task_module
from cli.readers import Task
from cli.task import Work
from cli.writers import PairWriter
from tests.cli.conftest import DATA, PAGE, TEXTS


def tasks_for(names):
    return (Task(name, PurePath(name), path=str(DATA / name)) for name in names)


def run_on(executor, names, out):
    outcomes = []
    executor.run(tasks_for(names), Work(Options(), PairWriter(out), force=True), outcomes.append)
    return outcomes


@pytest.mark.parametrize(
    ("tasks", "workers", "size"),
    [(1, 2, 1), (10, 2, 1), (990, 2, 8), (100, 4, 1), (10_000, 2, 8)],
)
def test_batch_size_keeps_workers_busy(tasks, workers, size):
    assert executors.batch_size(tasks, workers) == size


def test_pool_gives_the_same_outcomes_as_in_process(tmp_path):
    names = [*TEXTS, PAGE] * 3
    sequential = run_on(executors.InProcess(), names, tmp_path / "one")
    parallel = run_on(pool.ProcessPool(2, len(names)), names, tmp_path / "two")

    def comparable(outcome):
        return (outcome.source, outcome.status, outcome.chars_out, outcome.removals_by_rule)

    assert sorted(map(comparable, parallel)) == sorted(map(comparable, sequential))
    for name in {*TEXTS, PAGE}:
        for suffix in (".txt", ".meta.json"):
            one = (tmp_path / "one" / f"{name}{suffix}").read_bytes()
            assert one == (tmp_path / "two" / f"{name}{suffix}").read_bytes()


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the crashing stub reaches the workers only when they are forked",
)
def test_a_worker_crash_fails_only_its_document(tmp_path, monkeypatch):
    real_clean = task_module.clean

    def clean_or_die(raw, options):
        if b"library" in raw[:200].lower():
            os._exit(3)  # as a segfault in a C extension would: no exception, no cleanup
        return real_clean(raw, options)

    monkeypatch.setattr(task_module, "clean", clean_or_die)
    names = [*TEXTS, PAGE] * 4
    outcomes = run_on(pool.ProcessPool(2, len(names)), names, tmp_path)
    by_source = {outcome.source: outcome for outcome in outcomes}
    assert len(outcomes) == len(names)
    assert by_source["library_reopens.txt"].error == pool.WORKER_DIED
    assert all(by_source[name].ok for name in [TEXTS[0], TEXTS[2], PAGE])


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
