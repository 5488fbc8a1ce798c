"""Option types more than one command takes, declared once."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

# cleaners.settings.FORMATS, written again: importing the library would slow down --help
# (tests/cli/test_explain.py keeps the two equal).
FORMATS = ("auto", "html", "text")
Format = StrEnum("Format", {name: name for name in FORMATS})
FormatOption = Annotated[Format, typer.Option("--format", help="Input format; auto looks for an HTML page.")]
