"""`boilerstrip check OUT`: a gate for CI over the outputs of `boilerstrip clean`.

Every `<name>.txt` + `<name>.meta.json` pair under OUT is read (hidden files and folders are
not: a run's temporary files are hidden; the run report is no pair) and each problem is one
line on stdout, `PATH: KIND: detail`, for grep; a summary line goes to stderr. What counts
as boilerplate is the library's answer (cleaners.audit), so check and clean agree on it.
JSONL outputs are not checked.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from cli.errors import UsageError
from cli.names import shown
from cli.outputs import SCHEMA_VERSION, json_bytes
from cli.writers import META_SUFFIX, TEXT_SUFFIX

EXIT_CLEAN, EXIT_PROBLEMS = 0, 1
SHOWN_CHARS = 80  # of a finding's text on its line (--json gives it whole)
JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true or false"}

# The kinds of problem, as each line and --json name them.
NO_OUTPUTS = "no-outputs"
EMPTY = "empty"
TOO_SHORT = "too-short"
BOILERPLATE = "boilerplate"
NOT_UTF8 = "not-utf8"
UNREADABLE = "unreadable"
MISSING_SIDECAR = "missing-sidecar"
MISSING_TEXT = "missing-text"
BAD_SIDECAR = "bad-sidecar"
SCHEMA = "schema-version"
MISMATCH = "mismatch"


class Problem(NamedTuple):
    path: str  # as shown (cli.names.shown)
    kind: str
    detail: str
    rule: str | None = None  # a boilerplate finding's rule, line and text
    line: int | None = None
    text: str | None = None

    def as_line(self) -> str:
        return f"{self.path}: {self.kind}: {self.detail}"


@dataclass
class Pair:
    """The outputs of one document as found: either file may be missing."""

    text: Path | None = None
    meta: Path | None = None


@dataclass
class Verdict:
    documents: int = 0
    files: int = 0
    with_problems: int = 0  # documents
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "files": self.files,
            "with_problems": self.with_problems,
            "problems": [problem._asdict() for problem in self.problems],
        }


def run_check(out: Path, min_words: int, as_json: bool) -> int:
    """Check OUT, print what was found, and return the exit code."""
    if min_words < 1:
        raise UsageError(f"--min-words must be at least 1, not {min_words}")
    if not out.is_dir():
        raise UsageError(f"{shown(str(out))}: not a directory")
    verdict = check_outputs(out, min_words)
    if as_json:
        sys.stdout.buffer.write(json_bytes(verdict.as_dict()))
    else:
        sys.stdout.buffer.write("".join(problem.as_line() + "\n" for problem in verdict.problems).encode())
    sys.stdout.flush()
    print_summary(verdict)
    return EXIT_PROBLEMS if verdict.problems else EXIT_CLEAN


def check_outputs(out: Path, min_words: int) -> Verdict:
    verdict = Verdict()
    for pair in find_pairs(out).values():
        verdict.documents += 1
        verdict.files += (pair.text is not None) + (pair.meta is not None)
        found = pair_problems(pair, min_words)
        verdict.with_problems += bool(found)
        verdict.problems += found
    if not verdict.documents:
        verdict.problems.append(
            Problem(shown(str(out)), NO_OUTPUTS, "no <name>.txt and <name>.meta.json found")
        )
    return verdict


def find_pairs(out: Path) -> dict[str, Pair]:
    """Every document's outputs under `out`, by their path without the suffix, in walk order."""
    pairs: dict[str, Pair] = {}
    for folder, subfolders, names in os.walk(out):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            if name.endswith(META_SUFFIX):
                pairs.setdefault(str(path)[: -len(META_SUFFIX)], Pair()).meta = path
            elif name.endswith(TEXT_SUFFIX):
                pairs.setdefault(str(path)[: -len(TEXT_SUFFIX)], Pair()).text = path
    return pairs


def pair_problems(pair: Pair, min_words: int) -> list[Problem]:
    if pair.text is None:
        partner = partner_name(pair.meta, META_SUFFIX, TEXT_SUFFIX)
        return [Problem(shown(str(pair.meta)), MISSING_TEXT, f"no {partner} beside it")]
    text, problems = read_text(pair.text)
    if text is not None:
        problems += text_problems(pair.text, text, min_words)
    if pair.meta is None:
        partner = partner_name(pair.text, TEXT_SUFFIX, META_SUFFIX)
        return [*problems, Problem(shown(str(pair.text)), MISSING_SIDECAR, f"no {partner} beside it")]
    return problems + sidecar_problems(pair.meta, text)


def partner_name(path: Path, suffix: str, other: str) -> str:
    """The name of the other file of `path`'s pair, as shown: a.txt's a.meta.json."""
    return shown(path.name.removesuffix(suffix) + other)


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    try:
        return path.read_bytes().decode("utf-8"), []
    except OSError as error:
        return None, [Problem(shown(str(path)), UNREADABLE, error.strerror or str(error))]
    except UnicodeDecodeError as error:
        return None, [Problem(shown(str(path)), NOT_UTF8, f"byte {error.start} is not UTF-8")]


def text_problems(path: Path, text: str, min_words: int) -> list[Problem]:
    from cleaners.audit import find_boilerplate

    name = shown(str(path))
    words = len(text.split())
    if not words:
        return [Problem(name, EMPTY, "no text")]
    problems = []
    if words < min_words:
        problems.append(Problem(name, TOO_SHORT, f"{words} words, fewer than --min-words {min_words}"))
    for finding in find_boilerplate(text):
        detail = f"line {finding.line}: {finding.rule} ({finding.reason}): {excerpt(finding.text)}"
        problems.append(Problem(name, BOILERPLATE, shown(detail), finding.rule, finding.line, finding.text))
    return problems


def sidecar_problems(path: Path, text: str | None) -> list[Problem]:
    name = shown(str(path))
    try:
        meta = json.loads(path.read_bytes())
    except OSError as error:
        return [Problem(name, UNREADABLE, error.strerror or str(error))]
    except ValueError as error:  # UnicodeDecodeError is one
        return [Problem(name, BAD_SIDECAR, f"not valid JSON ({shown(str(error))})")]
    if not isinstance(meta, dict):
        return [Problem(name, BAD_SIDECAR, f"not a JSON object ({JSON_TYPES.get(type(meta), 'null')})")]
    version = meta.get("schema_version")
    if version != SCHEMA_VERSION:
        return [Problem(name, SCHEMA, f"schema_version {version!r}, not {SCHEMA_VERSION}")]
    stats = meta.get("stats")
    chars_out = stats.get("chars_out") if isinstance(stats, dict) else None
    if not isinstance(chars_out, int):
        return [Problem(name, MISMATCH, "no stats.chars_out to check the text against")]
    if text is not None and chars_out != len(text):
        return [
            Problem(name, MISMATCH, f"stats.chars_out is {chars_out}, the text has {len(text)} characters")
        ]
    return []


def excerpt(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def print_summary(verdict: Verdict) -> None:
    from cli.console import rich_console

    documents = f"{verdict.documents} document{'s' if verdict.documents != 1 else ''}"
    checked = f"checked {documents} ({verdict.files} files): "
    if verdict.problems:
        problems = f"{len(verdict.problems)} problem{'s' if len(verdict.problems) != 1 else ''}"
        rich_console().print(f"{checked}[red]{verdict.with_problems} with problems[/red] ({problems})")
    else:
        rich_console().print(f"{checked}[green]no problems[/green]")
