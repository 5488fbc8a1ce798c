"""Corpus runs, whole processes, beside the trafilatura CLI doing the same work in the same run.

    .venv/bin/python bench/corpus.py [--reps 3] [--data DIR] [--scale N]

A benchmark, not a test: it prints numbers and passes no judgement. On the shared benchmark's
H pages (`.bench-cache/trafeval/H`, unpacked by `devbench.py prepare`; samples/input when
the benchmark is absent) it times, as medians of `--reps` whole-process runs (start-up
included, each into a fresh output directory):
- boilerstrip (--jobs 2, the default here) beside `trafilatura --input-dir IN --output-dir OUT
  --no-comments --with-metadata --parallel 2`, and beside trafilatura without --with-metadata:
  docs/s, MB/s, peak RSS, and the ratio;
- boilerstrip --jobs 1 beside --jobs 2, on the pages and on the T2 text dumps (small files),
  beside what two CPU-bound processes at once do against one on this machine at that time;
- one page, start to exit, for each of the first two pages: `boilerstrip clean PAGE` beside
  `trafilatura --with-metadata < PAGE`;
- the pages as eight WARC.gz files (HTTP 200 responses, built here with fastwarc; a crawl comes
  as many WARC files, and a WARC file is one task): boilerstrip
  on the WARC files beside extracting the pages to files and running trafilatura on them
  (trafilatura reads no WARC): records/s and WARC MB/s;
- a rerun over the unchanged corpus (no --force), against the first run;
- peak RSS on --scale times the first --small pages (copied under new names) against on them.
Peak RSS is the largest resident set of the process and of the workers it waited for. The
machine is shared and noisy: the runs of one figure are interleaved with those of the figures
it is compared with (A B C D, A B C D, ...), so a slow minute slows all of them.
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
from typing import NamedTuple

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


class Timing(NamedTuple):
    wall: float  # seconds
    rss: float  # peak resident set, MB
    cpu: float  # user + system seconds


def timed_run(argv: list[str], stdin: Path | None = None) -> Timing:
    """Timing of one whole process and of the children it waited for (its workers)."""
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as feed:
        process = subprocess.Popen(argv, stdin=feed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Timing(wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def interleaved(commands: dict[str, tuple], reps: int) -> dict[str, Timing]:
    """label -> Timing (median wall and CPU, largest peak RSS) of `reps` rounds, each running
    every command once, in order; a command is (argv maker, stdin or None), into a fresh OUT."""
    runs: dict[str, list[Timing]] = {label: [] for label in commands}
    for _ in range(reps):
        for label, (make_argv, stdin) in commands.items():
            with tempfile.TemporaryDirectory() as out:
                runs[label].append(timed_run(make_argv(Path(out) / "out"), stdin))
    return {
        label: Timing(
            statistics.median(t.wall for t in timed),
            max(t.rss for t in timed),
            statistics.median(t.cpu for t in timed),
        )
        for label, timed in runs.items()
    }


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


SPIN = "x = 0\nfor i in range(20_000_000): x += i"  # pure-Python CPU work, nothing shared


def machine_scaling(reps: int) -> float:
    """How much two CPU-bound processes at once get done against one alone, on this machine
    now: the ceiling any --jobs 2 figure is read against (a shared or SMT host gives < 2)."""
    ratios = []
    for _ in range(reps):
        alone = timed_run([sys.executable, "-c", SPIN]).wall
        start = time.perf_counter()
        spinners = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(2)]
        for spinner in spinners:
            spinner.wait()
        ratios.append(2 * alone / (time.perf_counter() - start))
    return statistics.median(ratios)


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


# Writes the responses of the WARC files given to a folder, a file per record: what a
# pipeline runs before a tool that reads no WARC.
EXTRACT_PAGES = """
import sys
from pathlib import Path
from fastwarc.warc import ArchiveIterator, WarcRecordType
folder = Path(sys.argv[1])
folder.mkdir()
for warc in sys.argv[2:]:
    records = ArchiveIterator(open(warc, "rb"), record_types=WarcRecordType.response, parse_http=True)
    for number, record in enumerate(records):
        if record.http_headers.status_code == 200:
            (folder / f"{Path(warc).stem}-{number:06}.html").write_bytes(record.reader.read())
