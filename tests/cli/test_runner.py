import multiprocessing
import os

import pytest

from cleaners import Options
from cli import job as job_module
from cli import runner
from cli.job import Job
from tests.cli.conftest import DATA, PAGE, TEXTS


def jobs_for(out, names):
    return [
        Job(name, str(DATA / name), out / f"{name}.txt", out / f"{name}.meta.json", force=True)
        for name in names
    ]


@pytest.mark.parametrize(
    ("jobs", "workers", "size"),
    [(1, 2, 1), (10, 2, 1), (990, 2, 8), (100, 4, 1), (10_000, 2, 8)],
)
def test_batch_size_keeps_workers_busy(jobs, workers, size):
    assert runner.batch_size(jobs, workers) == size


def test_pool_gives_the_same_outcomes_as_in_process(tmp_path):
    names = [*TEXTS, PAGE] * 3
    sequential, parallel = [], []
    runner.run_jobs(jobs_for(tmp_path / "one", names), Options(), 1, sequential.append)
    runner.run_jobs(jobs_for(tmp_path / "two", names), Options(), 2, parallel.append)

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
    real_clean = job_module.clean

    def clean_or_die(raw, options):
        if b"library" in raw[:200].lower():
            os._exit(3)  # as a segfault in a C extension would: no exception, no cleanup
        return real_clean(raw, options)

    monkeypatch.setattr(job_module, "clean", clean_or_die)
    outcomes = []
    runner.run_jobs(jobs_for(tmp_path, [*TEXTS, PAGE]), Options(), 2, outcomes.append)
    by_source = {outcome.source: outcome for outcome in outcomes}
    assert len(outcomes) == 4
    assert by_source["library_reopens.txt"].error == runner.WORKER_DIED
    assert all(by_source[name].ok for name in [TEXTS[0], TEXTS[2], PAGE])
