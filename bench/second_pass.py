"""Cleaning an output again: how many texts of the dev benchmark's sets change on a second pass.

    .venv/bin/python bench/second_pass.py [--sets T1,T2,T3,H] [--cache DIR]

A measurement, not a test: the README promises that cleaning a clean text again with
`--format text` changes nothing, and this counts where that does not hold yet. For each set it
runs `boilerstrip clean SET -o A -q` (a whole process), copies A's texts into a folder of
their own, cleans those with `--format text --corpus-repeats 0` (the corpus pass already took
its lines), and prints the number of texts that differ and the rules of the second pass's
removals in them. H's outputs come from the HTML way, so the text way reads them as dumps.
The data is the shared benchmark's (`devbench.py prepare`), as bench/textway.py reads it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOILERSTRIP = Path(sys.executable).parent / "boilerstrip"
DEVBENCH = ROOT.parent / "shared" / "bench" / "devbench.py"
DEFAULT_CACHE = ROOT / ".bench-cache" / "trafeval"


def clean(inputs: Path, out: Path, *extra: str) -> None:
    subprocess.run([str(BOILERSTRIP), "clean", str(inputs), "-o", str(out), "-q", *extra], check=False)


def second_pass(inputs: Path, work: Path) -> tuple[list[str], Counter]:
    """The names whose text a second cleaning changes, and its removals' rules in them."""
    first, again, second = work / "first", work / "again", work / "second"
    clean(inputs, first)
    again.mkdir()
    for text in first.glob("*.txt"):
        shutil.copy(text, again / text.name)
    clean(again, second, "--format", "text", "--corpus-repeats", "0")
    changed, rules = [], Counter()
    for text in sorted(first.glob("*.txt")):
        redone = second / text.name
        if not redone.is_file() or redone.read_text("utf-8").strip() != text.read_text("utf-8").strip():
            changed.append(text.stem)
            sidecar = redone.with_name(f"{text.stem}.meta.json")
            if sidecar.is_file():
                rules.update(r["rule"] for r in json.loads(sidecar.read_text("utf-8")).get("removals") or [])
    return changed, rules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="T1,T2,T3,H")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args()
    if not args.cache.is_dir() and args.cache == DEFAULT_CACHE and DEVBENCH.is_file():
        subprocess.run([sys.executable, str(DEVBENCH), "prepare"], cwd=ROOT, check=False)
    for name in args.sets.split(","):
        inputs = args.cache / name
        if not inputs.is_dir():
            sys.exit(f"bench: no inputs in {inputs} (the shared benchmark: devbench.py prepare)")
        with tempfile.TemporaryDirectory(prefix="boilerstrip-second-pass-") as work:
            changed, rules = second_pass(inputs, Path(work))
        total = sum(1 for _ in inputs.iterdir())
        print(f"{name}: {len(changed)} of {total} texts change on a second pass")
        print(f"  second-pass removals by rule: {dict(rules.most_common())}")


if __name__ == "__main__":
    main()
