import pytest

from cleaners.lexicon import appeals
from cleaners.lookup import fold
from cleaners.rules import appeals as rules

from .samples import check_entries

KINDS = {
    "DONATION": appeals.DONATION_EN + appeals.FOREIGN_DONATION,
    "NEWSLETTER": appeals.NEWSLETTER_EN + appeals.FOREIGN_NEWSLETTER,
    "FOLLOW_VERBS": appeals.FOLLOW_VERBS,
    "STRONG_CUES": appeals.STRONG_CUES,
    "CALLS_TO_ACTION": appeals.CALLS_TO_ACTION + appeals.PLEASE_ACTIONS + appeals.FOREIGN_ACTION,
    "CONDITIONS": appeals.CONDITIONS,
    "FOREIGN_ADDRESS": appeals.FOREIGN_ADDRESS,
}


@pytest.mark.parametrize("kind", KINDS)
def test_every_match_of_an_entry_holds_its_needle(kind):
    check_entries(KINDS[kind], starts=False)


@pytest.mark.parametrize(
    ("pattern", "needles", "text"),
    [
        (rules.DONATION, rules.DONATION_NEEDLES, "Please make a monthly gift today."),
        (rules.FOREIGN_DONATION, rules.DONATION_NEEDLES, "Jetzt spenden und unterstützen!"),
        (rules.NEWSLETTER, rules.NEWSLETTER_NEEDLES, "Sign up for our daily briefing."),
        (rules.FOREIGN_NEWSLETTER, rules.NEWSLETTER_NEEDLES, "Jetzt den Newsletter abonnieren"),
        (rules.SOCIAL_FOLLOW, rules.FOLLOW_VERBS, "Follow us on Instagram."),
        (rules.SOCIAL_FOLLOW, rules.PLATFORM_WORDS, "Join our Telegram channel."),
    ],
)
def test_the_rules_needles_find_what_their_patterns_find(pattern, needles, text):
    assert pattern.search(text)
    assert any(needle in fold(text) for needle in needles)
