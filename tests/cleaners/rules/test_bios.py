import pytest

from cleaners.document import Metadata
from cleaners.rulebook import HTML_RULES, RULES

from .conftest import removed

ARTICLE = (
    "The water board said the reservoir was at 40 percent of capacity after the dry summer.\n"
    "Farmers in the valley have been asked to water their fields only at night.\n"
    "The board will decide next month whether the ban on garden hoses goes on into the autumn.\n"
)


@pytest.mark.parametrize(
    "bio",
    [
        "Maria Lopez is a senior reporter covering water and climate for the Valley Tribune.",
        "Tom O'Neill has worked as a freelance photographer in East Africa since 2009.",
        "Ich bin Reisebloggerin und schreibe seit zehn Jahren über Wanderungen in den Alpen.",
        "Anna Berger leitet das Ressort Wissen und schreibt über Medizin und Forschung.",
        "Katrin Vogel arbeitet als Wirtschaftsredakteurin in Hamburg.",
        "Pierre Martin est journaliste indépendant et vit à Lyon.",
        "Chief Correspondent with a focus on energy markets. Find me on Mastodon.",
    ],
)
def test_an_authors_bio_at_the_end_goes(apply_rule, bio):
    doc = apply_rule("author_bio", ARTICLE + bio)
    assert removed(doc, "author_bio") == [bio]


@pytest.mark.parametrize(
    "line",
    [
        "A spokeswoman for the board said the ban was the first in twenty years.",
        "Eine Sprecherin der Stadtwerke sagte, die Preise würden im Frühjahr sinken.",
        "It is the author of the report, not the board, who will present it next week.",
        "Reporter Jane Ogden told the hearing: “We warned them a year ago.”",
        "The mayor is a former journalist and has promised to publish every letter she receives.",
        "Students from the college raised money for the flood victims on the coast road last week.",
    ],
)
def test_news_about_people_at_the_end_stays(apply_rule, line):
    doc = apply_rule("author_bio", ARTICLE + line)
    assert removed(doc, "author_bio") == []


def test_a_bio_shaped_line_inside_the_article_stays(apply_rule):
    bio = "Maria Lopez is a senior reporter covering water and climate for the Valley Tribune."
    doc = apply_rule("author_bio", bio + "\n" + ARTICLE + "The board meets on Monday.\nIt will vote then.")
    assert removed(doc, "author_bio") == []


@pytest.mark.parametrize(
    ("box", "left"),
    [
        (
            ["Autor", "Lena Hoffmann", "Lena Hoffmann ist Redakteurin für Verkehr und Stadtentwicklung."],
            ["Lena Hoffmann"],
        ),
        (
            [
                "Author",
                "Recent Posts",
                "Sam Reed",
                "Sam Reed is a staff writer covering courts for the Ledger.",
            ],
            ["Recent Posts", "Sam Reed"],
        ),
    ],
)
def test_the_author_box_over_a_bio_is_read_again(apply_rule, box, left):
    # the bio going brings its box's label to the end, which a second cleaning would read
    doc = apply_rule("author_bio", ARTICLE + "\n".join(box))
    assert [line.text for line in doc.kept()][-len(left) :] == left
    again = apply_rule("author_bio", "\n".join(line.text for line in doc.kept()))
    assert again.removals == []


def page_metadata(page_type):
    return Metadata(page_type=page_type)


def test_an_article_page_loses_its_closing_bio_in_the_html_way_too(apply_rule):
    # the HTML way's text ends as a dump's does: the bio under the article goes
    bio = "Lena Hoffmann is a science writer based in Leipzig who covers drought and farming."
    doc = apply_rule("author_bio", ARTICLE + bio, format="html", metadata=page_metadata("article"))
    assert removed(doc, "author_bio") == [bio]
    assert RULES["author_bio"] in HTML_RULES


@pytest.mark.parametrize("page_type", ["forum", "page", "product"])
def test_a_person_presented_at_the_end_of_another_page_stays(apply_rule, page_type):
    # a forum's last post, a team or profile page: the person presented is the content
    post = "I am a second-year nursing student and this guide helped me pass my first exam."
    doc = apply_rule("author_bio", ARTICLE + post, format="html", metadata=page_metadata(page_type))
    assert removed(doc, "author_bio") == []


def test_a_clean_text_keeps_the_bio_its_first_cleaning_kept(apply_rule):
    # set apart by blank lines, as the cleaning writes a text, with no frame found around it
    bio = "Maria Lopez is a senior reporter covering water and climate for the Valley Tribune."
    clean_text = "\n\n".join([*ARTICLE.splitlines(), bio]) + "\n"
    assert removed(apply_rule("author_bio", clean_text), "author_bio") == []
    # the same lines in a page's dump, its blocks' lines together, lose it
    assert removed(apply_rule("author_bio", ARTICLE + bio), "author_bio") == [bio]
