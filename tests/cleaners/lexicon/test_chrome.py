import pytest

from cleaners.lexicon import chrome

from .samples import check_entries


@pytest.mark.parametrize("kind", ["CREDIT_OPENINGS", "POST_LINKS", "COMMENT_FORM"])
def test_every_match_of_an_entry_starts_as_stated(kind):
    check_entries(getattr(chrome, kind), needles=False)
