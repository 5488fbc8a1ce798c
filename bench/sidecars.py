"""Sidecar sizes on the T1 dumps, for each --removals mode, against the size of the input.

    .venv/bin/python bench/sidecars.py [--data DIR] [--modes full,summary,none]

A measurement, not a test: it prints numbers and passes no judgement. For each mode it runs
`boilerstrip clean DATA -o OUT -q --removals MODE` once (a whole process, into a fresh folder)
and prints the total bytes of the `*.meta.json` written, that total over the total bytes of
the inputs, and the largest ratio of one document's sidecar to its input (a small input's
sidecar is mostly the fields every sidecar has). A page dump's classifier logs most of its
lines, so `full` sidecars are several times the dumps; the default, `summary`, is meant to
stay under them. The data is the shared benchmark's T1 set, as bench/textway.py reads it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOILERSTRIP = Path(sys.executable).parent / "boilerstrip"
DEVBENCH = ROOT.parent / "shared" / "bench" / "devbench.py"
DEFAULT_DATA = ROOT / ".bench-cache" / "trafeval" / "T1"
META_SUFFIX = ".meta.json"


def input_folder(data: Path) -> Path:
    if not data.is_dir() and data == DEFAULT_DATA and DEVBENCH.is_file():
        subprocess.run([sys.executable, str(DEVBENCH), "prepare"], cwd=ROOT, check=False)
    if not data.is_dir():
        sys.exit(f"bench: no inputs in {data} (the shared benchmark's T1 set: see bench/textway.py)")
    return data


def sidecar_sizes(data: Path, mode: str, out: Path) -> dict[str, int]:
    """The bytes of each document's sidecar, by input name, after one run in `mode`."""
    argv = [str(BOILERSTRIP), "clean", str(data), "-o", str(out), "-q", "--removals", mode]
    subprocess.run(argv, check=True)
    return {
        path.relative_to(out).as_posix().removesuffix(META_SUFFIX): path.stat().st_size
        for path in out.rglob(f"*{META_SUFFIX}")
    }


def input_sizes(data: Path) -> dict[str, int]:
    """The bytes of each input, by its name without the extension (as its outputs are named)."""
    return {
        path.relative_to(data).with_suffix("").as_posix(): path.stat().st_size for path in data.rglob("*.txt")
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--modes", default="full,summary,none")
    args = parser.parse_args(argv)
    data = input_folder(args.data)
    inputs = input_sizes(data)
    total_in = sum(inputs.values())
    print(f"inputs: {len(inputs)} documents, {total_in / 1e6:.2f} MB ({data})")
    print(f"{'--removals':<12}{'sidecars MB':>12}{'/ input':>10}{'largest / its input':>22}")
    with tempfile.TemporaryDirectory(prefix="bench-sidecars-") as scratch:
        for mode in args.modes.split(","):
            sizes = sidecar_sizes(data, mode, Path(scratch) / mode)
            total = sum(sizes.values())
            name, ratio = max(
                ((name, size / inputs[name]) for name, size in sizes.items()), key=lambda x: x[1]
            )
            print(f"{mode:<12}{total / 1e6:>12.2f}{total / total_in:>10.2f}{ratio:>16.1f} ({name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
