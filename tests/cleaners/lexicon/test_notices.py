import pytest

from cleaners.classifier import features
from cleaners.lexicon import notices
from cleaners.lookup import fold
from cleaners.rules import appeals

from .samples import check_entries


@pytest.mark.parametrize("kind", ["LICENCE_FOOTER", "DISCLOSURES", "CONSENT_WORDS"])
def test_every_match_of_an_entry_holds_its_needle(kind):
    check_entries(getattr(notices, kind), starts=False)


@pytest.mark.parametrize(
    ("pattern", "needles", "text"),
    [
        (appeals.LICENCE_FOOTER, appeals.LICENCE_NEEDLES, "This article is licensed under CC BY-ND 4.0."),
        (appeals.LICENCE_FOOTER, appeals.LICENCE_NEEDLES, "© 2024 The Daily News"),
        (appeals.DISCLOSURE, appeals.DISCLOSURE_HINTS, "We may earn a small fee from links on this page."),
        (appeals.DISCLOSURE, appeals.DISCLOSURE_HINTS, "Anzeige | Ein Angebot"),
        (features.CONSENT, features.CONSENT_NEEDLES, "we use cookies and similar tools"),
    ],
)
def test_the_rules_needles_find_what_their_patterns_find(pattern, needles, text):
    assert pattern.search(text)
    assert any(needle in fold(text) for needle in needles)
