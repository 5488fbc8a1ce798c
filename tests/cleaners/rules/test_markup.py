from cleaners.document import Document
from cleaners.engine import run_rules
from cleaners.rulebook import RULES

BODY = "The council approved the budget on Tuesday."


def run(rule_id: str, text: str) -> Document:
    doc = Document.from_text(text)
    run_rules(doc, [RULES[rule_id]])
    return doc


def test_tracking_pixels_hidden_or_one_pixel_are_cut():
    text = (
        '<img src="https://px.example.net/t.gif?id=4" width="1" height="1" alt="">\n'
        f'{BODY}<img style="display: none" src="https://stats.example.org/p.png">\n'
        '<img src="https://cdn.example.com/chart.png" width="640" height="480" alt="Chart">'
    )
    doc = run("tracking_pixel", text)
    assert [r.rule for r in doc.removals] == ["tracking_pixel", "tracking_pixel"]
    assert doc.lines[1].text == BODY
    assert "chart.png" in doc.lines[2].text  # a real image is not a tracker


def test_stray_tags_comments_and_scripts_go_text_stays():
    text = f"<p>{BODY}</p><!-- ad slot -->\n<script>var x = 1 < 2;</script><b>Bold</b> move"
    doc = run("stray_markup", text)
    assert doc.lines[0].text == BODY
    assert doc.lines[1].text == "Bold move"
    assert all(r.rule == "stray_markup" for r in doc.removals)


def test_comparisons_are_not_tags():
    doc = run("stray_markup", "Inflation fell to < 2% while wages rose > 3%.")
    assert doc.removals == []


def test_entities_nfc_invisible_characters_and_spaces():
    text = "Hamas&rsquo; chief\u00a0 said  &amp; re\u0301sume\u0301 in\u00adcredible\u200b"
    doc = run("normalise_text", text)
    assert doc.lines[0].text == "Hamas’ chief said & résumé incredible"
