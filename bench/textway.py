"""Throughput of the text way on the T1 dumps, beside trafilatura's on the same dumps.

    .venv/bin/python bench/textway.py [--reps 5] [--traf-reps 2] [--data DIR]

A benchmark, not a test: it prints numbers and passes no judgement. All dumps are read into
memory first; then, in this one process (so one core), it times `clean(raw, format="text")`
over every dump `--reps` times and trafilatura `--traf-reps` times (each line of a dump
wrapped as an HTML `<p>`, as `devbench.py baseline` does), and prints the medians: input MB/s
per core (10^6 bytes of the T1 dumps per CPU second, and per wall second), documents per
second, and the ratio boilerstrip/trafilatura. The garbage collector is tuned as the CLI
tunes it in each worker (cli.executors.tune_gc), for both. A floor row times the least any
pure-Python text way does (decode, split lines and words, one stoplist look-up per word). A
last, separately timed pass shows where the time goes: decoding, and each rule as the engine
times it (`clean(..., on_timing=...)`; the timers cost a little, so that pass is not the
headline number).

The data is the shared benchmark's T1 set (`../shared/bench`), unpacked into
`.bench-cache/trafeval/T1` by `python3 ../shared/bench/devbench.py prepare`, which this script
runs when the folder is missing.
"""

from __future__ import annotations

import argparse
import html
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: the project's own cleaners

from cleaners.classifier.language import stoplists  # noqa: E402
from cleaners.decoding import decode  # noqa: E402
from cleaners.pipeline import clean  # noqa: E402
from cli.executors import tune_gc  # noqa: E402

DEVBENCH = ROOT.parent / "shared" / "bench" / "devbench.py"
DEFAULT_DATA = ROOT / ".bench-cache" / "trafeval" / "T1"


def load_dumps(folder: Path) -> list[bytes]:
    if not folder.is_dir() and folder == DEFAULT_DATA and DEVBENCH.is_file():
        print(f"unpacking the benchmark data: {DEVBENCH} prepare", file=sys.stderr)
        subprocess.run([sys.executable, str(DEVBENCH), "prepare"], cwd=ROOT, check=False)
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not paths:
        sys.exit(
            f"bench: no T1 dumps in {folder}.\n"
            f"The data comes from the shared benchmark: check it out beside this repository "
            f"({DEVBENCH.parent}) and run `python3 ../shared/bench/devbench.py prepare` here."
        )
    return [path.read_bytes() for path in paths]


def as_html(text: str) -> str:
    """T1 text -> HTML with each non-empty line as an escaped <p> (devbench's baseline)."""
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{paras}</body></html>"


def timed(run, reps: int) -> tuple[float, float]:
    """Median CPU and wall seconds of `reps` calls of run()."""
    cpu, wall = [], []
    for _ in range(reps):
        c0, w0 = time.process_time(), time.perf_counter()
        run()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall)


def run_boilerstrip(dumps: list[bytes]) -> None:
    for raw in dumps:
        clean(raw, format="text")


def run_trafilatura(pages: list[str]) -> None:
    import trafilatura

    for page in pages:
        trafilatura.extract(page, include_comments=False)


def run_floor(dumps: list[bytes], stopwords: frozenset[str]) -> None:
    """The least any pure-Python text way does: decode, split into lines, split each line into
    words and look each word up in a stoplist (no rule, no classifier, no output)."""
    for raw in dumps:
        for line in decode(raw).text.splitlines():
            sum(map(stopwords.__contains__, line.split()))


def stage_split(dumps: list[bytes]) -> dict[str, float]:
    """Seconds per stage over one pass: decoding, and each text rule as the engine times it."""
    spent: dict[str, float] = defaultdict(float)

    def on_timing(rule_id: str, seconds: float) -> None:
        spent[rule_id] += seconds

    start = time.perf_counter()
    for raw in dumps:
        decode_start = time.perf_counter()
        decode(raw)  # clean() decodes again: timed apart, and taken off the "other" row below
        spent["decode"] += time.perf_counter() - decode_start
        clean(raw, format="text", on_timing=on_timing)
    total = time.perf_counter() - start - spent["decode"]
    spent["other (document, format, pipeline)"] = total - sum(spent.values())
    return dict(spent)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of T1 *.txt dumps")
    parser.add_argument("--reps", type=int, default=5, help="repetitions of boilerstrip (default 5)")
    parser.add_argument(
        "--traf-reps", type=int, default=2, help="repetitions of trafilatura, 0 to skip (default 2)"
    )
    args = parser.parse_args(argv)

    dumps = load_dumps(args.data)
    mb = sum(map(len, dumps)) / 1e6
    docs = len(dumps)
    print(f"T1: {docs} dumps, {mb:.1f} MB, one process (one core)")

    run_boilerstrip(dumps[:50])  # imports and first-call caches out of the timing
    tune_gc()  # as the CLI does in each worker
    rows = [("boilerstrip text way", args.reps, *timed(lambda: run_boilerstrip(dumps), args.reps))]
    stopwords = stoplists()["English"]
    rows.append(
        ("floor: decode, lines, words", args.reps, *timed(lambda: run_floor(dumps, stopwords), args.reps))
    )
    if args.traf_reps > 0:
        import trafilatura

        pages = [as_html(raw.decode("utf-8", errors="replace")) for raw in dumps]
        run_trafilatura(pages[:5])
        label = f"trafilatura {trafilatura.__version__}"
        rows.append((label, args.traf_reps, *timed(lambda: run_trafilatura(pages), args.traf_reps)))

    print(f"\n{'':28} {'reps':>4} {'MB/s cpu':>9} {'MB/s wall':>9} {'docs/s':>7} {'cpu s':>7}")
    for label, reps, cpu, wall in rows:
        print(f"{label:28} {reps:4} {mb / cpu:9.2f} {mb / wall:9.2f} {docs / cpu:7.0f} {cpu:7.2f}")
    if len(rows) == 3:
        ratio = rows[2][2] / rows[0][2]
        print(f"boilerstrip / trafilatura: {ratio:.1f}x (MB/s per core, CPU time, medians)")
    print(f"10 MB/s per core would be {mb / 10:.2f} s CPU for these dumps; the floor row is the least")
    print("any pure-Python text way spends (decoding, lines, one split and stoplist look-up per word)")

    spent = stage_split(dumps)
    total = sum(spent.values())
    print(f"\nwhere the text way spends its time (one timed pass, {total:.2f} s wall):")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:36} {seconds * 1000:8.0f} ms {100 * seconds / total:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
