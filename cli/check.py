"""`boilerstrip check OUT`: a gate for CI over the outputs of `boilerstrip clean`.

Every `<name>.txt` + `<name>.meta.json` pair under OUT is read, and every record of the
`*.jsonl` files there (--output-format jsonl -o OUT); hidden files and folders are not (a run's
temporary files are hidden; the run report is no output). Each problem is one line on stdout,
`PATH: KIND: detail` (a JSONL record's PATH is `FILE:LINE`), for grep; a summary line goes to
stderr. What counts as boilerplate is the library's answer (cleaners.audit), so check and
clean agree on it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from cli.config import ConfigOption, config_in, options_from
from cli.errors import UsageError
from cli.jsonl import is_jsonl_file
from cli.names import shown
from cli.outputs import SCHEMA_VERSION, json_bytes
from cli.suggestions import CloseSuggestions
from cli.writers import META_SUFFIX, TEXT_SUFFIX

if TYPE_CHECKING:
    from cleaners import Options

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE_ERROR = 0, 1, 2
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
BAD_RECORD = "bad-record"


CHECK_HELP = (
    "Check the outputs of clean under OUT, for a CI gate: each <name>.txt must hold text (at "
    "least --min-words words) and no boilerplate the cleaning's own rules find anywhere in a text "
    "(share rows, appeals, follow-us calls, credited captions, HTML tags and comments, entities, "
    "tracking pixels); each <name>.meta.json must be there, a JSON object of this schema_version "
    "whose stats agree with its text; so must each record of the *.jsonl files there. One line per "
    "problem on stdout, PATH: KIND: detail; a summary on stderr.\n\n"
    "Example: boilerstrip clean corpus/raw -o corpus/clean --quiet && boilerstrip check corpus/clean "
    "--min-words 50"
)
CHECK_EXIT_CODES = "Exit codes: 0 no problem found; 1 problems (listed); 2 usage error (OUT not a directory)."


def check_command(
    ctx: typer.Context,
    out: Annotated[Path, typer.Argument(metavar="OUT", help="The output directory of boilerstrip clean.")],
    min_words: Annotated[
        int, typer.Option("--min-words", metavar="N", help="A text of fewer words is a problem.")
    ] = 1,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the problems as one JSON object instead of lines.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    try:
        gate = Gate(min_words, options_from(config_in(ctx)))
        code = run_check(out, gate, as_json)
    except UsageError as error:
        sys.stderr.write(f"error: {error}\n")
        code = EXIT_USAGE_ERROR
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("check", cls=CloseSuggestions, help=CHECK_HELP, epilog=CHECK_EXIT_CODES)(check_command)


class Gate(NamedTuple):
    """What a text must meet: at least `min_words` words, and no boilerplate by the cleaning's
    rules as `options` set them (a configuration's rules off, phrases, patterns, sites)."""

    min_words: int = 1
    options: Options | None = None


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

    def add(self, found: list[Problem]) -> None:
        """One document checked, and what was found wrong with it."""
        self.documents += 1
        self.with_problems += bool(found)
        self.problems += found

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "files": self.files,
            "with_problems": self.with_problems,
            "problems": [problem._asdict() for problem in self.problems],
        }


def run_check(out: Path, gate: Gate, as_json: bool) -> int:
    """Check OUT, print what was found, and return the exit code."""
    if gate.min_words < 1:
        raise UsageError(f"--min-words must be at least 1, not {gate.min_words}")
    if not out.is_dir():
        raise UsageError(f"{shown(str(out))}: not a directory")
    verdict = check_outputs(out, gate)
    if as_json:
        sys.stdout.buffer.write(json_bytes(verdict.as_dict()))
    else:
        sys.stdout.buffer.write("".join(problem.as_line() + "\n" for problem in verdict.problems).encode())
    sys.stdout.flush()
    print_summary(verdict)
    return EXIT_PROBLEMS if verdict.problems else EXIT_CLEAN


