import re

import pytest

from cleaners.lexicon import media
from cleaners.lookup import fold
from cleaners.rules import appeals, captions, navigation

from .samples import check_entries


@pytest.mark.parametrize(
    "kind", ["PLATFORMS", "FOLLOWED_ONLY", "SHARED_ONLY", "BRACKET_CREDIT_WORDS", "CREDIT_LABELS"]
)
def test_every_match_of_an_entry_holds_its_needle(kind):
    check_entries(getattr(media, kind), starts=False)


def test_a_platform_is_shared_to_and_followed_on():
    for name in media.PLATFORMS:
        assert navigation.SHARE_ANCHOR.match(name.title()), name
        assert appeals.SOCIAL_FOLLOW.search(f"Follow us on {name.title()}"), name
    assert not appeals.SOCIAL_FOLLOW.search("Find the line on the map.")  # "line" is shared to only
    assert not navigation.SHARE_ANCHOR.match("Discord")  # followed only


def test_every_agency_ends_in_one_of_its_last_words():
    for name in media.AGENCIES:
        assert re.fullmatch(captions.AGENCIES, name), name
        assert fold(name).endswith(captions.AGENCY_LAST_WORDS), name
        assert captions.has_photo_credit(f"Rescuers at work on Monday. ({name})"), name


def test_every_stock_library_credits_a_photo():
    for name in media.STOCK_LIBRARIES:
        assert captions.has_photo_credit(f"Fog over the harbour at dawn. (Jane Doe / {name})"), name
        assert captions.has_photo_credit(f"Fog over the harbour at dawn. © Jane Doe - {name}"), name
