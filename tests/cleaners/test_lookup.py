import re

from cleaners.document import Document
from cleaners.lookup import fold, kept_with, lines_ending_with, lines_starting_with, lines_with

# The index behind the line look-ups (performance): it must never go stale.


def test_lines_with_finds_every_line_holding_a_needle_in_order():
    doc = Document.from_text("Donate now\nnothing here\nPlease DONATE\n\nSTRASSE ſtraße\nİstanbul")
    assert [line.no for line in lines_with(doc, ("donate",))] == [1, 3]
    assert [line.no for line in lines_with(doc, ("donate", "here"))] == [1, 2, 3]
    assert [line.no for line in lines_with(doc, ("strasse",))] == [5]  # ſ folds as IGNORECASE does
    assert [line.no for line in lines_with(doc, ("istanbul",))] == [6]
    assert [line.no for line in lines_with(doc, ("DONATE",), folded=False)] == [3]
    doc.drop(doc.lines[0], "donation_appeal", "appeal")
    assert [line.no for line in kept_with(doc, ("donate",))] == [3]
    doc.lines[2].text = "edited"
    assert kept_with(doc, ("donate",)) == []


def test_line_look_ups_fall_back_when_a_line_holds_a_newline():
    doc = Document.from_text("a donate\nb\nc donate")
    doc.lines[1].text = "x\ndonate"
    assert [line.no for line in lines_with(doc, ("donate",))] == [1, 2, 3]
    assert lines_starting_with(doc, re.compile(r"\nc")) is None


def test_lines_starting_and_ending_with():
    doc = Document.from_text("Share this\nshare\nNot share\nEnds in AP\nAP")
    start = re.compile(r"\nshare")
    assert [line.no for line in lines_starting_with(doc, start)] == [1, 2]
    end_reversed = re.compile(r"\npa")  # "ap" read backwards
    assert [line.no for line in lines_ending_with(doc, end_reversed)] == [4, 5]


def test_fold_matches_ignorecase_for_every_letter_a_needle_uses():
    """A re.IGNORECASE match of a letter is that letter in fold(): the needles rely on it."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyzäöüéóíáúñçàèâêîôûëïłąęśćżźń":
        for match in re.finditer(re.escape(letter), everything, re.IGNORECASE):
            assert fold(match.group()) == letter, (letter, match.group())
    assert len(fold(everything)) == len(everything)  # one character for one
