"""Parsing a page: the tree trafilatura would build, its elements made without a Python call."""

from pathlib import Path

import pytest
from lxml.html import HtmlElement, tostring
from trafilatura.utils import load_html

from cleaners.html.page import html_parser, load_tree, parse_page

HTML = Path(__file__).resolve().parents[2] / "data" / "html"
PAGES = sorted(HTML.glob("**/*.html"))


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem)
def test_the_tree_is_the_one_trafilatura_builds(path):
    text = path.read_text(encoding="utf-8")
    assert tostring(load_tree(text), encoding="unicode") == tostring(load_html(text), encoding="unicode")


@pytest.mark.parametrize(
    "text",
    [
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared as XML</p></body></html>',
        "<html/><body><p>A self-closed html tag</p></body>",
        "<html><body><p>Control\x0bcharacters</p></body></html>",
        "<p>A bare fragment</p>",
        "plain text, no markup at all",
    ],
)
def test_odd_pages_parse_as_trafilatura_parses_them(text):
    ours, theirs = load_tree(text), load_html(text)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert tostring(ours, encoding="unicode") == tostring(theirs, encoding="unicode")


def test_every_element_is_an_html_element_with_its_methods():
    tree = load_tree(
        "<html><body><form action='/s'><label>Name <input name='q' value='x'></label>"
        "<select><option>a</option></select><textarea>t</textarea></form><p>Text</p></body></html>"
    )
    assert {type(element) for element in tree.iter() if isinstance(element.tag, str)} == {HtmlElement}
    assert tree.find(".//form").text_content() == "Name at"
    assert tree.getroottree().parser is html_parser()


def test_short_text_nodes_leave_out_blank_long_and_hidden_texts():
    long_text = "word " * 70
    page = parse_page(
        "<html><head><title>Head text</title><style>p {color: red}</style></head><body>\n"
        "  <p>By Jane Doe</p>\n  <script>var by = 'Jane';</script><noscript>Enable JS</noscript>\n"
        f"  <div><b>Posted</b> on 3 May 2021</div><p>{long_text}</p>\n</body></html>"
    )
    nodes = page.short_text_nodes
    assert [str(node) for node in nodes] == ["By Jane Doe", "Posted", " on 3 May 2021"]
    assert [node.getparent().tag for node in nodes] == ["p", "b", "b"]
    assert [node.is_tail for node in nodes] == [False, False, True]
