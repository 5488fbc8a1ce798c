from .conftest import removed


def test_leading_date_field_goes_to_metadata_and_text_after_it_stays(apply_rule):
    doc = apply_rule("header_field", "date 2023-06-02 Storms closed the coastal road.\nMore text.")
    assert doc.metadata.date == "2023-06-02"
    assert doc.lines[0].text == "Storms closed the coastal road."
    assert removed(doc, "header_field") == ["date 2023-06-02 "]


def test_keyed_fields_on_top(apply_rule):
    text = "title: Rail strike ends\nauthor: Priya Natarajan\nurl: https://news.example/a\nBody."
    doc = apply_rule("header_field", text)
    assert doc.metadata.title == "Rail strike ends"
    assert doc.metadata.author == ["Priya Natarajan"]
    assert doc.metadata.url == "https://news.example/a"
    assert [line.text for line in doc.kept()] == ["Body."]


def test_a_date_inside_the_body_is_no_header(apply_rule):
    text = "The court ruled on Friday.\ndate 2023-06-02 was the deadline."
    doc = apply_rule("header_field", text)
    assert doc.removals == [] and doc.metadata.date is None
