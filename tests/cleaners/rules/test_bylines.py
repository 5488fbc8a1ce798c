import pytest

from cleaners.rules.bylines import dateline_date, parse_byline

from .conftest import removed

PROSE = "The city's new library opened on Saturday after six years of construction delays."


@pytest.mark.parametrize(
    "line, names, outlet",
    [
        ("By Maria Gonzalez, The Daily Ledger", ["Maria Gonzalez"], "The Daily Ledger"),
        ("By TOM O'NEILL, Northern Post", ["Tom O'Neill"], "Northern Post"),
        ("By Ana Ruiz and Ben Cole", ["Ana Ruiz", "Ben Cole"], None),
        ("Written by Kwame Mensah | Reuters", ["Kwame Mensah"], "Reuters"),
        ("By Lena Fischer, Staff Writer", ["Lena Fischer"], None),
        ("Reporting by Sam Holt in Oslo; Editing by Ed Price", ["Sam Holt"], None),
    ],
)
def test_bylines(line, names, outlet):
    assert parse_byline(line) == (names, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week, the ceasefire had collapsed.",
        "By 2030, the city wants all buses to be electric.",
        "By Monday, the talks had stalled",
        "By contrast, the suburbs voted for change.",
    ],
)
def test_sentences_starting_with_by_are_no_bylines(line):
    assert parse_byline(line) is None


def test_byline_at_the_end_goes_to_metadata(apply_rule):
    doc = apply_rule("byline", f"{PROSE}\n{PROSE}\nSTORY BY JANE MACDONALD")
    assert doc.metadata.author == ["Jane Macdonald"]
    assert removed(doc, "byline") == ["STORY BY JANE MACDONALD"]


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Published: 3 March 2025", "2025-03-03"),
        ("Posted on March 3, 2025 at 9:14 am", "2025-03-03"),
        ("Updated: 2025-03-03 14:05", "2025-03-03"),
        ("Mar. 3, 2025 4:31 p.m. ET", "2025-03-03"),
        ("The report was published on March 3, 2025.", None),
        ("Published in 1998, the report changed policy.", None),
    ],
)
def test_datelines(line, iso):
    assert dateline_date(line) == iso


def test_publication_date_wins_over_update(apply_rule):
    text = f"Library opens at last\nUpdated: June 2, 2024\nPublished: June 1, 2024\n{PROSE}"
    doc = apply_rule("dateline", text)
    assert doc.metadata.date == "2024-06-01"
    assert len(removed(doc, "dateline")) == 2


def test_name_with_reading_time_is_a_byline():
    assert parse_byline("Sarah Lindqvist | 3 min read") == (["Sarah Lindqvist"], None)
    assert parse_byline("Budget cuts | 3 min read") is None
