"""`boilerstrip explain FILE`: one document cleaned, shown line by line with every removal
marked and labelled with its rule id and reason, the kept text plain.

The library does the cleaning (clean()); this module only groups its removal log into the
blocks a reader sees and draws them: with rich styles on a terminal, as plain text with a
marker column elsewhere (the same layout, so a pasted block still shows what went), or as
JSON. Only typer and the standard library are imported up front (see cli/app.py): the
library and rich come when the command runs.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer

from cli.config import ConfigOption, config_in, options_from
from cli.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError
from cli.names import shown
from cli.options import Format, FormatOption

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from cleaners import Document, Line, Metadata, Options, Removal
    from cli.config import Config

EXPLAIN_HELP = (
    "Clean one document and show each removal with its rule and reason.\n\n"
    "The document's lines are shown in order with their numbers: each removed block marked - "
    "and labelled \\[rule_id] reason, each cut from a line marked ~; the metadata read is on top, "
    "the removals by rule at the end. Styled on a terminal, plain text with the same markers in "
    "a pipe.\n\n"
    "Example: boilerstrip explain story.txt --rule photo_caption --width 100"
)
EXPLAIN_EXIT_CODES = (
    "Exit codes: 0 shown; 1 the document could not be read or cleaned (binary, empty, too "
    "large: one line naming it on stderr); 2 usage error (an unknown --rule, a directory)."
)

STDIN = "-"
MIN_WIDTH = 40
HEADER_FIELDS = ("title", "author", "date", "sitename", "license", "description")
FIELD_WIDTH = 13  # "description" and two spaces
NOTE_CHARS = 120  # a cut's or a pruned element's text is shortened to this, with an ellipsis
REMOVED, CUT, KEPT, FOLDED = "-", "~", " ", "."
MARKER_STYLES = {REMOVED: "red", CUT: "dim", FOLDED: "dim"}
REMOVED_STYLE, LABEL_STYLE, NOTE_STYLE, GUTTER_STYLE = "dim strike", "bold red", "dim", "dim"


class Note(NamedTuple):
    """A removal that is no line of its own: a cut from a line, or an element pruned."""

    rule: str
    reason: str
    text: str


@dataclass
class Block:
    """Consecutive lines kept, or removed by one rule for one reason."""

    kept: bool
    rule: str | None
    reason: str | None
    lines: list[tuple[int, str]] = field(default_factory=list)  # (line number, text)
    to_metadata: tuple[str, ...] = ()  # the metadata fields its rule read from it

    @property
    def span(self) -> tuple[int, int]:
        return self.lines[0][0], self.lines[-1][0]

    def as_dict(self) -> dict:
        return {
            "lines": list(self.span),
            "kept": self.kept,
            "rule": self.rule,
            "reason": self.reason,
            "text": "\n".join(text for _, text in self.lines),
            "to_metadata": list(self.to_metadata),
        }


@dataclass
class Explanation:
    """A cleaned document as explain shows it."""

    name: str
    doc: Document
    blocks: list[Block]
    cuts: dict[int, list[Note]]  # line number -> what was cut from it
    pruned: list[Note]  # in the order they were pruned


def explain(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="The document, or - for stdin.")],
    format: FormatOption = Format.auto,
    rule: Annotated[
        str | None,
        typer.Option(
            "--rule",
            metavar="ID",
            help="Only this rule's removals, its parts' too (photo_caption takes photo_caption.repeat); "
            "the kept text stays, every other removed block folds to one line.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Machine output: metadata, blocks, cuts, pruned elements.")
    ] = False,
    width: Annotated[
        int | None,
        typer.Option(
            "--width",
            metavar="N",
            help="Columns to draw in. \\[default: the terminal's, else COLUMNS, else 80]",
            show_default=False,
        ),
    ] = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Plain text, even on a terminal (so does NO_COLOR).")
    ] = False,
    config: ConfigOption = None,
) -> None:
    plain = no_color or bool(os.environ.get("NO_COLOR"))
    try:
        check_width(width)
        check_rule(rule)
        options = explain_options(format.value, config_in(ctx))
        code = run_explain(file, options, rule, as_json, make_console(width, plain))
    except UsageError as error:
        sys.stderr.write(f"error: {shown(str(error))}\n")
        code = EXIT_USAGE
    raise typer.Exit(code)


def explain_options(format: str, config: Config | None = None) -> Options:
    """The cleaning options of an explain run, as `clean` would use them."""
    return options_from(config, format=format)


def check_width(width: int | None) -> None:
    if width is not None and width < MIN_WIDTH:
        raise UsageError(f"--width must be at least {MIN_WIDTH}, not {width}")


def check_rule(rule: str | None) -> None:
    """An id a removal can be logged under (a rule's or one of its parts'), else a usage error
    naming the closest known ids."""
    if rule is None:
        return
    from cleaners.rulebook import LOGGED_IDS

    if rule not in LOGGED_IDS:
        known = sorted(LOGGED_IDS)
        close = difflib.get_close_matches(rule, known, n=3, cutoff=0.5)
        hint = f"closest: {', '.join(close)}" if close else f"known: {', '.join(known)}"
        raise UsageError(f"--rule {rule}: no rule has that id ({hint})")


def run_explain(file: str, options: Options, rule: str | None, as_json: bool, console: Console) -> int:
    from cleaners import InputError, clean

    name = "<stdin>" if file == STDIN else file
    try:
        document = clean(read_input(file, options.max_bytes), options)
    except InputError as error:
        sys.stderr.write(f"error: {shown(name)}: {shown(str(error))}\n")
        return EXIT_FAILED
    except OSError as error:
        sys.stderr.write(f"error: {shown(name)}: cannot read ({error.strerror or error})\n")
        return EXIT_FAILED
    explanation = explanation_of(name, document)
    if as_json:
        # Bytes, not text: the JSON is UTF-8 whatever the locale says (as clean's text is).
        data = json.dumps(json_of(explanation, rule), ensure_ascii=False, indent=2) + "\n"
        sys.stdout.buffer.write(data.encode("utf-8", "backslashreplace"))
        sys.stdout.flush()
    else:
        render(explanation, rule, console)
    return EXIT_OK


def read_input(file: str, max_bytes: int) -> bytes:
    """The document's bytes (a compressed file decompressed), never more than max_bytes + 1:
    the library refuses a larger one."""
    from cli.readers import Task, read_bytes

    if file == STDIN:
        try:
            return sys.stdin.buffer.read(max_bytes + 1)
        except (AttributeError, OSError) as error:  # stdin closed, or not readable
            raise UsageError(f"cannot read stdin ({error})") from None
    if os.path.isdir(file):
        raise UsageError(f"{file}: a directory (explain takes one file)")
    return read_bytes(Task(file, PurePath(file), path=file), max_bytes)


# The document as blocks


def explanation_of(name: str, doc: Document) -> Explanation:
    from cleaners.document import PRUNED

    dropped = {r.lines[0]: r for r in doc.removals if r.whole_line and r.lines != PRUNED}
    cuts: dict[int, list[Note]] = {}
    for removal in doc.removals:
        if not removal.whole_line:
            cuts.setdefault(removal.lines[0], []).append(Note(removal.rule, removal.reason, removal.text))
    pruned = [Note(r.rule, r.reason, r.text) for r in doc.removals if r.lines == PRUNED]
    blocks: list[Block] = []
    for line in doc.lines:
        kept, rule, reason, text = line_fate(line, dropped.get(line.no), cuts.get(line.no, []))
        if not blocks or (blocks[-1].kept, blocks[-1].rule, blocks[-1].reason) != (kept, rule, reason):
            blocks.append(Block(kept, rule, reason))
        blocks[-1].lines.append((line.no, text))
    for block in blocks:
        block.to_metadata = fields_read(block, doc.metadata)
    return Explanation(name, doc, blocks, cuts, pruned)


def line_fate(
    line: Line, dropped: Removal | None, cuts: list[Note]
) -> tuple[bool, str | None, str | None, str]:
    """(kept, rule, reason, text shown) of one line. A line its cuts left blank counts as
    removed by them, and what it held is the text they cut."""
    if line.kept:
        return True, None, None, line.text
    if dropped is not None:
        return False, dropped.rule, dropped.reason, dropped.text
    if cuts:
        return False, cuts[0].rule, cuts[0].reason, " ".join(cut.text for cut in cuts)
    return False, None, "not logged", line.text  # no rule of the library removes a line unlogged


def fields_read(block: Block, metadata: Metadata) -> tuple[str, ...]:
    """The metadata fields the block's rule moves lines into that its text holds."""
    text = " ".join(text for _, text in block.lines).casefold()
    from cleaners.rulebook import METADATA_FILLED

    fields = METADATA_FILLED.get(block.rule or "", ())
    return tuple(name for name in fields if holds(text, name, getattr(metadata, name)))


