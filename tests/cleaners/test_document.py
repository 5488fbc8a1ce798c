from cleaners.document import Document, Line


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


# The cache behind kept() (performance): it must never go stale.


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


def test_restore_keeps_the_line_again_and_clears_its_removal():
    doc = Document.from_text("Share\nBody text.")
    doc.drop(doc.lines[0], "share_row", "share buttons")
    doc.restore([doc.lines[0], doc.lines[1]])
    assert doc.removals == [] and doc.text == "Share\n\nBody text.\n"


def test_a_pruned_element_is_logged_with_no_lines():
    doc = Document([], format="html")
    doc.log_pruned("Sign up for our newsletter", "marked_block", "newsletter box")
    assert doc.as_dict()["removals"] == [
        {
            "rule": "marked_block",
            "reason": "newsletter box",
            "lines": [0, 0],
            "text": "Sign up for our newsletter",
            "whole_line": True,
        }
    ]
