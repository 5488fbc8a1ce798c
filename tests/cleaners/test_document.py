from cleaners.document import Document


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
