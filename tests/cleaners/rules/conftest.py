import pytest

from cleaners.document import Document
from cleaners.rules.markup import normalise_text


@pytest.fixture
def apply_rule():
    """Run one rule on a text (after normalisation, as in the pipeline); return the Document."""

    def run(rule, text: str) -> Document:
        doc = Document.from_text(text)
        normalise_text(doc)
        rule(doc)
        return doc

    return run


def removed(doc: Document, rule: str) -> list[str]:
    return [r.text for r in doc.removals if r.rule == rule]
