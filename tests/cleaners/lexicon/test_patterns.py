import re

from cleaners.lexicon.patterns import alternation


def test_longer_words_are_tried_first():
    pattern = re.compile(rf"(?:{alternation(['sep', 'sept', 'september'])})")
    assert pattern.match("september").group() == "september"
    assert pattern.match("sept.").group() == "sept"


def test_words_are_matched_as_written():
    pattern = re.compile(rf"^(?:{alternation(['m.d.', 'written by'])})$")
    assert pattern.match("m.d.") and not pattern.match("mxdx")
    assert pattern.match("written  by")  # any whitespace between the words of one
