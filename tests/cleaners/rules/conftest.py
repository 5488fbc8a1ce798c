import pytest

from cleaners.document import Document
from cleaners.engine import run_rules
from cleaners.rulebook import NORMALISE_TEXT, RULES


@pytest.fixture
def apply_rule():
    """Run rules, given by id, on a text (after normalisation, as in the pipeline); return the
    Document. `fields` are Document fields (format, metadata ...)."""

    def run(rule_ids: str | tuple[str, ...], text: str, **fields) -> Document:
        doc = Document.from_text(text, **fields)
        ids = (rule_ids,) if isinstance(rule_ids, str) else rule_ids
        run_rules(doc, [NORMALISE_TEXT, *(RULES[rule_id] for rule_id in ids)])
        return doc

    return run


def removed(doc: Document, rule: str) -> list[str]:
    return [r.text for r in doc.removals if r.rule == rule]
