"""The `boilerstrip` command line: its commands and their options (cli/run.py runs `clean`).

Only typer and the standard library are imported up front, so `boilerstrip --help` stays
fast; the library, rich and the process pool are imported when a run starts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cli import check, rules_table
from cli.config import ConfigOption, config_in
from cli.errors import EXIT_USAGE, UsageError
from cli.explain import EXPLAIN_EXIT_CODES, EXPLAIN_HELP, explain
from cli.inputs import JsonlFields
from cli.options import Format, FormatOption
from cli.run import DEFAULT_SHARD_SIZE, DEFAULT_TIMEOUT, FailOn, OutputFormat, Removals, Request, run
from cli.suggestions import CloseSuggestions
from cli.writers import REPORT_NAME

EXIT_CODES = (
    "Exit codes: 0 all documents cleaned; 1 some documents failed, or warned with --fail-on "
    "warning, or --max-failures stopped the run (the others are still written, the errors are on "
    "stderr and in the report); 2 usage error (nothing written); 130 interrupted (Ctrl-C) and "
    "143 terminated (SIGTERM): what was done is written, and so is the report."
)
# Help paragraphs are single lines: typer's rich help keeps a docstring's line breaks.
CLEAN_HELP = (
    "Clean documents into <name>.txt (the text) and <name>.meta.json (metadata, encoding, "
    "and every removal with its rule and reason).\n\n"
    "With -o OUT, a directory input D writes D/a/b.html to OUT/a/b.txt and OUT/a/b.meta.json, "
    "and a file input x/b.html writes OUT/b.txt and OUT/b.meta.json. "
    "Without -o, a single file or - (stdin) is cleaned to stdout.\n\n"
    "Defaults for the options, rules turned off, and phrases and patterns for the rules come "
    "from --config FILE, else ./boilerstrip.toml, else \\[tool.boilerstrip] in ./pyproject.toml; "
    "an option given here beats the file (`boilerstrip rules` lists the rules and their keys).\n\n"
    "Examples:\n"
    "  boilerstrip clean pages/ -o clean/ -j 4\n"
    "  boilerstrip clean page.html > page.txt\n"
    "  find crawl -name '*.warc.gz' -print0 | boilerstrip clean --files-from - -0 -o clean/"
)

app = typer.Typer(
    name="boilerstrip",
    help="Corpus ingestion and boilerplate stripping: clean text plus a JSON metadata sidecar per document.",
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def show_version(value: bool) -> None:
    if value:
        from cleaners import __version__

        typer.echo(f"boilerstrip {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=show_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Only here for --version; the group's help is the Typer(help=...) above."""