"""


WARC_FILES = 8


def build_warcs(pages: list[Path], folder: Path, files: int = WARC_FILES) -> list[Path]:
    """The pages as HTTP 200 responses in `files` WARC.gz files, dealt round-robin."""
    import uuid

    from fastwarc import GzipWriter
    from fastwarc.warc import WarcRecord, WarcRecordType

    folder.mkdir()
    paths = [folder / f"crawl-{number}.warc.gz" for number in range(files)]
    for number, path in enumerate(paths):
        writer = GzipWriter(str(path))
        for page in pages[number::files]:
            record = WarcRecord()
            record.init_headers(record_type=WarcRecordType.response, record_urn=uuid.uuid4().urn[4:].encode())
            record.headers["WARC-Target-URI"] = f"https://bench.example/{page.name}"
            record.set_bytes_content(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page.read_bytes()
            )
            record.is_http = True
            record.write(writer)
        writer.close()
    return paths


def warc_rows(pages: list[Path], scratch: Path, reps: int) -> None:
    warcs = build_warcs(pages, scratch / "warc")
    mb = sum(path.stat().st_size for path in warcs) / 1e6
    ours = [str(BIN / "boilerstrip"), "clean", *map(str, warcs), "-j", "2", "-q", "-o"]
    walls: dict[str, list[float]] = {"ours": [], "theirs": []}
    for rep in range(reps):
        walls["ours"].append(timed_run([*ours, str(scratch / f"ours-{rep}")]).wall)
        extracted = scratch / f"pages-{rep}"
        extract = timed_run([sys.executable, "-c", EXTRACT_PAGES, str(extracted), *map(str, warcs)]).wall
        run = timed_run(trafilatura(extracted, metadata=True)(scratch / f"theirs-{rep}")).wall
        walls["theirs"].append(extract + run)
    ours_wall, theirs_wall = (statistics.median(runs) for runs in walls.values())
    print()
    print(f"WARC, {len(pages)} records in {len(warcs)} files, {mb:.1f} MB compressed:")
    for label, wall in (("boilerstrip clean WARCs (--jobs 2)", ours_wall),
                        ("extract + trafilatura --with-metadata", theirs_wall)):  # fmt: skip
        print(f"  {label:44} {wall:7.2f} s {len(pages) / wall:8.1f} records/s {mb / wall:6.2f} MB/s")
    print(f"  WARC throughput vs trafilatura: {theirs_wall / ours_wall:.2f}x")


def row(label: str, wall: float, rss: float, docs: int, mb: float) -> str:
    return f"{label:46} {wall:7.2f} s {docs / wall:8.1f} docs/s {mb / wall:6.2f} MB/s {rss:7.0f} MB"


def announce(data: Path, reps: int) -> tuple[list[Path], int, float]:
    """Print what the figures are over; the pages, their count and megabytes."""
    pages = sorted(p for p in data.iterdir() if p.is_file())
    docs, mb = len(pages), sum(p.stat().st_size for p in pages) / 1e6
    print(f"{data}: {docs} documents, {mb:.1f} MB; medians of {reps} whole-process runs\n")
    return pages, docs, mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of HTML pages")
    parser.add_argument("--reps", type=int, default=3, help="runs per figure (default 3)")
    parser.add_argument("--small", type=int, default=500, help="pages of the memory check's small run")
    parser.add_argument("--scale", type=int, default=10, help="copies of them in its large run")
    args = parser.parse_args(argv)
    data = corpus_dir(args.data)
    pages, docs, mb = announce(data, args.reps)

    timed = interleaved(
        {
            "boilerstrip clean (--jobs 2)": (boilerstrip(data), None),
            "trafilatura --with-metadata (--parallel 2)": (trafilatura(data, metadata=True), None),
            "trafilatura, no metadata (--parallel 2)": (trafilatura(data, metadata=False), None),
            "boilerstrip clean --jobs 1": (boilerstrip(data, 1), None),
        },
        args.reps,
    )
    for label, timing in timed.items():
        print(row(label, timing.wall, timing.rss, docs, mb))
    ours, theirs, bare, single = (timing.wall for timing in timed.values())
    print(f"\nHTML way vs trafilatura --with-metadata: {theirs / ours:.2f}x throughput")
    print(f"HTML way vs trafilatura without metadata: {bare / ours:.2f}x throughput")
    ceiling = machine_scaling(args.reps)
    print(
        f"--jobs 2 vs --jobs 1: {single / ours:.2f}x (machine now: 2 CPU-bound processes do {ceiling:.2f}x 1)"
    )
    cpu_two, cpu_one = timed["boilerstrip clean (--jobs 2)"].cpu, timed["boilerstrip clean --jobs 1"].cpu
    overhead = cpu_two / cpu_one - 1
    print(
        f"CPU seconds, --jobs 2 / --jobs 1: {cpu_two:.1f} / {cpu_one:.1f} ({overhead:+.0%}: the pool's cost)"
    )

    dumps = data.parent / "T2"  # the article-region text dumps: many small files
    if dumps.is_dir():
        files = sorted(dumps.iterdir())
        small_mb = sum(p.stat().st_size for p in files) / 1e6
        timed = interleaved(
            {"--jobs 2": (boilerstrip(dumps), None), "--jobs 1": (boilerstrip(dumps, 1), None)}, args.reps
        )
        print()
        for label, timing in timed.items():
            name = f"boilerstrip clean {label}, {len(files)} small text files"
            print(row(name, timing.wall, timing.rss, len(files), small_mb))
        two, one = (timing.wall for timing in timed.values())
        print(f"small files, --jobs 2 vs --jobs 1: {one / two:.2f}x")

    print()
    for page in pages[:2]:  # the first page of H needs htmldate's search (dateparser), the second not
        one_page = interleaved(
            {
                "boilerstrip": (
                    lambda out, page=page: [str(BIN / "boilerstrip"), "clean", str(page), "-q"],
                    None,
                ),
                "trafilatura": (lambda out: [str(BIN / "trafilatura"), "--with-metadata"], page),
            },
            max(args.reps, 7),
        )
        start_ours, start_theirs = (timing.wall for timing in one_page.values())
        print(f"one page start to exit ({page.name}): boilerstrip {start_ours:.2f} s, "
              f"trafilatura {start_theirs:.2f} s ({start_ours / start_theirs:.2f}x)")  # fmt: skip

    with tempfile.TemporaryDirectory() as scratch:
        warc_rows(pages, Path(scratch), args.reps)

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        first = timed_run(boilerstrip(data)(out))
        rerun = timed_run(boilerstrip(data)(out))
        share = rerun.wall / first.wall
        print(f"rerun, unchanged corpus: {rerun.wall:.2f} s, {share:.0%} of the first ({first.wall:.2f} s)")
        few = pages[: args.small]
        small = scaled_copy(few, 1, Path(scratch) / "small")
        big = scaled_copy(few, args.scale, Path(scratch) / "big")
        small_rss = timed_run(boilerstrip(small)(Path(scratch) / "small-out")).rss
        big_rss = timed_run(boilerstrip(big)(Path(scratch) / "big-out")).rss
        print(f"peak RSS: {len(few) * args.scale} documents {big_rss:.0f} MB, {len(few)}: "
              f"{small_rss:.0f} MB ({big_rss / small_rss:.2f}x)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
