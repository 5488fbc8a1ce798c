import re

import pytest

from cleaners.lexicon.patterns import (
    alternation,
    last_words,
    line_start,
    literal_prefix,
    longest_first,
    needles,
    term,
)
from cleaners.lookup import fold

from .samples import samples


def test_a_plain_phrase_is_its_own_needle_and_start():
    assert alternation(("sign up", "inbox")) == "sign up|inbox"
    assert needles(("sign up", "inbox")) == ("sign up", "inbox")
    assert line_start(("sign up",)).pattern == r"\n(?:sign\ up)"


def test_a_term_states_its_needles_or_starts_with_its_literal():
    assert term(r"tags?").needles == ("tag",)  # the "s" is optional
    assert term(r"donat(?:e|ion)").needles == ("donat",)
    assert term(r"don[ae]", ("dona", "done")).needles == ("dona", "done")
    assert term(r"\d+ comments?", start_regex=r"\d").starts == (r"\d",)
    assert term(r"\w*newsletter\w*", "newsletter").starts == ()
    assert literal_prefix(r"e-?mail") == "e"


@pytest.mark.parametrize(
    "wrong",
    [
        lambda: needles((term(r"(?:a|b)c"),)),  # no literal to be its needle
        lambda: line_start((term(r"(?:a|b)c"),)),
        lambda: term(r"x", "Upper"),
        lambda: needles(("a|b",)),  # a phrase with regex syntax
    ],
)
def test_a_fragment_without_a_literal_or_a_phrase_with_syntax_is_refused(wrong):
    with pytest.raises(ValueError):
        wrong()


def test_a_needle_that_holds_another_is_left_out():
    assert needles(("subscribe", "subscriber", term(r"don[ae]", ("dona", "done")), "donation")) == (
        "subscribe",
        "dona",
        "done",
    )


def test_a_start_that_starts_with_another_is_left_out():
    pattern = line_start(("more", "more from", term(r"\d+ photos", start_regex=r"[^\S\n]*\d")))
    assert pattern.pattern == r"\n(?:more|[^\S\n]*\d)"
    assert pattern.match("\nmore from x") and pattern.match("\n 12 photos") and not pattern.match("\nless")


def test_last_words():
    assert last_words(("hide caption", term(r"buy (?:this )?photo"), "EPA-EFE", "Getty Images")) == (
        "caption",
        "photo",
        "efe",
        "images",
    )


def test_samples_spell_out_every_way_through_a_fragment():
    found = samples(term(r"tags?"))
    assert {"tag", "tags", "TAGS"} <= set(found)
    assert all(re.fullmatch("tags?", text, re.I) for text in found)


def lexicon_literals() -> set[str]:
    """The needles and literal starts of every word list of the lexicon."""
    from cleaners.lexicon import appeals, headings, media, notices, widgets
    from cleaners.lexicon.patterns import Term, as_term, unescaped

    found = set()
    for module in (appeals, headings, media, notices, widgets):
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, tuple) and all(isinstance(e, str | Term) for e in value):
                for entry in value:
                    if isinstance(entry, Term) or entry == fold(entry):
                        term_ = as_term(entry)
                        found |= {*term_.needles, *filter(None, map(unescaped, term_.starts))}
    return found


def test_fold_matches_ignorecase_for_every_letter_of_the_lexicon():
    """A re.IGNORECASE match of a needle's letter is that letter in fold() (see
    tests/cleaners/test_lookup.py, which checks the common ones)."""
    letters = {ch for literal in lexicon_literals() for ch in literal if ch.isalpha()}
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in sorted(letters - set("abcdefghijklmnopqrstuvwxyzäöüéóíáúñçàèâêîôûëïłąęśćżźń")):
        for match in re.finditer(re.escape(letter), everything, re.IGNORECASE):
            assert fold(match.group()) == letter, (letter, match.group())


def test_longest_first_tries_longer_words_first():
    pattern = re.compile(rf"(?:{longest_first(['sep', 'sept', 'september'])})")
    assert pattern.match("september").group() == "september"
    assert pattern.match("sept.").group() == "sept"


def test_longest_first_matches_words_as_written():
    pattern = re.compile(rf"^(?:{longest_first(['m.d.', 'written by'])})$")
    assert pattern.match("m.d.") and not pattern.match("mxdx")
    assert pattern.match("written  by")  # any whitespace between the words of one
