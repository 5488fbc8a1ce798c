"""Boilerplate left in a clean text, found by the cleaning's own rules.

find_boilerplate(text) runs over the text the rules that judge a line wherever it stands, the
way clean() runs them, and reports what they would remove or change, so that a check of
cleaned outputs and the cleaning itself never disagree on what boilerplate is. The rules that
read a text's first or last lines (header fields, the title, the standfirst, bylines,
datelines, breadcrumbs, the date banner, trailing navigation) or choose a dump's article (the
classifier) are left out: a clean text's first line is its first paragraph, not a page's top.
"""

from __future__ import annotations

from typing import NamedTuple

from cleaners.document import Document
from cleaners.engine import Rule, run_rules
from cleaners.rulebook import (
    DISCLOSURE,
    DONATION_APPEAL,
    GALLERY_COUNTER,
    LICENSE_FOOTER,
    NAV_MENU,
    NEWSLETTER_APPEAL,
    NORMALISE_TEXT,
    PHOTO_CAPTION,
    SHARE_ROW,
    SOCIAL_FOLLOW,
    STRAY_MARKUP,
    TRACKING_PIXEL,
    WIDGET_PLACEHOLDER,
)
from cleaners.settings import Options
from cleaners.tuning import resolver

# In the order of the text way (TEXT_RULES): markup goes before the rules that read words.
AUDIT_RULES = (
    TRACKING_PIXEL, STRAY_MARKUP, NORMALISE_TEXT, SHARE_ROW, NAV_MENU, WIDGET_PLACEHOLDER, GALLERY_COUNTER,
    PHOTO_CAPTION, DONATION_APPEAL, NEWSLETTER_APPEAL, SOCIAL_FOLLOW, DISCLOSURE, LICENSE_FOOTER,
)  # fmt: skip
# The rules that change a line and log nothing (nothing is removed), with what a change says.
EDITS = {NORMALISE_TEXT: "not normalised: an HTML entity left undecoded, or text not in Unicode NFC"}


class Finding(NamedTuple):
    """Boilerplate a rule finds in a clean text: the rule's id, its reason, the 1-based line
    of the text, and what the rule would remove there (or change, for a rule that edits)."""

    rule: str
    reason: str
    line: int
    text: str


def find_boilerplate(text: str, options: Options | None = None, url: str | None = None) -> list[Finding]:
    """What the rules of AUDIT_RULES find in `text`, in line order; with `options`, as a
    configuration sets them (rules off, phrases, patterns, and those of `url`'s site)."""
    options = options or Options()
    doc = Document.from_text(text, options=options)
    tuning = resolver(options, url, doc)
    findings = []
    for rule in AUDIT_RULES:
        before = [line.text for line in doc.lines] if rule in EDITS else []
        logged = len(doc.removals)
        run_rules(doc, (rule,), tuning=tuning)
        findings += [Finding(r.rule, r.reason, r.lines[0], r.text) for r in doc.removals[logged:]]
        if rule in EDITS:
            findings += edits(rule, doc, before)
    return sorted(findings, key=lambda finding: finding.line)


def edits(rule: Rule, doc: Document, before: list[str]) -> list[Finding]:
    """The lines `rule` changed beyond their spaces: the spaces an earlier rule's cut left
    are folded here as in clean(), and are no finding of their own."""
    return [
        Finding(rule.id, EDITS[rule], line.no, changed_words(old, line.text))
        for line, old in zip(doc.lines, before, strict=True)
        if line.text.split() != old.split()
    ]


def changed_words(old: str, new: str) -> str:
    """The words of `old` that `new` changed ("&amp;" of "Salt &amp; pepper")."""
    prefix = common_prefix(old, new)
    suffix = common_prefix(old[prefix:][::-1], new[prefix:][::-1])
    start = old.rfind(" ", 0, prefix) + 1
    end = old.find(" ", len(old) - suffix)
    return old[start : end if end >= 0 else len(old)].strip() or old


def common_prefix(one: str, other: str) -> int:
    """How many characters `one` and `other` start with alike."""
    return next(
        (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other))
    )