def holds(text: str, name: str, value: str | list[str] | None) -> bool:
    """Whether `text` (casefolded) holds the metadata field's value."""
    if not value:
        return False
    if name == "date":
        from cleaners.dates import parse_date

        return value in text or parse_date(text) == value
    values = value if isinstance(value, list) else [value]
    return any(item.casefold() in text for item in values)


def matches(logged: str | None, rule: str | None) -> bool:
    """Whether `--rule rule` shows a removal logged under `logged`: the id or one of its parts."""
    return rule is None or (logged is not None and (logged + ".").startswith(rule + "."))


# JSON


def json_of(explanation: Explanation, rule: str | None) -> dict:
    """With --rule, only that rule's removed blocks, cuts and pruned elements."""
    doc = explanation.doc
    shown_blocks = [b for b in explanation.blocks if rule is None or (not b.kept and matches(b.rule, rule))]
    return {
        "source": shown(explanation.name),
        "format": doc.format,
        "metadata": doc.metadata.as_dict(),
        "warnings": doc.warnings,
        "rule": rule,
        "blocks": [block.as_dict() for block in shown_blocks],
        "cuts": [
            {"line": number, **cut._asdict()}
            for number, cuts in sorted(explanation.cuts.items())
            for cut in cuts
            if matches(cut.rule, rule)
        ],
        "pruned": [note._asdict() for note in explanation.pruned if matches(note.rule, rule)],
        "summary": summary_counts(explanation.doc, rule),
    }


