"""The rulebook is the one place a rule id is written, and every logged id leads back to it."""

import ast
from pathlib import Path

import pytest

from cleaners import clean
from cleaners.formats import HTML, TEXT
from cleaners.rulebook import CORPUS_RULES, HTML_RULES, LOGGED_IDS, RULES, TEXT_RULES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
DOCUMENTS = sorted([*DATA.rglob("*.html"), *DATA.rglob("*.txt"), *(ROOT / "samples" / "input").glob("*")])
# What a rule's function may call on its RuleLog, and how many arguments each takes: the
# Document's own methods take the rule id besides, and only the engine calls them.
LOG_CALLS = {"drop": 2, "drop_all": 1, "cut": 3, "pruned": 2, "log_pruned": None}


def test_ids_are_unique_and_each_rule_is_in_the_lists_of_its_ways():
    assert len(RULES) == len({rule.id for rule in TEXT_RULES + HTML_RULES + CORPUS_RULES})
    for rule in RULES.values():
        if rule in CORPUS_RULES:  # applied to a run's outputs, in neither way
            assert not set(CORPUS_RULES) & set(TEXT_RULES + HTML_RULES) and rule.description
            continue
        assert (rule in TEXT_RULES) == (TEXT in rule.ways), rule.id
        assert (rule in HTML_RULES) == (HTML in rule.ways), rule.id
        assert rule.description


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_every_logged_rule_is_a_registered_id(path):
    for way in ("auto", "text"):
        doc = clean(path.read_bytes(), format=way)
        assert {removal.rule for removal in doc.removals} <= LOGGED_IDS


def test_the_test_data_reach_most_rules():
    logged = {r.rule for path in DOCUMENTS for r in clean(path.read_bytes()).removals}
    assert len(logged) >= 20, sorted(LOGGED_IDS - logged)


def rule_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in LOG_CALLS
        ):
            yield node


@pytest.mark.parametrize(
    "path",
    [p for p in sorted((ROOT / "cleaners").rglob("*.py")) if p.name not in ("engine.py", "document.py")],
    ids=lambda p: str(p.relative_to(ROOT / "cleaners")),
)
def test_no_removal_outside_the_engine_names_a_rule(path):
    for call in rule_calls(ast.parse(path.read_text(encoding="utf-8"))):
        expected = LOG_CALLS[call.func.attr]
        where = f"{path.name}:{call.lineno}"
        assert expected is not None, f"{where}: the Document's log is the engine's to write"
        assert len(call.args) == expected and not call.keywords, f"{where}: a rule id at a removal call?"
