"""Outputs before and after a change that must not change them: write a snapshot, compare two.

    .venv/bin/python bench/snapshot.py write DIR [--sets seeds,H,T1,T2,T3,W] [--cmd CMD]
    .venv/bin/python bench/snapshot.py compare BEFORE AFTER [--rename OLD=NEW ...]

`write` cleans every set with the boilerstrip CLI into DIR/<set>/ (text and sidecars, the
run report left out). The sets are the shared benchmark's (`../shared/bench`, unpacked into
`.bench-cache` by `devbench.py prepare`, which this script runs when they are missing) and
the seeds (`../shared/seeds`). `compare` reports, per set, how many texts are byte-identical
and how many sidecars are equal once the documented differences are applied to BEFORE:
`--rename OLD=NEW` maps a removal's rule id (`--rename "OLD|REASON=NEW"` only the removals
of that rule with that reason), `--ignore KEY` leaves a top-level sidecar key out (e.g.
`schema_version` when it was bumped on purpose). It prints every difference found
(the first few per set in full) and exits 1 when any.

A measurement for a refactor, not a test: the data is not part of the repository.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CACHE = ROOT / ".bench-cache"
SETS = {
    "seeds": SHARED / "seeds",
    "H": CACHE / "trafeval" / "H",
    "T1": CACHE / "trafeval" / "T1",
    "T2": CACHE / "trafeval" / "T2",
    "T3": CACHE / "trafeval" / "T3",
    "W": CACHE / "wcxb-dev" / "W",
}
DEFAULT_CMD = f"{ROOT / '.venv' / 'bin' / 'boilerstrip'} clean"
SHOWN_PER_SET = 5


def write(folder: Path, sets: list[str], cmd: str) -> int:
    if any(not SETS[name].is_dir() for name in sets if name != "seeds"):
        subprocess.run([sys.executable, str(SHARED / "bench" / "devbench.py"), "prepare"], cwd=ROOT)
    for name in sets:
        out = folder / name
        out.mkdir(parents=True, exist_ok=True)
        argv = [*shlex.split(cmd), str(SETS[name]), "-o", str(out), "--report", "/dev/null", "--quiet"]
        done = subprocess.run(argv)
        print(f"{name}: {len(list(out.rglob('*.txt')))} texts (exit {done.returncode})")
    return 0


def normalised(sidecar: dict, renames: dict[str, str], ignored: list[str]) -> dict:
    for key in ignored:
        sidecar.pop(key, None)
    for removal in sidecar.get("removals", []):
        rule = removal["rule"]
        removal["rule"] = renames.get(f"{rule}|{removal['reason']}", renames.get(rule, rule))
    return sidecar


def compare(before: Path, after: Path, renames: dict[str, str], ignored: list[str]) -> int:
    differences = 0
    for set_dir in sorted(p for p in before.iterdir() if p.is_dir()):
        texts_same = texts = sidecars_same = sidecars = 0
        shown = 0
        for old in sorted(set_dir.rglob("*")):
            if not old.is_file():
                continue
            new = after / old.relative_to(before)
            if old.name.endswith(".meta.json"):
                sidecars += 1
                same = new.is_file() and normalised(
                    json.loads(old.read_text()), renames, ignored
                ) == normalised(json.loads(new.read_text()), {}, ignored)
                sidecars_same += same
            else:
                texts += 1
                same = new.is_file() and old.read_bytes() == new.read_bytes()
                texts_same += same
            if not same:
                differences += 1
                if shown < SHOWN_PER_SET:
                    shown += 1
                    print(f"  differs: {old.relative_to(before)}")
        print(
            f"{set_dir.name}: texts {texts_same}/{texts} byte-identical, "
            f"sidecars {sidecars_same}/{sidecars} equal"
        )
    return 1 if differences else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write", help="clean every set into DIR/<set>/")
    writing.add_argument("folder", type=Path)
    writing.add_argument("--sets", default=",".join(SETS), help="comma-separated (default: all)")
    writing.add_argument("--cmd", default=DEFAULT_CMD, help="the clean command (default: .venv's)")
    comparing = commands.add_parser("compare", help="compare two snapshots")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--rename", action="append", default=[], metavar="OLD[|REASON]=NEW")
    comparing.add_argument("--ignore", action="append", default=[], metavar="KEY")
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.folder, args.sets.split(","), args.cmd)
    renames = dict(pair.split("=", 1) for pair in args.rename)
    return compare(args.before, args.after, renames, args.ignore)


if __name__ == "__main__":
    sys.exit(main())
