"""Runs SIGKILLed at random moments, the whole process group or the main process alone, each
followed by a rerun: the final outputs are those of a run never killed, no temporary file is
left, and no worker outlives its run."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.conftest import PAGE, TEXTS, files_under, place
from tests.cli.test_main import REPO, session_processes

KILLS = 20
ORPHAN_GRACE_S = 5.0  # a worker checks for its main process twice a second


def whole_run(corpus: Path, out: Path) -> subprocess.CompletedProcess:
    # A generous bound: a busy shared machine can make 120 documents slow, never endless.
    argv = [sys.executable, "-m", "cli", "clean", str(corpus), "-o", str(out), "-j", "2", "-q"]
    return subprocess.run(argv, capture_output=True, cwd=REPO, timeout=600)


def start(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "cli", "clean", str(corpus), "-o", str(out), "-j", "2", "-q"],
        cwd=REPO,
        start_new_session=True,
        stderr=subprocess.DEVNULL,
    )


def kill(process: subprocess.Popen, whole_group: bool) -> None:
    if whole_group:
        os.killpg(process.pid, signal.SIGKILL)
    else:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def orphans_after_grace(session: int) -> list[int]:
    deadline = time.monotonic() + ORPHAN_GRACE_S
    while (left := session_processes(session)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


def outputs(out: Path) -> list[str]:
    return [name for name in files_under(out) if name != "boilerstrip-report.json"]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for copy in range(30):
        for name in (*TEXTS, PAGE):
            folder = root / f"part{copy % 3}"
            place(folder, name).rename(folder / f"{copy}-{name}")
    return root


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_random_kills_then_a_rerun_write_what_one_whole_run_writes(corpus, tmp_path):
    whole, killed = tmp_path / "whole", tmp_path / "killed"
    assert whole_run(corpus, whole).returncode == 0
    moments = random.Random(20261201)
    for number in range(KILLS):
        process = start(corpus, killed)
        time.sleep(moments.uniform(0.2, 1.5))  # from start-up to the last documents
        if process.poll() is not None:
            continue  # it finished first: the next run is a plain rerun
        kill(process, whole_group=number % 2 == 0)
        assert orphans_after_grace(process.pid) == [], f"kill {number}: a worker outlived its run"
    rerun = whole_run(corpus, killed)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads((killed / "boilerstrip-report.json").read_text(encoding="utf-8"))
    assert report["counts"]["failed"] == 0
    assert outputs(killed) == outputs(whole) and len(outputs(whole)) == 2 * 120  # no .tmp left
    for name in outputs(whole):
        assert (killed / name).read_bytes() == (whole / name).read_bytes(), name


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_end_when_the_main_process_is_killed_alone(corpus, tmp_path):
    out = tmp_path / "out"
    process = start(corpus, out)
    deadline = time.monotonic() + 60
    while not list(out.rglob("*.meta.json")):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    assert len(session_processes(process.pid)) >= 2  # the main process and its workers
    kill(process, whole_group=False)
    assert orphans_after_grace(process.pid) == []
