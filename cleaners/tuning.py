"""What a configuration changes in the rules of one document: rules off, and phrases and patterns.

Options (cleaners/settings.py) hold the settings as plain data; this module checks them, and
gives the engine what applies to one document (`Tuning`): the ids turned off, and for each rule
family with phrases or patterns (cleaners/rulebook.py FAMILIES) its `Extras`, which the
family's carrier rule applies before its own detection, logging under its own id:

- appeals, captions, navigation: a kept line that holds a phrase (case-insensitive, whitespace
  folded) or that a pattern matches (anywhere in the line, case-insensitive) is removed,
  with the reason "configured phrase '...'" or "configured pattern '...'";
- bylines: a phrase is a label (see cleaners/rules/bylines.py).

Turning a rule off stops its own detection; its family's phrases and patterns still apply.
Turning a part off (photo_caption.repeat) keeps what the part would remove.

A site's settings (Site) apply to a document whose host is the site's or a subdomain of it:
the host of the URL clean() is given (where a crawl fetched it), else of the URL the document
names (the page's canonical link, a dump's `url:` header), from the moment a rule has read it.

Patterns are RE2's (google-re2): no backreferences, no lookarounds, and every match runs in
time linear in the line, whatever the pattern and the input. A pattern RE2 refuses is named
with why; one that matches the empty string (it would match every line) is refused too.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from cleaners.lookup import fold
from cleaners.regex import lazy_compile

if TYPE_CHECKING:
    from cleaners.document import Document, Line
    from cleaners.engine import RuleLog
    from cleaners.settings import Options, Words

PATTERN_ENGINE = "RE2"  # google-re2: linear-time matching
HOST = lazy_compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*")
# What Python's parser finds in a pattern RE2 refuses, and what to call it.
BACKTRACKING = {
    "GROUPREF": "a backreference",
    "GROUPREF_EXISTS": "a conditional group",
    "ASSERT": "a lookahead or lookbehind",
    "ASSERT_NOT": "a lookahead or lookbehind",
    "ATOMIC_GROUP": "an atomic group",
    "POSSESSIVE_REPEAT": "a possessive quantifier",
}


# Checks, for Options: each gives the value normalised, or raises ValueError saying what is wrong.


def checked_ids(ids: Iterable[str]) -> tuple[str, ...]:
    """Rule ids and part ids, sorted, each once."""
    from cleaners.rulebook import CORPUS_RULES, LOGGED_IDS

    if isinstance(ids, str):
        raise ValueError(f"rules off must be a list of rule ids, not one string ({ids!r})")
    for rule_id in ids:
        if rule_id not in LOGGED_IDS:
            raise ValueError(f"unknown rule id {rule_id!r}{suggestion(rule_id, LOGGED_IDS)}")
        if any(rule_id in rule.ids for rule in CORPUS_RULES):
            # it runs over a run's outputs, not in clean(): the run's option sets it
            raise ValueError(f"{rule_id!r} runs over a whole run's outputs: --corpus-repeats 0 turns it off")
    return tuple(sorted(set(ids)))


def checked_family(name: str) -> str:
    from cleaners.rulebook import FAMILIES

    if name not in FAMILIES:
        raise ValueError(f"unknown rule family {name!r} (the families: {', '.join(FAMILIES)})")
    return name


def checked_phrase(phrase: str) -> str:
    """The phrase in NFC (as normalise_text leaves the lines), its whitespace folded to single spaces."""
    if not isinstance(phrase, str):
        raise ValueError(f"a phrase must be a string, not {type(phrase).__name__} {phrase!r}")
    normal = " ".join(unicodedata.normalize("NFC", phrase).split())
    if not normal:
        raise ValueError("an empty phrase would match every line")
    return normal


def checked_pattern(pattern: str) -> str:
    if not isinstance(pattern, str):
        raise ValueError(f"a pattern must be a string, not {type(pattern).__name__} {pattern!r}")
    try:
        regex = compiled_pattern(pattern)
    except Exception as error:  # re2.error, which only a loaded re2 names
        raise ValueError(refusal(pattern, error)) from None
    if regex.search("") is not None:
        raise ValueError(f"{quoted(pattern)} matches the empty string, so it would match every line")
    return pattern


def checked_host(host: str) -> str:
    """The host in lower case, without a trailing dot or a leading "www."."""
    if not isinstance(host, str):
        raise ValueError(f"a site must be a host name, not {type(host).__name__} {host!r}")
    bare = bare_host(host.strip())
    if not HOST.fullmatch(bare):
        raise ValueError(f"{host!r} is not a host name: write it as example.com (no scheme, path or port)")
    return bare


def quoted(text: str) -> str:
    """'text' as written: a pattern's backslashes shown once, as in the configuration."""
    return f"'{text}'"


