"""The process pool: the same outputs as in-process, and a dying worker fails only its document."""

import multiprocessing
import os
import subprocess
import sys

import pytest

from cli import executors, pool
from cli import task as task_module
from tests.cli.conftest import PAGE, TEXTS, run_on
from tests.cli.test_main import REPO


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

    def clean_or_die(raw, options, **hints):
        if b"library" in raw[:200].lower():
            os._exit(3)  # as a segfault in a C extension would: no exception, no cleanup
        return real_clean(raw, options, **hints)

    monkeypatch.setattr(task_module, "clean", clean_or_die)
    names = [*TEXTS, PAGE] * 4
    outcomes = run_on(pool.ProcessPool(2, len(names)), names, tmp_path)
    by_source = {outcome.source: outcome for outcome in outcomes}
    assert len(outcomes) == len(names)
    assert by_source["library_reopens.txt"].error == pool.WORKER_DIED
    assert all(by_source[name].ok for name in [TEXTS[0], TEXTS[2], PAGE])


def test_a_worker_whose_main_process_died_while_it_started_ends_at_once():
    # The main process can be killed between the fork and the worker's initializer: the
    # worker then already has another parent, and must not take that one for its own.
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    code = f"from cli import pool; pool.init_worker({gone.pid}); import time; time.sleep(30)"
    worker = subprocess.run([sys.executable, "-c", code], cwd=REPO, timeout=20)
    assert worker.returncode == pool.WORKER_ORPHANED
