import pytest

from cleaners.document import Metadata
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


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Von Anna Schmidt — Hinterlasse eine Antwort", None),
        ("By Tom Hale | Leave a comment", None),
        ("Por Lucía Gómez | 3 comentarios", None),
        ("By Tom Hale, The Valley Courier", "The Valley Courier"),
    ],
)
def test_a_sitename_is_a_name_not_a_comment_form(apply_rule, line, outlet):
    doc = apply_rule("byline", f"{line}\n{PROSE}\n{PROSE}")
    assert doc.metadata.sitename == outlet
    assert removed(doc, "byline") == [line]


def test_a_sitename_read_from_a_comment_form_above_the_article_is_dropped(apply_rule):
    # the classifier reads bylines above the article too; the byline rule checks what it read
    doc = apply_rule("byline", f"{PROSE}\n{PROSE}", metadata=Metadata(sitename="Leave a Reply"))
    assert doc.metadata.sitename is None


def test_edge_windows_do_not_count_the_bylines_and_datelines_in_them(apply_rule):
    # taking them brings no other byline to an edge for a second cleaning to take
    lines = [PROSE] * 3 + ["By Jane Doe", "Updated 4 May 2024, 10:12"] * 4 + [PROSE] * 8 + ["By Jane Doe"]
    doc = apply_rule(("dateline", "byline"), "\n".join(lines))
    assert [line.text for line in doc.kept()] == [PROSE] * 11
