"""The cost of the corpus passes (repeated lines, duplicates) against a single-pass run.

    .venv/bin/python bench/passes.py [--reps 3] [--data DIR] [--jobs 2]

A benchmark, not a test: it prints numbers and passes no judgement. On the H pages (found as
bench/corpus.py finds them) it times, as medians of `--reps` whole-process runs interleaved
(each into a fresh output directory): `--corpus-repeats 0` (one pass: the cleaning alone),
`--corpus-repeats 5` (the workers hash every line and sign every text, the main process
counts, rewrites and flags), and `--corpus-repeats 5 --drop-duplicates`; then what the passes
did on one run (lines removed, duplicates flagged) and a rerun over the unchanged corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import DEFAULT_DATA, announce, boilerstrip, corpus_dir, interleaved, row, timed_run

REPORT = "boilerstrip-report.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of pages")
    parser.add_argument("--reps", type=int, default=3, help="runs per figure (default 3)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args(argv)
    data = corpus_dir(args.data)
    _, docs, mb = announce(data, args.reps)
    variants = {
        "single pass (--corpus-repeats 0)": ("--corpus-repeats", "0"),
        "repeats and duplicates (--corpus-repeats 5)": ("--corpus-repeats", "5"),
        "... and --drop-duplicates": ("--corpus-repeats", "5", "--drop-duplicates"),
    }
    commands = {
        label: (boilerstrip(data, args.jobs, "-q", *extra), None) for label, extra in variants.items()
    }
    timed = interleaved(commands, args.reps)
    for label, timing in timed.items():
        print(row(label, timing.wall, timing.rss, docs, mb))
    single, passes, dropping = (timing.wall for timing in timed.values())
    print(f"\ncorpus passes: {passes / single:.2f}x the single pass's wall time ({passes - single:+.2f} s)")
    print(f"with --drop-duplicates: {dropping / single:.2f}x")
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        first = timed_run(boilerstrip(data, args.jobs, "-q", "--corpus-repeats", "5")(out))
        report = json.loads((out / REPORT).read_text(encoding="utf-8"))
        flagged = sum("duplicate_of" in entry for entry in report["documents"])
        removed = report["removals_by_rule"].get("corpus_repeat", 0)
        print(f"one run: {removed} lines removed as corpus_repeat, {flagged} documents flagged as duplicates")
        rerun = timed_run(boilerstrip(data, args.jobs, "-q", "--corpus-repeats", "5")(out))
        print(f"rerun, unchanged corpus: {rerun.wall:.2f} s, {rerun.wall / first.wall:.0%} of the first")
    return 0


if __name__ == "__main__":
    sys.exit(main())
