import pytest

from cleaners.rules.bylines import dateline_date

from .conftest import removed

PROSE = "The city's new library opened on Saturday after six years of construction delays."


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
