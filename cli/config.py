"""The configuration file: where it is, what it may say, and what a run makes of it.

Found as `--config FILE`, else `boilerstrip.toml` in the working directory, else the
`[tool.boilerstrip]` table of ./pyproject.toml (see `find_config`). It holds:

- `[clean]`: defaults for options of `boilerstrip clean` (CLEAN_KEYS); an option given on the
  command line beats its default (they become click's `default_map`, which it only reads for
  an option the command line leaves out);
- `[rules] off`, the `[appeals]`, `[captions]`, `[navigation]`, `[bylines]` tables (`phrases`,
  `patterns`) and `[sites."HOST"]` (the same tables, for one site): what the library's Options
  say about the rules (cleaners/settings.py, cleaners/tuning.py).

Every key is checked before any work: the first problem is a ConfigError, one line
`FILE: KEY: what is wrong` (a UsageError: exit 2). Other commands take the same `--config`
with `ConfigOption` and read what it found with `config_in(ctx)`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cli.errors import UsageError

if TYPE_CHECKING:
    from cleaners import Options

CONFIG_NAME = "boilerstrip.toml"
PYPROJECT_NAME = "pyproject.toml"
TOOL_TABLE = ("tool", "boilerstrip")  # the table of a pyproject.toml
META_KEY = "boilerstrip.config"  # where the --config callback leaves what it found (ctx.meta)
PRESETS = ("balanced", "precision", "recall")  # balanced: neither (trafilatura's default)
FAMILY_KEYS = ("phrases", "patterns")
BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")  # a TOML key that needs no quotes
CONFIG_HELP = (
    f"Configuration file (TOML). \\[default: ./{CONFIG_NAME}, else \\[tool.boilerstrip] in "
    f"./{PYPROJECT_NAME}]"
)


class ConfigError(UsageError):
    """A configuration that cannot be used: one line, FILE: KEY: what is wrong."""

    def __init__(self, file: str, key: str | None, problem: str) -> None:
        super().__init__(f"{file}: {key}: {problem}" if key else f"{file}: {problem}")


# The values of [clean]: a check of each (None when it holds, else what is wrong).


def one_of(*choices: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value in choices:
            return None
        return f"must be one of {', '.join(map(repr, choices))}, not {shown(value)}"

    return check


def whole_number(least: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, int) and not isinstance(value, bool) and value >= least:
            return None
        return f"must be a whole number of at least {least}, not {shown(value)}"

    return check


def seconds(value: Any) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return None
    return f"must be a number of seconds, 0 (no limit) or more, not {shown(value)}"


def field_name(value: Any) -> str | None:
    return None if isinstance(value, str) and value else f"must be a field name, not {shown(value)}"


# [clean] key -> its check. Each is the default of the `clean` option of the same name
# (--output-format is output-format, the parameter output_format), but `preset`, which sets
# --precision or --recall.
CLEAN_KEYS: dict[str, Callable[[Any], str | None]] = {
    "preset": one_of(*PRESETS),
    "format": one_of("auto", "html", "text"),
    "max-bytes": whole_number(1),
    "output-format": one_of("pair", "jsonl"),
    "shard-size": whole_number(1),
    "jobs": whole_number(1),
    "timeout": seconds,
    "fail-on": one_of("error", "warning", "never"),
    "min-words": whole_number(0),
    # --removals, which another change adds to `clean`: accepted and checked here now, and
    # the option's default as soon as the command has it (see Config.defaults_for).
    "removals": one_of("full", "summary", "none"),
    "jsonl-text-field": field_name,
    "jsonl-html-field": field_name,
    "jsonl-id-field": field_name,
}


def shown(value: Any) -> str:
    """A TOML value in a message: a string in quotes, a boolean as TOML writes it, a list or
    a table by its kind."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return "a list" if isinstance(value, list) else "a table"
    return repr(value) if isinstance(value, str) else str(value)


