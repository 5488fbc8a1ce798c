"""`boilerstrip rules`: every rule of the rulebook (cleaners/rulebook.py RULES) and its parts,
the ways it runs in, what it removes, whether it is on, and the configuration keys that reach
it; a rich table, or JSON with --json. With a configuration (see cli/config.py), also what
the configuration turns off, for every document or for a site's."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cli.config import ConfigOption, config_in
from cli.errors import EXIT_OK, EXIT_USAGE, UsageError
from cli.suggestions import CloseSuggestions

if TYPE_CHECKING:
    from cli.config import Config

RULES_HELP = (
    "List every rule, what it removes, and the configuration keys that reach it.\n\n"
    "One row a rule (and one for each of its parts): its id, as sidecars log it; the ways it "
    "runs in (text, html); what it removes, and its family; whether it is on by default; the "
    "configuration keys that reach it (rules.off turns a rule or a part off; a family's "
    "phrases and patterns go to the rule that carries them). With a configuration file "
    "(--config FILE, ./boilerstrip.toml, or \\[tool.boilerstrip] in ./pyproject.toml), also "
    "what it turns off."
)
RULES_EPILOG = (
    "Examples: boilerstrip rules | less -S; "
    "boilerstrip rules --json | jq -r '.[] | select(.family == \"appeals\") | .id'; "
    "boilerstrip rules --config site.toml (which rules site.toml turns off)"
)
WAYS = ("text", "html")  # in this order
DEFAULT = "on"  # every rule runs unless a configuration turns it off
PIPE_WIDTH = 140


def rule_rows(config: Config | None = None) -> list[dict[str, Any]]:
    """One row a rule, then one for each of its parts, in the order of the rulebook."""
    from cleaners.engine import part_id
    from cleaners.rulebook import CORPUS_RULES, FAMILY_OF, RULES

    rows = []
    for rule in RULES.values():
        family = FAMILY_OF.get(rule.id)
        # A corpus rule runs over a run's outputs, not a document: the command line sets it.
        keys = ["--corpus-repeats"] if rule in CORPUS_RULES else ["rules.off"]
        if family is not None and family.carrier is rule:
            keys += [f"{family.name}.phrases", f"{family.name}.patterns"]
        ways = [way for way in WAYS if way in rule.ways]
        rows.append(row(rule.id, None, ways, rule.description, family.name if family else None, keys, config))
        for part, description in rule.parts.items():
            rows.append(row(part_id(rule.id, part), rule.id, ways, description, None, ["rules.off"], config))
    return rows


def row(
    rule_id: str,
    part_of: str | None,
    ways: list[str],
    description: str,
    family: str | None,
    keys: list[str],
    config: Config | None,
) -> dict[str, Any]:
    found = {
        "id": rule_id,
        "part_of": part_of,
        "ways": ways,
        "description": description,
        "default": DEFAULT,
        "family": family,
        "config_keys": keys,
    }
    if config is not None:
        found["config"] = state_in(rule_id, part_of, config)
    return found


def state_in(rule_id: str, part_of: str | None, config: Config) -> dict[str, Any]:
    """Whether the configuration turns the rule off (a part is off with its rule), for every
    document and at which sites."""

    def turns_off(tuning: dict[str, Any]) -> bool:
        off = tuning.get("rules_off", ())
        return rule_id in off or (part_of is not None and part_of in off)

    return {
        "off": turns_off(config.tuning),
        "off_at": [site["host"] for site in config.tuning.get("sites", ()) if turns_off(site)],
    }


def show_rules(ctx: typer.Context, as_json: bool) -> int:
    try:
        config = config_in(ctx)
    except UsageError as error:
        sys.stderr.write(f"error: {error}\n")
        return EXIT_USAGE
    rows = rule_rows(config)
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
    else:
        from rich.console import Console

        # A pipe gets the table at a width that reads (a terminal's own width otherwise).
        Console(width=None if sys.stdout.isatty() else PIPE_WIDTH).print(rule_table(rows, config))
    return EXIT_OK


def rule_table(rows: list[dict[str, Any]], config: Config | None):
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="boilerstrip rules", title_justify="left", caption_justify="left")
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("ways", no_wrap=True)
    table.add_column("what it removes", ratio=1, min_width=24)
    table.add_column("family", no_wrap=True)
    table.add_column("default", no_wrap=True)
    table.add_column("config keys", no_wrap=True)
    if config is not None:
        table.add_column("config", overflow="fold")
        table.caption = f"config: what {escape(config.file)} turns off"
    for found in rows:
        cells = [
            ("  " if found["part_of"] else "") + escape(found["id"]),
            " ".join(found["ways"]),
            escape(found["description"]),
            found["family"] or "",
            found["default"],
            "\n".join(found["config_keys"]),
        ]
        if config is not None:
            cells.append(state_cell(found["config"]))
        table.add_row(*cells)
    return table


def state_cell(state: dict[str, Any]) -> str:
    if state["off"]:
        return "[red]off[/red]"
    return f"off at {', '.join(state['off_at'])}" if state["off_at"] else "on"


def rules_command(
    ctx: typer.Context,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the rules as a JSON list, for machines.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    raise typer.Exit(show_rules(ctx, as_json))


def register(app: typer.Typer) -> None:
    app.command("rules", cls=CloseSuggestions, help=RULES_HELP, epilog=RULES_EPILOG)(rules_command)