def summary_counts(doc: Document, rule: str | None) -> dict:
    from cli.report import sorted_counts

    by_rule = Counter(removal.rule for removal in doc.removals if matches(removal.rule, rule))
    return {
        "lines": len(doc.lines),
        "kept": len(doc.lines) - doc.lines_removed,
        "removed": doc.lines_removed,
        "removals_by_rule": dict(sorted_counts(by_rule)),
    }


# Drawing


def make_console(width: int | None, plain: bool) -> Console:
    from rich.console import Console

    # color_system None: no escape codes at all (no_color alone would keep bold and strike).
    # emoji and markup off: a document's ":fire:" or "[b]" is shown as it is.
    styled = not plain and sys.stdout.isatty()
    return Console(
        width=width, color_system="auto" if styled else None, emoji=False, markup=False, highlight=False
    )


def render(explanation: Explanation, rule: str | None, console: Console) -> None:
    gutter = len(str(max((line.no for line in explanation.doc.lines), default=0)))
    draw = Drawer(console, gutter)
    draw_header(explanation, draw)
    draw_pruned(explanation, rule, draw)
    folded = f", {FOLDED} removed by another rule" if rule else ""
    draw.line(f"lines ({REMOVED} removed, {CUT} cut from the line above{folded}):")
    for block in explanation.blocks:
        draw_block(block, explanation.cuts, rule, draw)
    draw.line()
    draw.line(summary_line(summary_counts(explanation.doc, rule), rule))
    draw.flush()


