"""Typo suggestions for unknown options, offered only when the name is close to a real one."""

from __future__ import annotations

from difflib import get_close_matches
from typing import TYPE_CHECKING

from typer.core import TyperCommand

try:  # typer carries its own copy of click since 0.2x; before, it used click itself
    from typer._click.exceptions import NoSuchOption
except ImportError:
    from click.exceptions import NoSuchOption

if TYPE_CHECKING:
    import click

CLOSE = 0.7  # difflib ratio of the names without dashes: "jbos" -> "jobs" 0.75, "bogus" 0.44


class CloseSuggestions(TyperCommand):
    """click compares an unknown option with the known ones dashes included, and the "--" every
    long option shares lifts "--bogus" close enough to "--jobs" (0.62) to be offered; this
    compares the names alone."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except NoSuchOption as error:
            error.possibilities = close_options(error.option_name, self.get_params(ctx))
            raise


def close_options(typed: str, params: list[click.Parameter]) -> list[str]:
    known = {name.lstrip("-"): name for param in params for name in (*param.opts, *param.secondary_opts)}
    return [known[name] for name in get_close_matches(typed.lstrip("-"), known, cutoff=CLOSE)]
