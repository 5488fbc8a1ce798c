"""Properties of clean() over generated inputs: it returns a Document or raises an InputError,
the same bytes give the same outputs, decoding its own clean text changes nothing, and (in
part: see below) cleaning it again changes nothing.

Derandomized, with a modest number of examples and no deadline: the same examples on every run,
the file in a few seconds.
"""

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


# Idempotence holds only in part today. A second pass over a clean text sees new edges: the
# rules that read a document's first lines (title, standfirst, dateline) and the classifier take
# lines there that the first pass kept. On the dev sets 135 of 990 T1 texts and 73 of 985 T2
# texts change on a second pass. So the property is stated on the texts a first pass leaves
# whole, where it holds, and the known failures are pinned below as expected failures.


@PROPERTY
@given(TEXTS)
def test_cleaning_again_a_text_left_whole_changes_nothing(text):
    doc = clean_or_refuse(text.encode(), "text")
    if doc is not None and doc.text.strip() and not doc.removals:
        assert clean(doc.text.encode(), format="text").text == doc.text


BODY = "".join(
    f"The mayor said on day {n} that the old bridge over the river would reopen to traffic, "
    "after months of repairs that cost more than planned.\n"
    for n in range(1, 5)
)


@pytest.mark.xfail(strict=True, reason="edge rules take the clean text's new first lines again")
@pytest.mark.parametrize(
    "text",
    [
        # the headline goes to title, the line under it to standfirst, the next headline-shaped
        # line becomes the title of the second pass
        "Bridge to reopen next week\nWhat the repairs cost the city\nWho pays for the new deck\n" + BODY,
        # a line repeated in the body is a standfirst: a second pass takes the next copy
        "the the the the the the the the the\n" * 3,
    ],
    ids=["title-under-standfirst", "repeated-line"],
)
def test_cleaning_the_clean_text_again_changes_nothing(text):
    doc = clean(text.encode(), format="text")
    assert clean(doc.text.encode(), format="text").text == doc.text
