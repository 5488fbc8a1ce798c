"""Whole-page text dumps (tests/data/dumps/<name>.txt) come out as their article
(<name>.expected.txt); the title, date, author and language next to it go to metadata."""

from pathlib import Path

import pytest

from cleaners import clean

DUMPS = Path(__file__).resolve().parents[2] / "data" / "dumps"
NAMES = sorted(p.name.removesuffix(".txt") for p in DUMPS.glob("*.txt") if ".expected" not in p.name)

METADATA = {
    "news_menu_footer": ("Harbour Town council approves new ferry terminal", "2024-03-04", "en"),
    "blog_comments": ("Why I switched back to a paper notebook", "2023-01-12", "en"),
    "german_news": ("Stadtrat beschließt neues Radwegenetz", "2021-05-03", "de"),
    "french_culture": ("Le festival de Lyon dévoile sa programmation", "2020-03-12", "fr"),
    "spanish_news": ("El Gobierno aprueba un plan de ayudas para el campo", "2022-05-11", "es"),
    "italian_news": ("Roma, riapre il museo dopo i lavori di restauro", "2021-10-05", "it"),
    "dutch_blog": ("Fietsen langs de kust van Zeeland", "2012-11-19", "nl"),
    "chinese_news": ("城市新增三条公交线路", "2020-01-05", "zh"),
    "cookie_banner": ("Scientists find a new species of frog in the Andes", "2020-01-05", "en"),
    "forum_thread": ("Best way to store winter tyres?", "2021-10-03", "en"),
    "shop_product": ("Walnut Desk Organiser", None, "en"),
    "clean_article": (None, None, "en"),
    "recipe_region": ("Rye and walnut loaf", None, "en"),
    "howto_region": ("Hochbeet selbst bauen: so gelingt es", None, "de"),
}


def test_there_are_a_dozen_dumps():
    assert len(NAMES) >= 12 and set(NAMES) == set(METADATA)


@pytest.mark.parametrize("name", NAMES)
def test_dump_comes_out_as_its_article(name):
    doc = clean((DUMPS / f"{name}.txt").read_bytes(), format="text")
    assert doc.text == (DUMPS / f"{name}.expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_dump_metadata(name):
    doc = clean((DUMPS / f"{name}.txt").read_bytes(), format="text")
    assert (doc.metadata.title, doc.metadata.date, doc.metadata.language) == METADATA[name]


@pytest.mark.parametrize("name", ["recipe_region", "howto_region"])
def test_a_region_dump_keeps_its_lists_and_subheadings(name):
    """An article-region dump: the list between the lead and the steps, and the subheadings
    between paragraphs, stay; the classifier takes none of the article's lines."""
    doc = clean((DUMPS / f"{name}.txt").read_bytes(), format="text")
    assert not [r for r in doc.removals if r.rule.startswith("classifier")]


def test_every_classifier_removal_gives_its_score():
    doc = clean((DUMPS / "news_menu_footer.txt").read_bytes(), format="text")
    reasons = [r.reason for r in doc.removals if r.rule == "classifier"]
    assert reasons and all("score" in reason for reason in reasons)


def test_authors_next_to_the_article():
    doc = clean((DUMPS / "spanish_news.txt").read_bytes(), format="text")
    assert doc.metadata.author == ["Lucía Romero"]