class Drawer:
    """Rows of text wrapped under a head: a gutter (line number and marker), a field's name.
    They are printed at once by flush(): a print per row would be most of a long page's time."""

    def __init__(self, console: Console, gutter: int) -> None:
        self.console = console
        self.width = console.width
        self.gutter = gutter
        self.rows: list[Text] = []

    def row(self, number: str, marker: str, text: Text | str, style: str = "", repeat: bool = False) -> None:
        """A row of the gutter; `repeat` marks every wrapped row, not just the first (a removed
        line stays marked however long it is)."""
        from rich.text import Text

        # Styles as spans, never a Text's base style: that would run on over the row's text.
        first = Text.assemble(
            (f"{number:>{self.gutter}} ", GUTTER_STYLE), (f"{marker} ", MARKER_STYLES.get(marker, ""))
        )
        rest = Text(f"{'':>{self.gutter}} {marker if repeat else ' '} ")
        self.hanging(first, rest, text if isinstance(text, Text) else Text(shown(text), style=style))

    def field(self, name: str, value: str) -> None:
        from rich.text import Text

        first = Text.assemble((f"  {name:<{FIELD_WIDTH}}", "bold"))
        self.hanging(first, Text(" " * first.cell_len), Text(shown(value)))

    def line(self, text: Text | str = "") -> None:
        from rich.text import Text

        self.hanging(Text(), Text(), text if isinstance(text, Text) else Text(shown(text)))

    def hanging(self, first: Text, rest: Text, body: Text) -> None:
        """`body` wrapped in the columns right of `first`, its wrapped rows under `rest`; no
        row ends in spaces (a pasted block, a stored expected rendering)."""
        from rich.text import Text

        width = max(self.width - first.cell_len, MIN_WIDTH // 2)
        pieces = body.wrap(self.console, width, overflow="fold") or [Text()]
        for index, piece in enumerate(pieces):
            row = (first if index == 0 else rest) + piece
            row.rstrip()
            self.rows.append(row)

    def flush(self) -> None:
        from rich.text import Text

        self.console.print(Text("\n").join(self.rows), soft_wrap=True)
        self.rows = []


def draw_header(explanation: Explanation, draw: Drawer) -> None:
    from rich.text import Text

    doc = explanation.doc
    numbered = " (lines numbered in the extracted text)" if doc.format == "html" else ""
    draw.line(
        Text.assemble((f"{shown(explanation.name)}: {doc.format} way{numbered}, {doc.encoding}", "bold"))
    )
    for name in HEADER_FIELDS:
        value = getattr(doc.metadata, name)
        draw.field(name, ("; ".join(value) if isinstance(value, list) else value) or "-")
    for warning in doc.warnings:
        draw.field("warning", warning)
    draw.line()


def draw_pruned(explanation: Explanation, rule: str | None, draw: Drawer) -> None:
    pruned = [note for note in explanation.pruned if matches(note.rule, rule)]
    if not pruned:
        return
    draw.line(f"pruned from the page before extraction ({len(pruned)}):")
    for note in pruned:
        draw.row("", REMOVED, label(note.rule, f"{note.reason}: {shortened(note.text)}"))
    draw.line()


def draw_block(block: Block, cuts: dict[int, list[Note]], rule: str | None, draw: Drawer) -> None:
    if not block.kept and not matches(block.rule, rule):
        first, last = block.span
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        draw.row(str(first), FOLDED, f"[{block.rule}] {block.reason}: {where} removed", NOTE_STYLE)
        return
    if not block.kept:
        draw.row("", REMOVED, label(block.rule, block.reason, block.to_metadata))
    for number, text in block.lines:
        if block.kept:
            draw.row(str(number), KEPT, text)
        else:
            draw.row(str(number), REMOVED, text, REMOVED_STYLE, repeat=True)
        for cut in cuts.get(number, []):
            # A line its cuts left blank shows their text already, as its own.
            if matches(cut.rule, rule) and (block.kept or cut.rule != block.rule):
                draw.row(
                    "", CUT, label(cut.rule, f"{cut.reason}, cut: {shortened(cut.text)}", style=NOTE_STYLE)
                )


def label(rule: str | None, reason: str | None, to_metadata: tuple[str, ...] = (), style: str = "") -> Text:
    from rich.text import Text

    text = Text.assemble((f"[{rule}]", style or LABEL_STYLE))
    text.append(f" {shown(reason or '')}", style=style)
    if to_metadata:
        text.append(f" -> metadata {', '.join(to_metadata)}", style=style or "bold")
    return text


def shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_CHARS else text[: NOTE_CHARS - 3].rstrip() + "..."


def summary_line(counts: dict, rule: str | None) -> str:
    by_rule = ", ".join(f"{name} {count}" for name, count in counts["removals_by_rule"].items()) or "none"
    scope = f"removals by --rule {rule}" if rule else "removals by rule"
    return f"{counts['lines']} lines: {counts['kept']} kept, {counts['removed']} removed; {scope}: {by_rule}"
