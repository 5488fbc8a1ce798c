"""Properties of clean() over generated inputs: it returns a Document or raises an InputError,
the same bytes give the same outputs, decoding its own clean text changes nothing, and cleaning
it again changes nothing (see below).

Derandomized, with a modest number of examples and no deadline: the same examples on every run,
the file in a few seconds.
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners import Document, InputError, clean
from cleaners.decoding import decode

PROPERTY = settings(
    derandomize=True, deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow]
)

VOCABULARY = (
    "the mayor said bridge would reopen next week Brücke öffnet café été мост откроется "
    "γέφυρα 桥梁 重新 개방 جسر « » — “ ” © 2024 12:30 https://example.org/a <b> &amp; \t"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))
LINES = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
TEXTS = st.lists(LINES, min_size=1, max_size=30).map("\n".join)
CODECS = st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-8-sig", "cp1252", "cp1251"])


@st.composite
def encoded_texts(draw) -> bytes:
    """Text in one of several encodings, with NULs, stray bytes or markup mixed in."""
    text = draw(TEXTS)
    if draw(st.booleans()):
        text = (
            f"<!doctype html><html><head><title>{text[:40]}</title></head><body><p>{text}</p></body></html>"
        )
    raw = text.encode(draw(CODECS), errors="ignore")
    position = draw(st.integers(0, len(raw)))
    return raw[:position] + draw(st.binary(max_size=12)) + raw[position:]


INPUTS = st.one_of(st.binary(max_size=3000), encoded_texts())
FORMATS = st.sampled_from(["auto", "text", "html"])


def clean_or_refuse(raw: bytes, format: str) -> Document | None:
    try:
        return clean(raw, format=format)
    except InputError:
        return None  # the documented refusal: anything else fails the test


@PROPERTY
@given(INPUTS, FORMATS)
def test_any_bytes_give_a_document_or_an_input_error(raw, format):
    doc = clean_or_refuse(raw, format)
    assert doc is None or isinstance(doc, Document)
    if doc is not None:
        assert "\x00" not in doc.text


@PROPERTY
@given(INPUTS, FORMATS)
def test_cleaning_is_deterministic(raw, format):
    first, second = clean_or_refuse(raw, format), clean_or_refuse(raw, format)
    assert (first is None) == (second is None)
    if first is not None:
        assert (first.text, first.as_dict()) == (second.text, second.as_dict())


@PROPERTY
@given(INPUTS, FORMATS)
def test_the_clean_text_decodes_to_itself(raw, format):
    doc = clean_or_refuse(raw, format)
    if doc is not None and doc.text.strip():
        decoded = decode(doc.text.encode())
        assert (decoded.text, decoded.method, decoded.nuls) == (doc.text, "utf-8", 0)


# Idempotence: cleaning a clean text again changes nothing. The title and standfirst rules take
# a head only from a text in which the rules before found a page's frame, and only when the
# line it leaves on top is no head itself (cleaners/rules/headline.py); the byline and dateline
# rules do not count the bylines and datelines at an edge when they measure it. The page-dump
# classifier chooses the article again from the lines it leaves until that keeps them all
# (cleaners/classifier/finder.py, settled), so a second pass reads those lines whole; it may
# still cut an HTML page's output, which it reads as a dump (issue 14: bench/second_pass.py).
FRAME_LINES = st.sampled_from(
    [
        "By Jane Doe",
        "Updated 4 May 2024, 10:12",
        "Share on Facebook Twitter Email",
        "Home | News | Sport | Weather",
        "Bridge to reopen next week",
    ]
)
FRAMED_TEXTS = st.lists(st.one_of(LINES, FRAME_LINES), min_size=1, max_size=30).map("\n".join)


@PROPERTY
@given(st.one_of(TEXTS, FRAMED_TEXTS))
def test_cleaning_a_clean_text_again_changes_nothing(text):
    doc = clean_or_refuse(text.encode(), "text")
    if doc is not None and doc.text.strip():
        assert clean(doc.text.encode(), format="text").text == doc.text


BODY = "".join(
    f"The mayor said on day {n} that the old bridge over the river would reopen to traffic, "
    "after months of repairs that cost more than planned.\n"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    "text",
    [
        # a headline over a stack of headline-shaped lines (a subheading, teasers) stays:
        # taking it would leave the next one for a second pass to take
        "Bridge to reopen next week\nWhat the repairs cost the city\nWho pays for the new deck\n" + BODY,
        # headline, standfirst, then the body: both go, and the body's first line is no head
        "Bridge to reopen next week\nThe city pays for the repairs and the state for the new deck\n" + BODY,
        # every top copy of a line repeated in the body goes, not one a pass
        "the the the the the the the the the\n" * 3,
        "Bridge to reopen next week\n" + "The mayor said the bridge would reopen after repairs\n" * 4 + BODY,
    ],
    ids=["headline-over-subheading", "headline-and-standfirst", "repeated-line", "repeated-standfirst"],
)
def test_the_head_rules_leave_no_head_for_a_second_pass(text):
    doc = clean(text.encode(), format="text")
    assert clean(doc.text.encode(), format="text").text == doc.text


def test_a_headline_over_a_framed_paragraph_goes_to_title():
    doc = clean(("Bridge to reopen next week\nBy Jane Doe\n" + BODY).encode(), format="text")
    assert doc.metadata.title == "Bridge to reopen next week"
    assert doc.text.startswith("The mayor said on day 1")
    assert clean(doc.text.encode(), format="text").text == doc.text


def test_a_headline_over_a_text_with_no_frame_stays_in_the_text():
    # nothing tells it from a clean text whose first line the first pass kept as content
    doc = clean(("Bridge to reopen next week\n" + BODY).encode(), format="text")
    assert doc.metadata.title == "Bridge to reopen next week"
    assert doc.text.startswith("Bridge to reopen next week\n")


def test_cleaning_again_takes_no_byline_brought_to_the_edge():
    # found by hypothesis: the second pass takes the last "By Jane Doe" as a byline at the end
    text = "\n".join(["The the the"] * 2 + ["By Jane Doe"] * 2 + ["The the the"] * 2 + ["By Jane Doe"])
    text += "\n" + "\n".join(["The the the"] * 3 + ["By Jane Doe"] * 2 + ["The the the"] * 3)
    doc = clean(text.encode(), format="text")
    assert clean(doc.text.encode(), format="text").text == doc.text


DATA = Path(__file__).parent.parent / "data"
FIXTURES = sorted(
    path
    for pattern in ("dumps/*.txt", "explain/*.txt", "explain/*.html", "html/*.html", "second_pass/*.txt")
    for path in DATA.glob(pattern)
    if not path.name.endswith(".expected.txt")
)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_cleaning_a_clean_output_again_is_a_fixed_point(path):
    doc = clean(path.read_bytes())
    if doc.text.strip():
        assert clean(doc.text.encode(), format="text").text == doc.text


SECOND_PASS = DATA / "second_pass"


def test_a_dump_whose_article_read_alone_is_shorter_is_cut_to_that_at_once():
    # the run the classifier chooses in the page goes on past a fact box into "latest news"
    # teasers (a closing heading cuts it there); read alone, without the teasers below that
    # carried it, the fact box is no article: the first cleaning cuts it already
    doc = clean((SECOND_PASS / "factbox_and_latest.txt").read_bytes())
    assert "Ransom $10 million" not in doc.text and "LATEST NEWS" not in doc.text
    assert doc.text.rstrip().endswith("working through the weekend and the public holiday on Monday.")
    assert clean(doc.text.encode(), format="text").text == doc.text


def test_a_clean_text_with_a_subheading_like_a_part_of_its_lead_comes_out_whole():
    # "... by hand in Portugal – MADE IN PORTUGAL." on top and "Made in Portugal" further down:
    # a paragraph on top is no page title, so the subheading is no anchor for the article
    text = (SECOND_PASS / "lead_with_a_dash.txt").read_text("utf-8")
    doc = clean(text.encode(), format="text")
    assert doc.removals == []
    assert doc.text.split() == text.split()
