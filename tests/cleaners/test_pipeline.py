import json
from pathlib import Path

import pytest

from cleaners import BinaryInput, EmptyInput, InputTooLarge, Options, clean

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples" / "input").glob("*.txt"))
OUTPUTS = ROOT / "samples" / "output"
DATA = ROOT / "tests" / "data"


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_samples_match_their_committed_outputs(sample):
    doc = clean(sample.read_bytes())
    assert doc.text == (OUTPUTS / f"{sample.stem}.txt").read_text(encoding="utf-8")
    sidecar = json.loads((OUTPUTS / f"{sample.stem}.meta.json").read_text(encoding="utf-8"))
    assert doc.as_dict()["metadata"] == sidecar["metadata"]
    assert doc.as_dict()["removals"] == sidecar["removals"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_cleaning_an_output_again_changes_nothing(sample):
    once = clean(sample.read_bytes()).text
    assert clean(once.encode("utf-8")).text == once


@pytest.mark.parametrize("output", sorted(OUTPUTS.glob("*.txt")), ids=lambda p: p.stem)
def test_clean_document_comes_out_unchanged(output):
    text = output.read_text(encoding="utf-8")
    doc = clean(text.encode("utf-8"))
    assert squash(doc.text) == squash(text)
    assert doc.removals == []


def test_single_newline_paragraphs_become_blank_line_separated():
    text = "First paragraph of the report is here.\nSecond paragraph follows it.\n"
    assert (
        clean(text.encode()).text
        == "First paragraph of the report is here.\n\nSecond paragraph follows it.\n"
    )


def test_html_page_goes_the_html_way():
    doc = clean((DATA / "html" / "valley_echo_night_buses.html").read_bytes())
    assert doc.format == "html"
    assert doc.metadata.title == "Council backs night buses"
    assert doc.metadata.author == ["Ruth Okafor"]
    assert doc.metadata.date == "2025-03-04"
    assert "night bus service" in doc.text
    assert "Follow us on Instagram" not in doc.text
    assert any(r.rule == "social_follow" for r in doc.removals)


def test_text_with_stray_markup_goes_the_text_way():
    doc = clean(b'<img width="1" height="1" src="x.gif">\nThe body of the story, with a full sentence.')
    assert doc.format == "text"
    assert doc.text == "The body of the story, with a full sentence.\n"


def test_format_can_be_forced():
    page = (DATA / "html" / "valley_echo_night_buses.html").read_bytes()
    assert clean(page, format="text").format == "text"


@pytest.mark.parametrize(
    "raw, error",
    [(b"", EmptyInput), (b" \n\t\r\n", EmptyInput), (b"\x00\x01\x02binary\x00" * 10, BinaryInput)],
)
def test_refused_input(raw, error):
    with pytest.raises(error):
        clean(raw)


def test_too_large_input():
    with pytest.raises(InputTooLarge):
        clean(b"word " * 100, Options(max_bytes=100))


def test_undecodable_bytes_never_crash():
    doc = clean(b"Caf\xe9 owners said the rent had doubled.\n\xff\xfe\xfd Prices rose again.")
    assert "rent had doubled" in doc.text


def test_removal_log_is_complete():
    text = "Council backs night buses\nFacebook Twitter Email\nThe council voted to extend the bus service."
    doc = clean(text.encode())
    logged = {r.text for r in doc.removals}
    assert logged == {"Council backs night buses", "Facebook Twitter Email"}
    assert doc.as_dict()["stats"]["lines_removed"] == 2
