"""Corpus runs, whole processes, beside the trafilatura CLI doing the same work in the same run.

    .venv/bin/python bench/corpus.py [--reps 3] [--data DIR] [--scale N]

A benchmark, not a test: it prints numbers and passes no judgement. On the shared benchmark's
H pages (`.bench-cache/trafeval/H`, unpacked by `devbench.py prepare`; samples/input when
the benchmark is absent) it times, as medians of `--reps` whole-process runs (start-up
included, each into a fresh output directory):
- boilerstrip (--jobs 2, the default here) beside `trafilatura --input-dir IN --output-dir OUT
  --no-comments --with-metadata --parallel 2`, and beside trafilatura without --with-metadata:
  docs/s, MB/s, peak RSS, and the ratio;
- boilerstrip --jobs 1 beside --jobs 2;
- one page, start to exit: `boilerstrip clean PAGE` beside `trafilatura --with-metadata < PAGE`;
- a rerun over the unchanged corpus (no --force), against the first run;
- peak RSS on --scale times the corpus (the pages copied under new names) against on the corpus.
Peak RSS is the largest resident set of the process and of the workers it waited for.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
DEVBENCH = ROOT.parent / "shared" / "bench" / "devbench.py"
DEFAULT_DATA = ROOT / ".bench-cache" / "trafeval" / "H"


def corpus_dir(data: Path) -> Path:
    if not data.is_dir() and data == DEFAULT_DATA and DEVBENCH.is_file():
        subprocess.run([sys.executable, str(DEVBENCH), "prepare"], cwd=ROOT, check=False)
    if data.is_dir():
        return data
    print(f"bench: {data} missing; timing samples/input instead", file=sys.stderr)
    return ROOT / "samples" / "input"


def timed_run(argv: list[str], stdin: Path | None = None) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one whole process and the children it waited for."""
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as feed:
        process = subprocess.Popen(argv, stdin=feed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024


def median_run(make_argv, reps: int, stdin: Path | None = None) -> tuple[float, float]:
    runs = []
    for _ in range(reps):
        with tempfile.TemporaryDirectory() as out:
            runs.append(timed_run(make_argv(Path(out) / "out"), stdin))
    return statistics.median(w for w, _ in runs), max(r for _, r in runs)


def boilerstrip(inputs: Path, jobs: int = 2, *extra: str):
    return lambda out: [
        str(BIN / "boilerstrip"),
        "clean",
        str(inputs),
        "-o",
        str(out),
        "-j",
        str(jobs),
        *extra,
    ]


def trafilatura(inputs: Path, metadata: bool):
    def argv(out: Path) -> list[str]:
        flags = ["--with-metadata"] if metadata else []
        return [str(BIN / "trafilatura"), "--input-dir", str(inputs), "--output-dir", str(out),
                "--no-comments", "--parallel", "2", *flags]  # fmt: skip

    return argv


def scaled_copy(pages: list[Path], scale: int, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for copy in range(scale):
        for page in pages:
            target = folder / f"{copy:03}-{page.name}"
            try:
                os.link(page, target)  # no bytes copied; the tool sees a file of its own
            except OSError:
                shutil.copy(page, target)
    return folder


def row(label: str, wall: float, rss: float, docs: int, mb: float) -> str:
    return f"{label:46} {wall:7.2f} s {docs / wall:8.1f} docs/s {mb / wall:6.2f} MB/s {rss:7.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of HTML pages")
    parser.add_argument("--reps", type=int, default=3, help="runs per figure (default 3)")
    parser.add_argument("--scale", type=int, default=10, help="corpus copies for the memory check")
    args = parser.parse_args(argv)
    data = corpus_dir(args.data)
    pages = sorted(p for p in data.iterdir() if p.is_file())
    docs, mb = len(pages), sum(p.stat().st_size for p in pages) / 1e6
    print(f"{data}: {docs} documents, {mb:.1f} MB; medians of {args.reps} whole-process runs\n")

    ours = median_run(boilerstrip(data), args.reps)
    theirs = median_run(trafilatura(data, metadata=True), args.reps)
    bare = median_run(trafilatura(data, metadata=False), args.reps)
    single = median_run(boilerstrip(data, 1), args.reps)
    print(row("boilerstrip clean (--jobs 2)", *ours, docs, mb))
    print(row("trafilatura --with-metadata (--parallel 2)", *theirs, docs, mb))
    print(row("trafilatura, no metadata (--parallel 2)", *bare, docs, mb))
    print(row("boilerstrip clean --jobs 1", *single, docs, mb))
    print(f"\nHTML way vs trafilatura --with-metadata: {theirs[0] / ours[0]:.2f}x throughput")
    print(f"HTML way vs trafilatura without metadata: {bare[0] / ours[0]:.2f}x throughput")
    print(f"--jobs 2 vs --jobs 1: {single[0] / ours[0]:.2f}x")

    page = pages[0]
    start_ours = median_run(lambda out: [str(BIN / "boilerstrip"), "clean", str(page), "-q"], args.reps)
    start_theirs = median_run(
        lambda out: [str(BIN / "trafilatura"), "--with-metadata"], args.reps, stdin=page
    )
    print(f"\none page start to exit ({page.name}): boilerstrip {start_ours[0]:.2f} s, "
          f"trafilatura {start_theirs[0]:.2f} s ({start_ours[0] / start_theirs[0]:.2f}x)")  # fmt: skip

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        first = timed_run(boilerstrip(data)(out))
        rerun = timed_run(boilerstrip(data)(out))
        share = rerun[0] / first[0]
        print(f"rerun, unchanged corpus: {rerun[0]:.2f} s, {share:.0%} of the first ({first[0]:.2f} s)")
        big = scaled_copy(pages, args.scale, Path(scratch) / "scaled")
        small_rss = timed_run(boilerstrip(data)(Path(scratch) / "small"))[1]
        big_rss = timed_run(boilerstrip(big)(Path(scratch) / "big"))[1]
        growth = big_rss / small_rss
        scaled = docs * args.scale
        print(f"peak RSS: {scaled} documents {big_rss:.0f} MB, {docs}: {small_rss:.0f} MB ({growth:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
