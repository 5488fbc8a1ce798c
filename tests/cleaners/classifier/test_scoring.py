from cleaners.classifier.scoring import BAD, GOOD, SHORT, classify, score, smooth

from .helpers import PROSE, features


def test_prose_scores_good_and_menus_bad():
    prose, _ = score(features(PROSE))
    menu, reasons = score(features("Home | News | Sport"))
    assert classify(prose, 29) == GOOD
    assert classify(menu, 3) == BAD
    assert "separators" in reasons


def test_repetition_and_consent_lower_the_score():
    assert score(features(PROSE, repeated=True))[0] < score(features(PROSE))[0]
    assert (
        "cookie or privacy notice"
        in score(features("We use cookies on this site, you agree to their use."))[1]
    )


def test_short_lines_are_never_good_on_their_own():
    assert classify(5.0, 4) == SHORT


def test_smooth_takes_the_neighbours_class():
    assert smooth([GOOD, SHORT, GOOD]) == [GOOD, GOOD, GOOD]
    assert smooth([BAD, SHORT, BAD]) == [BAD, BAD, BAD]
    assert smooth([GOOD, SHORT, BAD]) == [GOOD, BAD, BAD]


def test_the_page_edges_lower_the_score():
    middle, _ = score(features(PROSE, position=0.5))
    top, reasons = score(features(PROSE, position=0.0))
    bottom, _ = score(features(PROSE, position=1.0))
    assert top < middle and bottom < middle
    assert "at the page's edge" in reasons
