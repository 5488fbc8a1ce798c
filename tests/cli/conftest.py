"""Shared fixtures: a small corpus on disk and a way to run the command line in-process."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path, PurePath

import pytest
from typer.testing import CliRunner

from cleaners import Options
from cli.app import app
from cli.readers import Task
from cli.task import Work
from cli.writers import PairWriter

DATA = Path(__file__).resolve().parent.parent / "data" / "cli"
TEXTS = ("harbour_ferry_strike.txt", "library_reopens.txt", "city_marathon.txt")
PAGE = "council_budget.html"


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes


@pytest.fixture
def cli():
    """Run `boilerstrip ARGS...` in-process; stdin is bytes or str."""

    def run(*args: str | Path, stdin: bytes | str | None = None) -> Run:
        result = CliRunner().invoke(app, [str(arg) for arg in args], input=stdin)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result.exit_code, result.stdout, result.stderr, result.stdout_bytes)

    return run


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """corpus/ with nested directories, a hidden file and a hidden directory:

    corpus/harbour_ferry_strike.txt
    corpus/local/library_reopens.txt
    corpus/local/sport/city_marathon.txt
    corpus/politics/council_budget.html
    corpus/.draft.txt, corpus/.cache/old.txt   (hidden: never picked up)
    """
    root = tmp_path / "corpus"
    place(root, TEXTS[0])
    place(root / "local", TEXTS[1])
    place(root / "local" / "sport", TEXTS[2])
    place(root / "politics", PAGE)
    (root / ".draft.txt").write_text("A draft that must not be cleaned.\n")
    (root / ".cache").mkdir()
    (root / ".cache" / "old.txt").write_text("A cached page that must not be cleaned.\n")
    return root


def place(directory: Path, name: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(DATA / name, directory / name))


def files_under(directory: Path) -> list[str]:
    """Every file under `directory` (hidden ones too), as sorted relative POSIX paths."""
    if not directory.exists():
        return []
    return sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*") if p.is_file())


def tasks_for(names):
    """Tasks for files of tests/data/cli, named as given (a name may repeat)."""
    return (Task(name, PurePath(name), path=str(DATA / name)) for name in names)


def run_on(executor, names, out):
    """The outcomes of cleaning `names` with `executor` into `out`."""
    outcomes = []
    executor.run(tasks_for(names), Work(Options(), PairWriter(out), force=True), outcomes.append)
    return outcomes
