from cleaners.document import Document
from cleaners.engine import run_rules
from cleaners.rulebook import RULES
from cleaners.rules.markup import BLOCK_WITH_CONTENT, TAG, block_spans, tag_spans

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


MARKUP_TEXTS = (
    "<!-- open <b>bold</b> <!-- closed --> <i>after</i> <!-- never closed <p>",
    "<!-- a --><!-- b <!-- c --> -->",
    "<!--><!---->x<!-- -- -->",
    "<script>one</script><SCRIPT type='x'>two</script ><style>three",
    "<script>never closed <style>s</style> <noscript>n</noscript> <script>x</SCRIPT>",
    "<script <b>x</b> <style>no end",
    "<a href='>'>link</a> < 3 and > 2 <div",
)


def test_markup_spans_are_those_of_finditer():
    """The linear scans find what the patterns' finditer finds, unclosed blocks and all."""
    for text in MARKUP_TEXTS:
        assert block_spans(text) == [m.span() for m in BLOCK_WITH_CONTENT.finditer(text)], text
        assert tag_spans(text) == [m.span() for m in TAG.finditer(text)], text


def test_unclosed_comments_and_scripts_leave_the_rest_of_the_line():
    text = "<b>Budget</b> passed <!-- tracking " + "<!--" * 50_000
    doc = run("stray_markup", text)
    assert doc.lines[0].text.startswith("Budget passed <!-- tracking <!--")