@dataclass(frozen=True)
class Config:
    """A configuration that passed every check."""

    file: str  # as messages name it: as given, or as found in the working directory
    path: str  # absolute
    sha256: str  # of its normalised content (the table as canonical JSON)
    tuning: dict[str, Any] = field(default_factory=dict)  # Options keywords: rules_off, phrases ...
    clean: dict[str, Any] = field(default_factory=dict)  # [clean]: parameter name -> value
    preset: str | None = None

    def provenance(self) -> dict[str, str]:
        """What a sidecar's `cleaning.config` records."""
        return {"path": self.path, "sha256": self.sha256}

    def defaults_for(self, command: Any) -> dict[str, Any]:
        """[clean]'s values of the options `command` has (a key for an option it has not, yet,
        stays unused)."""
        names = {param.name for param in command.params}
        return {name: value for name, value in self.clean.items() if name in names}

    def preset_flags(self, ctx: typer.Context) -> dict[str, bool]:
        """precision and recall as the preset sets them, unless the command line gave either."""
        if self.preset is None or any(given(ctx, name) for name in ("precision", "recall")):
            return {}
        return {"precision": self.preset == "precision", "recall": self.preset == "recall"}


def options_from(config: Config | None, **settings: Any) -> Options:
    """The cleaning options of a command that has no preset flags of its own (explain, check):
    `settings`, with the configuration's rules off, phrases, patterns, sites and preset."""
    from cleaners import Options

    preset = config.preset if config else None
    tuning = config.tuning if config else {}
    try:
        return Options(precision=preset == "precision", recall=preset == "recall", **settings, **tuning)
    except ValueError as error:
        raise UsageError(str(error)) from None


def given(ctx: typer.Context, name: str) -> bool:
    """Whether the command line (or the environment) gave the parameter `name`. (By the name
    of its source: typer may bring a click of its own, with its own ParameterSource.)"""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP")


# Where it is.


def find_config(explicit: str | os.PathLike | None = None, cwd: Path | None = None) -> Path | None:
    """The configuration file: `explicit` (--config), else boilerstrip.toml in `cwd` (the
    working directory), else its pyproject.toml when that has a [tool.boilerstrip] table."""
    if explicit is not None:
        return Path(explicit)
    cwd = cwd or Path.cwd()
    if (cwd / CONFIG_NAME).is_file():
        return cwd / CONFIG_NAME
    pyproject = cwd / PYPROJECT_NAME
    if pyproject.is_file() and b"boilerstrip" in read_bytes(pyproject, PYPROJECT_NAME):
        try:
            table = parse(pyproject, PYPROJECT_NAME)
        except ConfigError:
            return pyproject  # broken, and it may be ours: load_config says how
        return pyproject if dig(table, TOOL_TABLE) is not None else None
    return None


def load_config(explicit: str | os.PathLike | None = None, cwd: Path | None = None) -> Config | None:
    """The configuration found (see find_config), checked; None when there is none. Raises
    ConfigError, one line naming the file and the key."""
    path = find_config(explicit, cwd)
    if path is None:
        return None
    found_here = explicit is None
    file = path.name if found_here else str(path)
    table = parse(path, file)
    prefix = ""
    if path.name == PYPROJECT_NAME:
        table, prefix = dig(table, TOOL_TABLE), ".".join(TOOL_TABLE) + "."
        if table is None:
            raise ConfigError(file, ".".join(TOOL_TABLE), "no such table")
    checker = Checker(file, prefix)
    checker.table(table, "")
    tuning = checker.tuning(table, "")
    sites = checker.sites(table.get("sites", {}))
    if sites:
        tuning["sites"] = sites
    clean = table.get("clean", {})
    checker.clean(clean)
    config = Config(
        file=file,
        path=os.path.abspath(path),
        sha256=hashlib.sha256(canonical(table)).hexdigest(),
        tuning=tuning,
        clean={key.replace("-", "_"): value for key, value in clean.items() if key != "preset"},
        preset=clean.get("preset"),
    )
    checker.options(config)
    return config