@app.command(cls=CloseSuggestions, help=CLEAN_HELP, epilog=EXIT_CODES)
def clean(
    ctx: typer.Context,
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT",
            help="Files, directories (walked recursively, hidden entries skipped), or - for stdin.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="OUT",
            help="Directory for <name>.txt and <name>.meta.json; directory inputs are "
            "mirrored under it. Without it, one file or - is cleaned to stdout.",
        ),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            metavar="GLOB",
            help="Only take files found in directories whose name or relative path matches "
            "GLOB, e.g. '*.html'. Repeatable.",
        ),
    ] = None,
    format: FormatOption = Format.auto,
    precision: Annotated[
        bool, typer.Option("--precision", help="HTML pages: favour precision (less junk) in extraction.")
    ] = False,
    recall: Annotated[
        bool, typer.Option("--recall", help="HTML pages: favour recall (more text) in extraction.")
    ] = False,
    with_comments: Annotated[
        bool, typer.Option("--with-comments", help="HTML pages: keep the comment section.")
    ] = False,
    max_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-bytes",
            metavar="N",
            help="Refuse inputs larger than N bytes. \\[default: the library's MAX_BYTES, 64 MiB]",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "-j",
            "--jobs",
            metavar="N",
            help="Worker processes; 1 cleans in this process. \\[default: number of CPUs]",
            show_default=False,
        ),
    ] = None,
    meta: Annotated[
        Path | None,
        typer.Option("--meta", metavar="FILE", help="Stdout mode only: write the sidecar to FILE."),
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report",
            metavar="FILE",
            help=f"Write the JSON run report to FILE. \\[default: OUT/{REPORT_NAME} with -o, "
            "none in stdout mode]",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("-q", "--quiet", help="No progress bar and no summary; errors only.")
    ] = False,
    summary: Annotated[
        bool,
        typer.Option("--summary", help="Print the summary table even when stderr is not a terminal."),
    ] = False,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a document failed (error), also when one warned (warning), or never.",
        ),
    ] = FailOn.error,
    max_failures: Annotated[
        str | None,
        typer.Option(
            "--max-failures",
            metavar="N|P%",
            help="Stop the run once more than N documents (or P% of those done) have failed.",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            metavar="SECONDS",
            help="Fail a document whose cleaning takes longer (0: no limit).",
        ),
    ] = DEFAULT_TIMEOUT,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on a Dask cluster: a scheduler's address (tcp://HOST:8786), or local for a "
            "LocalCluster of --jobs processes. Needs pip install 'boilerstrip[dask]'.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Clean every document again, even one whose sidecar records the same input and settings.",
        ),
    ] = False,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--output-format",
            help="pair: <name>.txt and <name>.meta.json per document; jsonl: one line per document "
            "(id, text, metadata) to -o FILE.jsonl, to shards under -o DIR, or to stdout.",
        ),
    ] = OutputFormat.pair,
    shard_size: Annotated[
        int,
        typer.Option(
            "--shard-size", metavar="N", help="--output-format jsonl -o DIR: documents per shard file."
        ),
    ] = DEFAULT_SHARD_SIZE,
    files_from: Annotated[
        str | None,
        typer.Option(
            "--files-from",
            metavar="FILE",
            help="Also clean the files listed in FILE, one path a line (- reads the list from stdin).",
            show_default=False,
        ),
    ] = None,
    null: Annotated[
        bool,
        typer.Option("-0", "--null", help="--files-from: paths end with NUL, as find -print0 writes them."),
    ] = False,
    jsonl_text_field: Annotated[
        str,
        typer.Option(
            "--jsonl-text-field", metavar="FIELD", help="JSONL inputs: the field of a record's text."
        ),
    ] = "text",
    jsonl_html_field: Annotated[
        str | None,
        typer.Option(
            "--jsonl-html-field",
            metavar="FIELD",
            help="JSONL inputs: the field of a record's HTML page, cleaned the HTML way where present.",
            show_default=False,
        ),
    ] = None,
    jsonl_id_field: Annotated[
        str,
        typer.Option("--jsonl-id-field", metavar="FIELD", help="JSONL inputs: the field of a record's id."),
    ] = "id",
    removals: Annotated[
        Removals,
        typer.Option(
            "--removals",
            help="What the sidecar says of each removal: full (its whole text), summary (rule, "
            "reason, lines, the first 80 characters and the length of each block removed) or none "
            "(counts by rule only).",
        ),
    ] = Removals.summary,
    min_words: Annotated[
        int,
        typer.Option(
            "--min-words",
            metavar="N",
            help="Filter out a document whose clean text has fewer than N words (quality.word_count): "
            "not written (an earlier run's outputs for it are removed), status filtered in the report.",
        ),
    ] = 0,
    corpus_repeats: Annotated[
        int | None,
        typer.Option(
            "--corpus-repeats",
            metavar="K",
            help="Remove the lines seen in at least K documents of one source (the URL's host, else "
            "the input's folder); 0: off. Needs -o OUT pairs. \\[default: 5 when a source has 50 "
            "documents, else off]",
            show_default=False,
        ),
    ] = None,
    drop_duplicates: Annotated[
        bool,
        typer.Option(
            "--drop-duplicates",
            help="Write only the first in input order of documents whose clean texts are the same or "
            "nearly (MinHash, Jaccard 0.8 of word 5-grams); the later copies' outputs are removed. "
            "Needs -o OUT pairs.",
        ),
    ] = False,
    config: ConfigOption = None,
) -> None:
    try:
        found = config_in(ctx)  # the file's [clean] values are already the options' defaults
    except UsageError as error:
        sys.stderr.write(f"error: {error}\n")
        raise typer.Exit(EXIT_USAGE) from None
    if found is not None:  # its preset, unless --precision or --recall is given
        flags = found.preset_flags(ctx)
        precision, recall = flags.get("precision", precision), flags.get("recall", recall)
    request = Request(
        inputs=inputs or [],
        output=output,
        include=include or [],
        meta=meta,
        report=report,
        format=format.value,
        precision=precision,
        recall=recall,
        with_comments=with_comments,
        max_bytes=max_bytes,
        jobs=jobs,
        quiet=quiet,
        summary=summary,
        fail_on=fail_on.value,
        max_failures=max_failures,
        force=force,
        timeout=timeout,
        scheduler=scheduler,
        files_from=files_from,
        null=null,
        jsonl=JsonlFields(jsonl_text_field, jsonl_html_field, jsonl_id_field),
        output_format=output_format.value,
        shard_size=shard_size,
        config=found,
        removals=removals.value,
        min_words=min_words,
        corpus_repeats=corpus_repeats,
        drop_duplicates=drop_duplicates,
    )
    try:
        code = run(request)
    except UsageError as error:
        sys.stderr.write(f"error: {error}\n")
        code = EXIT_USAGE
    raise typer.Exit(code)


app.command("explain", cls=CloseSuggestions, help=EXPLAIN_HELP, epilog=EXPLAIN_EXIT_CODES)(explain)


rules_table.register(app)  # boilerstrip rules
check.register(app)  # boilerstrip check


def main() -> None:
    app(prog_name="boilerstrip")
