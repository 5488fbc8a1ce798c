"""A corpus of three news sites, written into a folder per site: each site's page dumps share a
masthead, a strapline, teasers, an appeal and a footer that no per-document rule knows, and
one site quotes the same long sentence in six articles. Plus copies: an exact one, and one
with its headline changed and a paragraph dropped.

The articles' sentences are made from word lists by a seeded random generator: each article
is its own text (near-duplicate detection must not find two of them alike), and the same
seed gives the same corpus."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

PEOPLE = (
    "the harbour master",
    "a local baker",
    "the head teacher",
    "two fishermen",
    "the mayor",
    "a retired nurse",
    "the ferry operator",
    "volunteers from the lifeboat crew",
    "the museum curator",
    "a group of parents",
    "the council leader",
    "shop owners on the high street",
    "the vicar",
    "students from the college",
    "the football club's manager",
    "a farmer from the valley",
)
ACTIONS = (
    "asked for",
    "voted against",
    "raised money for",
    "complained about",
    "welcomed",
    "spent the winter restoring",
    "wrote to the minister about",
    "organised a protest over",
    "published a report on",
    "called for an inquiry into",
    "celebrated",
    "warned about",
)
THINGS = (
    "the new bus timetable",
    "the closure of the swimming pool",
    "the repairs to the sea wall",
    "the plans for a supermarket",
    "the price of parking",
    "a mural on the old warehouse",
    "the flooding on the coast road",
    "the future of the library",
    "a rise in council tax",
    "the lack of doctors at the surgery",
    "the summer regatta",
    "the restoration of the pier",
    "the noise from the quarry",
    "the new cycle lane",
    "the allotments behind the station",
)
PLACES = (
    "at the town hall",
    "in the church hall",
    "outside the station",
    "on the harbour wall",
    "at the primary school",
    "in the market square",
    "at a packed public meeting",
    "in a letter to residents",
    "on the village green",
    "at the community centre",
)
WHENS = (
    "on Monday",
    "last week",
    "on Saturday morning",
    "earlier this month",
    "on Thursday night",
    "after months of delays",
    "before the summer holidays",
    "at the end of a long day",
)
CLAUSES = (
    "and said they would keep going until someone listened",
    "although the council has not yet replied",
    "because the money promised last year never arrived",
    "while neighbours watched from their windows",
    "and many of them said it was the first time they had spoken in public",
    "but the decision will not be taken before the spring",
    "saying that the town deserved better than it had been given",
    "and the figures will be published in a few weeks",
)


@dataclass(frozen=True)
class Site:
    folder: str
    masthead: str
    boilerplate_top: tuple[str, ...]
    boilerplate_bottom: tuple[str, ...]


SITES = (
    Site(
        "estuary-echo",
        "THE ESTUARY ECHO",
        ("News from both banks of the river since 1921",),
        (
            "Tomorrow in the Echo: the lighthouse keeper's last winter on the point",
            "Got a story? The newsdesk is open from eight until six, just ask for Pat",
            "Echo readers' walks: Sunday's route starts at the old ferry steps",
            "Printed and published by Estuary Echo Ltd, Quay Street, Harwick",
        ),
    ),
    Site(
        "valley-voice",
        "Valley Voice",
        ("Your independent weekly for the upper valley villages",),
        (
            "Coming up on Friday: our guide to the valley's summer fetes",
            "Valley Voice is delivered free to 14,000 homes every Thursday",
            "Letters to the editor: keep them short, sign them with your village",
        ),
    ),
    Site(
        "coastline-courier",
        "Coastline Courier",
        ("Fair winds and plain facts: the Courier, every morning",),
        (
            "Next in the Courier: the fishing fleet's record year in pictures",
            "The Courier's offices close at noon on Saturdays",
            "Courier crossword answers are on page 31",
        ),
    ),
)
QUOTATION = (
    "As the old harbour master used to say to anyone who would listen, a town that forgets its "
    "river will one day find the river has not forgotten the town."
)
QUOTING_SITE, QUOTING_ARTICLES = 0, (1, 4, 9, 15, 22, 30)  # six articles of the first site quote it


def sentence(rng: random.Random) -> str:
    text = " ".join(
        (rng.choice(PEOPLE), rng.choice(ACTIONS), rng.choice(THINGS), rng.choice(PLACES), rng.choice(WHENS))
    )
    return f"{text[0].upper()}{text[1:]}, {rng.choice(CLAUSES)}."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(3))


@dataclass(frozen=True)
class Article:
    headline: str
    paragraphs: tuple[str, ...]


def article(rng: random.Random, number: int) -> Article:
    headline = f"{rng.choice(PEOPLE).capitalize()} {rng.choice(ACTIONS)} {rng.choice(THINGS)} ({number})"
    return Article(headline, tuple(paragraph(rng) for _ in range(8)))


def page(site: Site, item: Article, extra: tuple[str, ...] = ()) -> str:
    lines = [
        site.masthead,
        *site.boilerplate_top,
        item.headline,
        *item.paragraphs,
        *extra,
        *site.boilerplate_bottom,
    ]
    return "\n\n".join(lines) + "\n"


@dataclass(frozen=True)
class Corpus:
    root: Path
    articles: dict[str, Article]  # relative path -> the article it holds
    exact_copy: tuple[str, str]  # (copy, original)
    edited_copy: tuple[str, str]
    same_story: tuple[str, str]  # two sites' own articles on one story: no copies


def write_corpus(root: Path, counts: tuple[int, ...] = (50, 10, 10), seed: int = 13) -> Corpus:
    """counts: the articles of each site (the first site's 50 turn the repeats pass on)."""
    rng = random.Random(seed)
    articles: dict[str, Article] = {}
    for index, (site, count) in enumerate(zip(SITES, counts, strict=True)):
        (root / site.folder).mkdir(parents=True, exist_ok=True)
        for number in range(count):
            item = article(rng, number)
            if index == 2 and number == 3:  # the story of the first site's third, told anew
                told = articles[f"{SITES[0].folder}/story-003.txt"]
                lead = told.paragraphs[0].split(". ")[0] + "."
                item = Article(told.headline, (f"{lead} {item.paragraphs[0]}", *item.paragraphs[1:]))
            quoted = (QUOTATION,) if index == QUOTING_SITE and number in QUOTING_ARTICLES else ()
            name = f"{site.folder}/story-{number:03d}.txt"
            (root / name).write_text(page(site, item, quoted), encoding="utf-8")
            articles[name] = Article(item.headline, item.paragraphs + quoted)
    site = SITES[1]
    original = f"{site.folder}/story-002.txt"
    exact = f"{site.folder}/story-902.txt"  # a reprint: later in input order
    (root / exact).write_bytes((root / original).read_bytes())
    articles[exact] = articles[original]
    base = articles[f"{site.folder}/story-005.txt"]
    edited = Article(base.headline.replace("(", "(updated "), base.paragraphs[:2] + base.paragraphs[3:])
    edited_name = f"{site.folder}/story-905.txt"
    (root / edited_name).write_text(page(site, edited), encoding="utf-8")
    articles[edited_name] = edited
    same_story = (f"{SITES[0].folder}/story-003.txt", f"{SITES[2].folder}/story-003.txt")
    return Corpus(
        root, articles, (exact, original), (edited_name, f"{site.folder}/story-005.txt"), same_story
    )


def boilerplate(site: Site) -> tuple[str, ...]:
    return (site.masthead, *site.boilerplate_top, *site.boilerplate_bottom)