def read_bytes(path: Path, file: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ConfigError(file, None, f"cannot read ({error.strerror or error})") from None


def parse(path: Path, file: str) -> dict[str, Any]:
    import tomllib

    try:
        text = read_bytes(path, file).decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(file, None, f"not UTF-8 ({error.reason} at byte {error.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(file, None, f"invalid TOML: {error}") from None


def dig(table: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any] | None:
    for key in keys:
        table = table.get(key) if isinstance(table, dict) else None
    return table if isinstance(table, dict) else None


def canonical(table: dict[str, Any]) -> bytes:
    """The table as JSON with sorted keys: comments, spacing and order change nothing."""
    return json.dumps(table, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def key_name(*parts: str) -> str:
    """A dotted key as TOML writes it: a part that is not a bare key in quotes."""
    return ".".join(part if BARE_KEY.fullmatch(part) else json.dumps(part) for part in parts)


class Checker:
    """The checks of one file's table, each problem a ConfigError naming its key."""

    def __init__(self, file: str, prefix: str) -> None:
        self.file = file
        self.prefix = prefix  # "tool.boilerstrip." in a pyproject.toml

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(self.file, self.prefix + key, problem)

    def known(self, table: Any, where: str, keys: tuple[str, ...]) -> dict[str, Any]:
        """`table` is a table holding none but `keys`."""
        if not isinstance(table, dict):
            raise self.fail(where, f"must be a table, not {shown(table)}")
        for key in table:
            if key not in keys:
                inside = f"{where}.{key_name(key)}" if where else key_name(key)
                of = f" of {self.prefix}{where}" if where else ""
                raise self.fail(inside, f"unknown key (the keys{of}: {', '.join(keys)})")
        return table

    def table(self, table: dict[str, Any], where: str) -> None:
        from cleaners.rulebook import FAMILIES

        self.known(table, where, ("clean", "rules", *FAMILIES, "sites"))

    def tuning(self, table: dict[str, Any], where: str) -> dict[str, Any]:
        """The Options keywords of a table's [rules] and family tables (the file's or a site's)."""
        from cleaners import tuning
        from cleaners.rulebook import FAMILIES

        def at(*parts: str) -> str:
            return ".".join(filter(None, (where, *parts)))

        found: dict[str, Any] = {}
        rules = self.known(table.get("rules", {}), at("rules"), ("off",))
        if "off" in rules:
            found["rules_off"] = self.words(rules["off"], at("rules", "off"), tuning.checked_ids, each=False)
        for name in FAMILIES:
            family = self.known(table.get(name, {}), at(name), FAMILY_KEYS)
            for kind, check in (("phrases", tuning.checked_phrase), ("patterns", tuning.checked_pattern)):
                if kind in family:
                    words = self.words(family[kind], at(name, kind), check)
                    if words:
                        found.setdefault(kind, {})[name] = words
        return found

    def words(self, value: Any, key: str, check: Callable, each: bool = True) -> list[str]:
        """A list of strings, each checked by the library (`each`), or all of them at once."""
        if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
            raise self.fail(key, f"must be a list of strings, not {shown(value)}")
        try:
            return [check(word) for word in value] if each else list(check(value))
        except ValueError as error:
            raise self.fail(key, str(error)) from None

    def sites(self, sites: Any) -> list[dict[str, Any]]:
        from cleaners import tuning
        from cleaners.rulebook import FAMILIES

        if not isinstance(sites, dict):
            raise self.fail("sites", f'must be a table of hosts (sites."example.com"), not {shown(sites)}')
        made, hosts = [], {}
        for host, table in sites.items():
            where = key_name("sites", host)
            try:
                bare = tuning.checked_host(host)
            except ValueError as error:
                raise self.fail(where, str(error)) from None
            if bare in hosts:
                raise self.fail(where, f"the same site as sites.{json.dumps(hosts[bare])}")
            hosts[bare] = host
            self.known(table, where, ("rules", *FAMILIES))
            made.append({"host": bare, **self.tuning(table, where)})
        return made

    def clean(self, clean: Any) -> None:
        self.known(clean, "clean", tuple(CLEAN_KEYS))
        for key, value in clean.items():
            if problem := CLEAN_KEYS[key](value):
                raise self.fail(f"clean.{key}", problem)

    def options(self, config: Config) -> None:
        """The library takes it all (each part was checked above: this is the last word)."""
        from cleaners import Options

        try:
            Options(**config.tuning)
        except ValueError as error:
            raise self.fail("sites" if config.tuning.get("sites") else "rules", str(error)) from None


# The --config option, for any command.


def remember_config(ctx: typer.Context, value: Path | None) -> Path | None:
    """--config's callback (eager: before the other options are read): the configuration
    found becomes the defaults of the command's options, and ctx.meta keeps it, or the
    ConfigError, for the command to raise (see config_in)."""
    try:
        config = load_config(value)
    except ConfigError as error:
        ctx.meta[META_KEY] = error
        return value
    ctx.meta[META_KEY] = config
    if config is not None:
        ctx.default_map = {**(ctx.default_map or {}), **config.defaults_for(ctx.command)}
    return value


def config_in(ctx: typer.Context) -> Config | None:
    """What --config found for this command (None: no configuration); raises its ConfigError."""
    found = ctx.meta.get(META_KEY)
    if isinstance(found, ConfigError):
        raise found
    return found


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help=CONFIG_HELP,
        callback=remember_config,
        is_eager=True,
        show_default=False,
    ),
]
