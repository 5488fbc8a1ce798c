import re

from cleaners.document import Document, Line, fold


def test_cut_logs_spans_in_order_and_a_blank_line_counts_as_removed():
    doc = Document.from_text("<b>Bold</b> move\n<img src=x>\nBody text.")
    doc.cut(doc.lines[0], [(0, 3), (7, 11)], "stray_markup", "markup")
    doc.cut(doc.lines[1], [(0, 11)], "stray_markup", "markup")
    assert [r.text for r in doc.removals] == ["<b>", "</b>", "<img src=x>"]
    assert doc.lines[0].text == "Bold move"
    assert doc.lines_removed == 1
    assert doc.text == "Bold move\n\nBody text.\n"


def test_drop_is_logged_once():
    doc = Document.from_text("Share\nBody text.")
    doc.drop(doc.lines[0], "share_row", "share buttons")
    doc.drop(doc.lines[0], "share_row", "share buttons")
    assert len(doc.removals) == 1 and doc.as_dict()["stats"]["lines_removed"] == 1


def test_empty_document_text_is_empty_string():
    doc = Document.from_text("only line")
    doc.drop(doc.lines[0], "title", "headline")
    assert doc.text == ""


# The caches behind kept() and the line look-ups (performance): they must never go stale.


def test_kept_follows_drops_edits_restores_and_new_lines():
    doc = Document.from_text("One.\n\nTwo.\nThree.")
    assert [line.no for line in doc.lines] == [1, 3, 4]  # no Line for a blank line
    assert [line.text for line in doc.kept()] == ["One.", "Two.", "Three."]
    doc.drop(doc.lines[0], "title", "headline")
    assert [line.text for line in doc.kept()] == ["Two.", "Three."]
    doc.lines[1].text = "  "  # a line edited blank is no longer kept
    assert [line.text for line in doc.kept()] == ["Three."]
    doc.lines[0].kept = True  # as the articleBody check restores a line
    assert [line.text for line in doc.kept()] == ["One.", "Three."]
    doc.lines.append(Line(5, "Five."))
    assert [line.text for line in doc.kept()] == ["One.", "Three.", "Five."]
    doc.lines[3].kept = False  # a line added later also tells the document
    assert [line.text for line in doc.kept()] == ["One.", "Three."]
    doc.kept().clear()  # callers get a copy
    assert len(doc.kept()) == 2


def test_lines_with_finds_every_line_holding_a_needle_in_order():
    doc = Document.from_text("Donate now\nnothing here\nPlease DONATE\n\nSTRASSE ſtraße\nİstanbul")
    assert [line.no for line in doc.lines_with(("donate",))] == [1, 3]
    assert [line.no for line in doc.lines_with(("donate", "here"))] == [1, 2, 3]
    assert [line.no for line in doc.lines_with(("strasse",))] == [5]  # ſ folds as IGNORECASE does
    assert [line.no for line in doc.lines_with(("istanbul",))] == [6]
    assert [line.no for line in doc.lines_with(("DONATE",), folded=False)] == [3]
    doc.drop(doc.lines[0], "donation_appeal", "appeal")
    assert [line.no for line in doc.kept_with(("donate",))] == [3]
    doc.lines[2].text = "edited"
    assert doc.kept_with(("donate",)) == []


def test_line_look_ups_fall_back_when_a_line_holds_a_newline():
    doc = Document.from_text("a donate\nb\nc donate")
    doc.lines[1].text = "x\ndonate"
    assert [line.no for line in doc.lines_with(("donate",))] == [1, 2, 3]
    assert doc.lines_starting_with(re.compile(r"\nc")) is None


def test_lines_starting_and_ending_with():
    doc = Document.from_text("Share this\nshare\nNot share\nEnds in AP\nAP")
    start = re.compile(r"\nshare")
    assert [line.no for line in doc.lines_starting_with(start)] == [1, 2]
    end_reversed = re.compile(r"\npa")  # "ap" read backwards
    assert [line.no for line in doc.lines_ending_with(end_reversed)] == [4, 5]


def test_fold_matches_ignorecase_for_every_letter_a_needle_uses():
    """A re.IGNORECASE match of a letter is that letter in fold(): the needles rely on it."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyzäöüéóíáúñçàèâêîôûëïłąęśćżźń":
        for match in re.finditer(re.escape(letter), everything, re.IGNORECASE):
            assert fold(match.group()) == letter, (letter, match.group())
    assert len(fold(everything)) == len(everything)  # one character for one


def test_restore_keeps_the_line_again_and_clears_its_removal():
    doc = Document.from_text("Share\nBody text.")
    doc.drop(doc.lines[0], "share_row", "share buttons")
    doc.restore([doc.lines[0], doc.lines[1]])
    assert doc.removals == [] and doc.text == "Share\n\nBody text.\n"
