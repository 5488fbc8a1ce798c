import pytest

from cleaners.document import Document
from cleaners.engine import Rule, run_rules
from cleaners.formats import TEXT


def drop_first(doc, log):
    log.drop(doc.kept()[0], "the first line")


def cut_and_part(doc, log):
    log.cut(doc.lines[1], [(0, 4)], "a word")
    log.part("tail").drop(doc.lines[-1], "the last line")


FIRST = Rule("first_line", "the first line", frozenset({TEXT}), drop_first)
PARTS = Rule(
    "with_part", "a cut, then a part", frozenset({TEXT}), cut_and_part, parts={"tail": "the last line"}
)


def test_removals_are_logged_under_the_rule_and_its_parts():
    doc = Document.from_text("Headline\nJunk body text.\nFooter")
    run_rules(doc, [FIRST, PARTS])
    assert [(r.rule, r.reason, r.text, r.whole_line) for r in doc.removals] == [
        ("first_line", "the first line", "Headline", True),
        ("with_part", "a word", "Junk", False),
        ("with_part.tail", "the last line", "Footer", True),
    ]
    assert PARTS.ids == ("with_part", "with_part.tail")


def test_a_part_must_be_declared():
    undeclared = Rule("no_parts", "no parts declared", frozenset({TEXT}), cut_and_part)
    with pytest.raises(KeyError, match="declares no part 'tail'"):
        run_rules(Document.from_text("a\nbody here\nc"), [undeclared])


def test_on_timing_hears_every_rule_in_order():
    heard = []
    run_rules(
        Document.from_text("a\nbody here\nc"), [FIRST, PARTS], lambda rule_id, s: heard.append((rule_id, s))
    )
    assert [rule_id for rule_id, _ in heard] == ["first_line", "with_part"]
    assert all(seconds >= 0 for _, seconds in heard)


def test_a_pruned_element_is_logged_with_its_text_and_no_lines():
    def prune_one(doc, log):
        log.pruned("Sign up today", "newsletter box")

    doc = Document([], format="html")
    run_rules(doc, [Rule("box", "a box", frozenset({"html"}), prune_one)])
    assert [(r.rule, r.lines, r.text) for r in doc.removals] == [("box", (0, 0), "Sign up today")]