def check_outputs(out: Path, gate: Gate) -> Verdict:
    verdict = Verdict()
    pairs, shards = find_outputs(out)
    for pair in pairs.values():
        verdict.files += (pair.text is not None) + (pair.meta is not None)
        verdict.add(pair_problems(pair, gate))
    for shard in shards:
        verdict.files += 1
        for found in shard_problems(shard, gate):
            verdict.add(found)
    if not verdict.documents:
        verdict.problems.append(
            Problem(shown(str(out)), NO_OUTPUTS, "no <name>.txt + <name>.meta.json or JSONL")
        )
    return verdict


def find_outputs(out: Path) -> tuple[dict[str, Pair], list[Path]]:
    """Every document's pair under `out`, by its path without the suffix, and the JSONL files,
    in walk order."""
    pairs: dict[str, Pair] = {}
    shards: list[Path] = []
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
            elif is_jsonl_file(path):
                shards.append(path)
    return pairs, shards


def pair_problems(pair: Pair, gate: Gate) -> list[Problem]:
    if pair.text is None:
        partner = partner_name(pair.meta, META_SUFFIX, TEXT_SUFFIX)
        return [Problem(shown(str(pair.meta)), MISSING_TEXT, f"no {partner} beside it")]
    text, problems = read_text(pair.text)
    if text is not None:
        problems += text_problems(shown(str(pair.text)), text, gate, sidecar_url(pair.meta))
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


def sidecar_url(path: Path | None) -> str | None:
    """The document's metadata url, which per-site settings go by (None when unreadable: the
    sidecar's own check names that)."""
    try:
        metadata = json.loads(path.read_bytes()).get("metadata") if path else None
        return metadata.get("url") if isinstance(metadata, dict) else None
    except (OSError, ValueError, AttributeError):
        return None


def text_problems(name: str, text: str, gate: Gate, url: str | None = None) -> list[Problem]:
    from cleaners.audit import find_boilerplate

    words = len(text.split())
    if not words:
        return [Problem(name, EMPTY, "no text")]
    problems = []
    if words < gate.min_words:
        problems.append(Problem(name, TOO_SHORT, f"{words} words, fewer than --min-words {gate.min_words}"))
    for finding in find_boilerplate(text, gate.options, url):
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
    return stats_problems(name, meta.get("stats"), text)


def stats_problems(name: str, stats: Any, text: str | None) -> list[Problem]:
    """Whether the stats a sidecar (or a JSONL record's metadata) holds agree with its text."""
    chars_out = stats.get("chars_out") if isinstance(stats, dict) else None
    if not isinstance(chars_out, int):
        return [Problem(name, MISMATCH, "no stats.chars_out to check the text against")]
    if text is not None and chars_out != len(text):
        return [
            Problem(name, MISMATCH, f"stats.chars_out is {chars_out}, the text has {len(text)} characters")
        ]
    return []


def shard_problems(path: Path, gate: Gate) -> Iterator[list[Problem]]:
    """What is wrong with each record of a JSONL output file (one list per record)."""
    try:
        with open(path, "rb") as shard:
            for number, line in enumerate(shard, start=1):
                if line.strip():
                    yield record_problems(f"{shown(str(path))}:{number}", line, gate)
    except OSError as error:
        yield [Problem(shown(str(path)), UNREADABLE, error.strerror or str(error))]


def record_problems(name: str, line: bytes, gate: Gate) -> list[Problem]:
    try:
        record = json.loads(line)
    except ValueError as error:
        return [Problem(name, BAD_RECORD, f"not valid JSON ({shown(str(error))})")]
    text = record.get("text") if isinstance(record, dict) else None
    metadata = record.get("metadata") if isinstance(record, dict) else None
    if not isinstance(text, str) or not isinstance(metadata, dict):
        return [Problem(name, BAD_RECORD, "not a record of id, text and metadata")]
    url = metadata.get("url") if isinstance(metadata.get("url"), str) else None
    return text_problems(name, text, gate, url) + stats_problems(name, metadata.get("stats"), text)


def excerpt(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def print_summary(verdict: Verdict) -> None:
    from cli.console import rich_console

    checked = f"checked {counted(verdict.documents, 'document')} ({counted(verdict.files, 'file')}): "
    if verdict.problems:
        problems = counted(len(verdict.problems), "problem")
        rich_console().print(f"{checked}[red]{verdict.with_problems} with problems[/red] ({problems})")
    else:
        rich_console().print(f"{checked}[green]no problems[/green]")


def counted(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
