"""Settings in one place: defaults for every knob the pipeline has.

Besides the way's knobs, Options say what a configuration changes in the rules (see
cleaners/tuning.py, which applies them): the rule ids turned off, the phrases and patterns
added to a rule family (`phrases={"appeals": ["Support local news"]}`), and the same per site
(`sites=[Site("example.com", rules_off=["byline"])]`). They are held as sorted tuples, so that
Options stay hashable and `dataclasses.asdict` of them is JSON (cli/fingerprint.py digests it);
a mapping or any iterable is accepted and normalised. Every id, family, phrase, pattern and host
is checked when the Options are made: a ValueError says what is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

FORMATS = ("auto", "html", "text")
MAX_BYTES = 64 * 1024 * 1024  # larger inputs are refused rather than risk memory blow-up

Words = tuple[tuple[str, tuple[str, ...]], ...]  # (family, its phrases or patterns), by family


@dataclass(frozen=True, kw_only=True)  # keyword-only: after the positional fields of Site, Options
class Tuned:
    """What a configuration changes in the rules, for every document (Options) or a site's (Site)."""

    rules_off: tuple[str, ...] = ()  # rule ids ("photo_caption") or part ids ("photo_caption.repeat")
    phrases: Words = ()  # a family's phrases: whitespace folded, matched case-insensitively
    patterns: Words = ()  # a family's regular expressions (RE2 syntax: linear time)

    def __post_init__(self) -> None:
        if (self.rules_off, self.phrases, self.patterns) == ((), (), ()):
            return  # nothing tuned: nothing to check (most Options)
        from cleaners import tuning  # the rulebook, and RE2 for patterns: only when tuning

        set_field(self, "rules_off", tuning.checked_ids(self.rules_off))
        set_field(self, "phrases", by_family(self.phrases, tuning.checked_phrase, "phrases"))
        set_field(self, "patterns", by_family(self.patterns, tuning.checked_pattern, "patterns"))

    @property
    def tuned(self) -> bool:
        return bool(self.rules_off or self.phrases or self.patterns)

    def tuning_dict(self) -> dict:
        """rules_off, phrases and patterns as JSON: lists, and mappings of family to list."""
        return {
            "rules_off": list(self.rules_off),
            "phrases": {family: list(words) for family, words in self.phrases},
            "patterns": {family: list(words) for family, words in self.patterns},
        }


@dataclass(frozen=True)
class Site(Tuned):
    """Settings for the documents of one host and its subdomains ("example.com" is also
    news.example.com; a leading "www." is ignored on both sides). They add to the Options'
    own: more rules off, more phrases and patterns."""

    host: str = ""

    def __post_init__(self) -> None:
        from cleaners import tuning

        set_field(self, "host", tuning.checked_host(self.host))
        super().__post_init__()


@dataclass(frozen=True)
class Options(Tuned):
    format: str = "auto"
    max_bytes: int = MAX_BYTES
    precision: bool = False
    recall: bool = False
    with_comments: bool = False
    sites: tuple[Site, ...] = ()  # by host

    def __post_init__(self):
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {self.format!r}")
        if self.precision and self.recall:
            raise ValueError("precision and recall presets exclude each other")
        super().__post_init__()
        if self.sites:
            set_field(self, "sites", checked_sites(self.sites))

    @property
    def tuned(self) -> bool:
        """Whether any rule is turned off or given phrases or patterns, here or for a site."""
        return super().tuned or bool(self.sites)

    def as_dict(self) -> dict:
        """The options as JSON, tuning in mappings: what a sidecar records as the options in force."""
        way = {name: getattr(self, name) for name in WAY_FIELDS}
        return {**way, **self.tuning_dict(), "sites": {site.host: site.tuning_dict() for site in self.sites}}


WAY_FIELDS = ("format", "max_bytes", "precision", "recall", "with_comments")  # in this order


def set_field(options: Tuned, name: str, value: object) -> None:
    object.__setattr__(options, name, value)  # normalising a frozen dataclass's own field


def by_family(given: Mapping | Iterable, check, kind: str) -> Words:
    """{family: words} or (family, words) pairs as sorted (family, sorted words) pairs, each
    family and word checked (`check(word)` gives it normalised, or raises ValueError)."""
    from cleaners import tuning

    pairs = given.items() if isinstance(given, Mapping) else given
    merged: dict[str, set[str]] = {}
    for family, words in pairs:
        tuning.checked_family(family)
        if isinstance(words, str):
            raise ValueError(f"{family} {kind} must be a list of strings, not one string")
        merged.setdefault(family, set()).update(check(word) for word in words)
    return tuple((family, tuple(sorted(words))) for family, words in sorted(merged.items()) if words)


def checked_sites(sites: Iterable[Site | Mapping]) -> tuple[Site, ...]:
    made = [site if isinstance(site, Site) else Site(**site) for site in sites]
    hosts = [site.host for site in made]
    if twice := sorted({host for host in hosts if hosts.count(host) > 1}):
        raise ValueError(f"site {twice[0]!r} is given twice")
    return tuple(sorted((site for site in made if site.tuned), key=lambda site: site.host))