def suggestion(given: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(given, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else " (`boilerstrip rules` lists them)"


@cache
def compiled_pattern(pattern: str):
    """The RE2 program of a configured pattern, case-insensitive; re2.error if RE2 refuses it."""
    import re2  # only a configuration with patterns loads it

    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False  # the refusal is ours to tell, in one line
    return re2.compile(pattern, options)


def refusal(pattern: str, error: Exception) -> str:
    """Why RE2 refuses `pattern`: not a regular expression, or a feature that backtracks."""
    said = error.args[0] if error.args else error
    said = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
    try:
        parsed = re._parser.parse(pattern)
    except re.error as invalid:
        return f"{quoted(pattern)} is not a valid regular expression ({invalid})"
    found = sorted({BACKTRACKING[str(op)] for op in opcodes(parsed) if str(op) in BACKTRACKING})
    if found:
        return (
            f"{quoted(pattern)} is not linear-time: {' and '.join(found)} cannot be matched without "
            f"backtracking (patterns run on {PATTERN_ENGINE}, in linear time)"
        )
    engine = PATTERN_ENGINE
    return f"{quoted(pattern)} is not a pattern {engine} runs ({said}; patterns run on it, in linear time)"


def opcodes(parsed) -> Iterable[object]:
    """Every opcode of a parsed pattern (re._parser.SubPattern), nested ones too."""
    for op, argument in parsed:
        yield op
        yield from nested_opcodes(argument)


def nested_opcodes(argument) -> Iterable[object]:
    if isinstance(argument, re._parser.SubPattern):
        yield from opcodes(argument)
    elif isinstance(argument, tuple | list):
        for item in argument:
            yield from nested_opcodes(item)


# Hosts.


def bare_host(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def host_of(url: str | None) -> str | None:
    """The host of a URL ("https://www.Example.com:8080/a" is example.com), None if it has none."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return bare_host(host) if host else None


def is_site_of(site: str, host: str) -> bool:
    """Whether `host` is the site's host or one of its subdomains (both bare_host()s)."""
    return host == site or host.endswith("." + site)


# What applies to one document.


Hook = Callable[["Document", "RuleLog", "Extras"], None]  # a family's: applies its Extras


@dataclass(frozen=True, eq=False)
class Extras:
    """A family's configured phrases and patterns (for a document's host), and the hook of its
    carrier rule that applies them."""

    phrases: tuple[str, ...]
    patterns: tuple[str, ...]
    hook: Hook
    folded: tuple[str, ...] = field(init=False)
    regexes: tuple = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", tuple(fold(phrase) for phrase in self.phrases))
        object.__setattr__(self, "regexes", tuple(compiled_pattern(pattern) for pattern in self.patterns))

    def reason(self, text: str) -> str | None:
        """Why a line goes: the first phrase it holds, or pattern it matches; None if none."""
        if self.folded:
            normal = " ".join(fold(text).split())
            for phrase, folded in zip(self.phrases, self.folded, strict=True):
                if folded in normal:
                    return f"configured phrase {quoted(phrase)}"
        for pattern, regex in zip(self.patterns, self.regexes, strict=True):
            if regex.search(text) is not None:
                return f"configured pattern {quoted(pattern)}"
        return None


@dataclass(frozen=True)
class Tuning:
    """What applies to one document: the rule and part ids off, and carrier rule id -> Extras."""

    off: frozenset[str] = frozenset()
    extras: Mapping[str, Extras] = field(default_factory=lambda: MappingProxyType({}))


UNTUNED = Tuning()


def tuning_for(options: Options, host: str | None) -> Tuning:
    """The Options' own settings, and those of every site `host` belongs to."""
    sites = tuple(i for i, site in enumerate(options.sites) if host and is_site_of(site.host, host))
    return combined(options, sites)


@lru_cache(maxsize=256)
def combined(options: Options, sites: tuple[int, ...]) -> Tuning:
    from cleaners.rulebook import FAMILIES

    scopes = [options, *(options.sites[i] for i in sites)]
    off = frozenset(rule_id for scope in scopes for rule_id in scope.rules_off)
    extras = {}
    for name, family in FAMILIES.items():
        phrases = merged((scope.phrases for scope in scopes), name)
        patterns = merged((scope.patterns for scope in scopes), name)
        if phrases or patterns:
            extras[family.carrier.id] = Extras(phrases, patterns, family.hook)
    return Tuning(off, MappingProxyType(extras))


def merged(scopes: Iterable[Words], family: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for words in scopes for word in dict(words).get(family, ())))


def resolver(options: Options, url: str | None, doc: Document) -> Callable[[], Tuning] | None:
    """What applies to `doc`, asked before each rule: None when the Options tune nothing. The
    host is that of `url` (where the document was fetched), else of the URL it names, once a
    rule has read it into its metadata."""
    if not options.tuned:
        return None
    given = host_of(url)
    if given is not None or not options.sites:
        fixed = tuning_for(options, given)
        return lambda: fixed
    seen: dict[str | None, Tuning] = {}

    def current() -> Tuning:
        named = doc.metadata.url
        if named not in seen:
            seen[named] = tuning_for(options, host_of(named))
        return seen[named]

    return current


# The hook of a family whose phrases and patterns only remove lines.


def drop_configured(doc: Document, log: RuleLog, extras: Extras) -> list[Line]:
    """Remove every kept line that holds one of the phrases or matches one of the patterns."""
    dropped = []
    for line in doc.kept():
        reason = extras.reason(line.text)
        if reason is not None:
            log.drop(line, reason)
            dropped.append(line)
    return dropped
