"""The profiles of the page types (html/profiles.py), end to end on small pages of each type
(tests/data/html/page_types), and the main region's text they fall back on."""

from pathlib import Path

import pytest
from lxml.html import fromstring

from cleaners import clean
from cleaners.html import page_type
from cleaners.html.cards import word_count
from cleaners.html.page import HtmlPage, parse_page
from cleaners.html.profiles import main_region, profile_of, region_instead, region_text, sectioned

PAGES = Path(__file__).resolve().parents[2] / "data" / "html" / "page_types"


def clean_page(name: str, **options):
    return clean((PAGES / f"{name}.html").read_bytes(), **options)


@pytest.mark.parametrize(
    "name, kind",
    [
        ("forum_thread", "forum"),
        ("product_page", "product"),
        ("listing_page", "listing"),
        ("docs_page", "documentation"),
    ],
)
def test_the_sidecar_names_the_page_type(name, kind):
    doc = clean_page(name)
    assert doc.metadata.page_type == kind
    assert doc.as_dict()["metadata"]["page_type"] == kind


def test_a_text_dump_has_no_page_type():
    assert clean(b"Some plain text.\n\nA second paragraph of it.\n", format="text").metadata.page_type is None


def test_a_listing_is_its_items_not_the_page_around_them():
    # trafilatura finds no article among the linked cards and falls back on the whole page,
    # menus and the filter form with it: the listing takes its main region's text.
    doc = clean_page("listing_page")
    lines = doc.text.strip().split("\n\n")
    assert lines[:3] == ["Reedbank circuit", "Easy loop, western shore 6 km", "Heron Point and back"]
    assert lines[-1] == "Pushchair friendly, tea room 3 km" and len(lines) == 12
    assert "Hill walks" not in doc.text and "Under 5 km" not in doc.text


def test_precision_keeps_trafilatura_s_choice():
    assert "Reedbank circuit" not in clean_page("listing_page", precision=True).text


SERVICES = [
    ("Boiler servicing", "Yearly checks by certified engineers, with a written report on every appliance"),
    ("Emergency repairs", "Call us any hour, any day, and an engineer is with you within four hours"),
    ("Heat pumps", "Survey, fitting and advice on the grants that pay for most of the cost"),
    ("Smart thermostats", "Installed and set up in an hour, with the app on your phone ready to use"),
    ("Landlord certificates", "Gas safety records for rented homes, kept on file and renewed each year"),
    ("Underfloor heating", "Wet systems for new extensions and whole-floor renovations alike"),
]
SERVICE_INTRO = (
    "<article><p>We are a family firm of heating engineers working across the county since 1998. "
    "Every engineer is registered and trained on the brands we fit, and we keep the parts for most "
    "boilers in our vans.</p><p>Whatever the job, you get a fixed price before we start and a "
    "guarantee on the work when we finish.</p></article>"
)


def tiled_page(heading: str, intro: str, tiles: list[tuple[str, str]], head: str = "") -> bytes:
    """A page of an introduction over linked tiles, in a main region between menu and footer."""
    items = "".join(
        f'<li class="tile"><a href="/s{n}"><h3>{title}</h3><span>{line}</span></a></li>'
        for n, (title, line) in enumerate(tiles)
    )
    menu = "<nav><a href='/'>Home</a> <a href='/contact'>Contact</a></nav>"
    main = f"<main><h1>{heading}</h1>{intro}<ul class='tiles'>{items}</ul></main>"
    footer = "<footer>Registered office</footer>"
    return f"<html><head>{head}</head><body>{menu}{main}{footer}</body></html>".encode()


def service_page(head: str = "") -> bytes:
    return tiled_page("Our heating services", SERVICE_INTRO, SERVICES, head)


STUDIO_WORK = [
    ("Design", "Layouts and brand identity for shops and studios"),
    ("Websites", "Built on a content system your own staff can edit"),
    ("Photography", "Products and premises shot on location"),
    ("Printing", "Leaflets, signs and menus delivered within the week"),
    ("Signage", "Shop fronts painted and lettered by hand in our workshop"),
]
STUDIO_INTRO = (
    "<p>We are a small studio of designers and developers in the old mill by the river, and we "
    "have worked with independent businesses in the valley for twelve years now.</p><p>Most of our "
    "clients come to us by word of mouth, and most stay with us for years: we answer the phone, we "
    "keep to the price we quote, and we hand over everything we make.</p>"
)


def studio_page(head: str = "") -> bytes:
    return tiled_page("What we do", f"<div>{STUDIO_INTRO}</div>", STUDIO_WORK, head)


@pytest.mark.parametrize(
    ("page", "words"),
    [
        # A service page: trafilatura takes the introduction for the article and drops the
        # linked tiles of the services, most of the page's main region.
        (service_page, ("We are a family firm", "Boiler servicing", "Wet systems for new extensions")),
        # Two paragraphs of introduction are some half of the region's words: trafilatura takes
        # them for the article and drops the cards of the work below them.
        (studio_page, ("We are a small studio", "Layouts and brand identity", "lettered by hand")),
    ],
)
def test_an_under_extracted_page_takes_its_main_region(page, words):
    doc = clean(page())
    assert doc.metadata.page_type == "page"
    for shown in words:
        assert shown in doc.text
    assert "Contact" not in doc.text and "Registered office" not in doc.text


def test_a_dated_page_keeps_trafilatura_s_text_at_half_its_region():
    # A publication date: a post as often as not, whose region holds what trafilatura left.
    doc = clean(studio_page('<meta property="article:published_time" content="2024-03-05">'))
    assert doc.metadata.page_type == "page" and doc.metadata.date
    assert "We are a small studio" in doc.text and "Layouts and brand identity" not in doc.text


def test_a_declared_article_keeps_trafilatura_s_text():
    doc = clean(service_page('<meta property="og:type" content="article">'))
    assert doc.metadata.page_type == "article"
    assert "We are a family firm" in doc.text and "Boiler servicing" not in doc.text


def test_a_forum_thread_is_every_post_not_the_first():
    # trafilatura takes the first post's <article> for the page's article: its text is too
    # little of the thread, which the main region holds whole.
    doc = clean_page("forum_thread")
    posts = ("My starter is about two weeks", "That smell means it is hungry.", "Two feedings a day did it.")
    for words in posts:
        assert words in doc.text
    assert "Forum rules" not in doc.text and "What's new" not in doc.text


@pytest.mark.parametrize(
    "name, kept",
    [
        ("product_page", ["A 38-litre pack for long day hikes", "| Volume | 38 litres |"]),
        ("docs_page", ["pathwise looks for its settings", 'root = "src"', "raises ConfigError"]),
    ],
)
def test_pages_with_their_own_content_keep_trafilatura_s_text(name, kept):
    doc = clean_page(name)
    for words in kept:
        assert words in doc.text
    for junk in ("Forum rules", "Secure checkout", "Installation"):
        assert junk not in doc.text


def test_region_text_is_a_line_per_block_without_menus_and_forms():
    region = fromstring(
        "<div><p>One <b>bold</b> word, then<br>a break</p><nav>Skip me</nav>tail kept"
        "<ul><li>first</li><li>second <form>Search</form>and after</li></ul><script>x()</script></div>"
    )
    assert region_text(region) == "One bold word, then\na break\ntail kept\nfirst\nsecond and after"


def test_a_page_without_a_main_region_keeps_its_cards_after_the_introduction():
    # trafilatura takes the introduction above a grid of linked tiles for the article: the
    # tiles, found by their repeated shape, follow it; the menus and pager stay out.
    doc = clean_page("catalogue_without_main")
    assert doc.metadata.page_type == "page"
    lines = doc.text.strip().split("\n\n")
    assert lines[0].startswith("Every variety we sell is certified virus-free stock")
    assert lines[1] == "Charlotte Salad, waxy, second early £4.50 for 2 kg" and len(lines) == 10
    assert lines[-1].startswith("Anya Nutty finger shaped salad potato")
    for junk in ("Compost", "Basket", "Delivery · Returns"):
        assert junk not in doc.text
    assert "Charlotte" not in clean_page("catalogue_without_main", precision=True).text


def test_an_article_found_keeps_its_text_beside_the_cards_of_a_sidebar():
    # Two paragraphs of running text are an article trafilatura found: the page's repeated
    # teasers (a sidebar, comments) do not follow it.
    raw = (PAGES / "catalogue_without_main.html").read_text(encoding="utf-8")
    second = (
        "<p>Plant them a spade's depth apart in rows, earth them up as the shoots show, and water "
        "well in a dry spell once the flowers open.</p>"
    )
    doc = clean(raw.replace("</p></div>", f"</p>{second}</div>", 1).encode())
    assert "earth them up" in doc.text and "Charlotte" not in doc.text


WINNERS = [("Harbour Library", "Civic"), ("Orchard House", "Residential")]
WINNERS += [("Salt Market Hall", "Hospitality"), ("Quarry Chapel", "Sacred")]
WINNERS += [("Linen Mill Offices", "Workplace")]


def award_page(head: str = "") -> bytes:
    tiles = "".join(
        f'<li class="tile"><a href="/winners/{n}"><h3>{name}</h3><span>{kind}</span> '
        f"<span>Studio {n} of the year, chosen by the jury for its work</span></a></li>"
        for n, (name, kind) in enumerate(WINNERS, 1)
    )
    return (
        '<html><head><title>Best of Year winners</title><meta property="og:type" content="article">'
        f'{head}</head><body><header><a href="/">Home</a> <a href="/awards">Awards</a></header>'
        "<h1>Best of Year winners</h1><p>The jury met over three days in the spring and chose one "
        f'project in each category from the entries sent in.</p><ul class="grid">{tiles}</ul>'
        "<footer>About us · Contact · Privacy</footer></body></html>"
    ).encode()


def test_an_article_by_its_open_graph_type_alone_keeps_its_grid_of_cards():
    # Site software calls its award and category pages og:type article: trafilatura drops
    # the linked tiles that are their content.
    doc = clean(award_page())
    assert doc.metadata.page_type == "article"
    assert "The jury met" in doc.text
    for name, kind in WINNERS:
        assert name in doc.text and kind in doc.text
    assert "Privacy" not in doc.text and "Awards" not in doc.text


def test_an_article_its_structured_data_declares_keeps_trafilatura_s_text():
    # A news article's teaser grid is not its content.
    declared = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Winners"}</script>'
    doc = clean(award_page(declared))
    assert doc.metadata.page_type == "article"
    assert "The jury met" in doc.text and "Harbour Library" not in doc.text


THREAD_POSTS = [
    (
        "I have kept a sourdough starter for two weeks now and it rises a little after each feeding, "
        "then falls back before the day is out. The kitchen is cold at night. Should I move it "
        "somewhere warmer, or feed it with a different flour? I use plain white flour and tap water."
    ),
    "A cold kitchen slows it down a lot. Try the top of the fridge, it stays warm there.",
    "Rye flour woke mine up within three days. Mix a spoonful in with the white and see.",
    "Tap water can be the trouble too if it is heavily treated. Leave a jug out overnight first.",
    "Give it time. Mine took a month before it doubled reliably, and now it bakes every weekend.",
    "Feed it twice a day and discard half each time, or the old flour sours the new and it sulks.",
]


def thread_page() -> bytes:
    """A thread without a main region: its posts, each an <article> of one class, in a list."""
    posts = "".join(
        f'<article class="message"><div class="message-body"><p>{text}</p></div></article>'
        for text in THREAD_POSTS
    )
    sidebar = "<div class='sidebar'><h3>Forum rules</h3><p>Be kind to one another.</p></div>"
    body = f"<nav><a href='/'>What's new</a></nav><div class='posts'>{posts}</div>{sidebar}"
    head = "<title>Slow starter</title><link rel='canonical' href='https://bakers.example/threads/slow.12/'>"
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def test_a_thread_without_a_main_region_is_its_repeated_posts():
    # trafilatura takes the long first post for the article: the container of the repeated
    # posts stands for the missing main region.
    doc = clean(thread_page())
    assert doc.metadata.page_type == "forum"
    for text in THREAD_POSTS:
        assert text.split(".")[0] in doc.text
    assert "Forum rules" not in doc.text and "What's new" not in doc.text


# A firm's page stacked of headed sections, each a heading and a paragraph of its own.
FIRM_SECTIONS = [
    ("Planning", "We draw up the plans, apply for consent and agree the schedule before work starts."),
    ("Groundworks", "Our own crew digs the footings, lays the drains and pours the slab in any weather."),
    ("Building", "Bricklayers and joiners who have worked together for years raise the walls."),
    ("Fitting out", "Kitchens, bathrooms and flooring are fitted by one team, so nothing waits on a trade."),
    ("Handover", "You walk round with the site manager, and every snag is put right within a week."),
    ("Aftercare", "A ten year guarantee covers the structure, and a call brings someone out in two days."),
]


def sections_page(extra: str = "", sections: list[tuple[str, str]] = FIRM_SECTIONS) -> HtmlPage:
    body = "".join(f"<section><h2>{title}</h2><p>{line}</p></section>" for title, line in sections)
    return parse_page(f"<html><body><nav><a href='/'>Home</a></nav><main>{body}{extra}</main></body></html>")


def first_sections(count: int) -> str:
    return "\n".join(f"{title}\n{line}" for title, line in FIRM_SECTIONS[:count])


def test_a_dated_page_of_headed_sections_takes_its_region_at_the_undated_share():
    # trafilatura kept half of the sections: an article's share for a dated page, not a
    # service page's, whose software stamps a date on every page.
    dated = profile_of(page_type.PAGE, dated=True)
    region = region_instead(sections_page(), dated, first_sections(3))
    assert region is not None and "Aftercare" in region and "Home" not in region
    assert region_instead(sections_page(), dated, first_sections(4)) is None  # over the share


@pytest.mark.parametrize(
    "extra",
    [
        # A comment form: a post's region, whose sections trafilatura was right to leave.
        "<form><textarea name='comment'></textarea><button>Post</button></form>",
        # More teasers than sections: a news front's grid, each teaser in a section too.
        "".join(f"<article><a href='/n{n}'>Story {n}</a></article>" for n in range(7)),
    ],
)
def test_a_dated_region_of_sections_with_a_form_or_teasers_keeps_the_article_share(extra):
    dated = profile_of(page_type.PAGE, dated=True)
    assert region_instead(sections_page(extra), dated, first_sections(3)) is None


def test_sections_mostly_of_links_are_not_a_stack_of_sections():
    linked = [(title, f"<a href='/{title}'>{line}</a>") for title, line in FIRM_SECTIONS]
    region = main_region(sections_page(sections=linked))
    assert not sectioned(region, word_count(region_text(region)))
    region = main_region(sections_page(sections=FIRM_SECTIONS[:4]))  # too few sections
    assert not sectioned(region, word_count(region_text(region)))


def test_a_long_text_under_the_article_length_still_yields_to_a_larger_region():
    # 1,200 words of one section of a region of 3,000 are not yet an article trafilatura found.
    line = " ".join(f"word{n}" for n in range(100))
    page = parse_page(f"<html><body><main>{f'<p>{line}</p>' * 30}</main></body></html>")
    undated = profile_of(page_type.PAGE, dated=False)
    assert region_instead(page, undated, "\n".join([line] * 12)) is not None
    assert region_instead(page, undated, "\n".join([line] * 16)) is None  # an article found


@pytest.mark.parametrize("kind", [page_type.ARTICLE, page_type.PRODUCT, page_type.DOCUMENTATION])
def test_a_typed_page_of_headed_sections_takes_its_region_when_trafilatura_kept_few(kind):
    # an article, a product or a manual stacked of headed sections: trafilatura keeping under
    # 0.6 of them took one part of the content for all of it
    profile = profile_of(kind, dated=True)
    region = region_instead(sections_page(), profile, first_sections(3))
    assert region is not None and "Aftercare" in region and "Home" not in region
    assert region_instead(sections_page(), profile, first_sections(4)) is None  # over the share
    # a page not stacked of sections keeps trafilatura's text at half of the region
    assert region_instead(sections_page(sections=FIRM_SECTIONS[:4]), profile, first_sections(2)) is None


@pytest.mark.parametrize("kind", [page_type.ARTICLE, page_type.PRODUCT])
def test_an_article_or_product_keeps_trafilatura_s_text_however_little_of_the_region(kind):
    profile = profile_of(kind, dated=True)
    assert region_instead(sections_page(sections=FIRM_SECTIONS[:4]), profile, first_sections(1)) is None


def test_a_documentation_page_takes_its_region_when_trafilatura_kept_its_introduction():
    # a wiki's category page: an introduction, then the entries, a line each; trafilatura
    # keeps the introduction alone, under 0.4 of the region
    intro = "This category lists the pages about the parish allotments kept in the wiki, by their site."
    entries = "".join(
        f"<li><a href='/wiki/{n}'>{name}</a> {line}</li>" for n, (name, line) in enumerate(ALLOTMENTS)
    )
    page = parse_page(
        f"<html><body><nav>Home</nav><main><p>{intro}</p><ul>{entries}</ul></main></body></html>"
    )
    manual = profile_of(page_type.DOCUMENTATION, dated=False)
    region = region_instead(page, manual, intro)
    assert region is not None and "Station Road plots" in region and "Home" not in region
    # trafilatura keeping half of the region found the page's text
    assert region_instead(page, manual, f"{intro}\n{allotments_text()[:200]}") is None


ALLOTMENTS = [
    ("Northfield plots", "Twelve full plots by the brook, water troughs on every path, a shared shed"),
    ("Mill Lane plots", "Half plots for beginners, raised beds at the gate for those who cannot kneel"),
    ("Orchard Way plots", "Old fruit trees left standing between the beds, a compost bay for each row"),
    ("Station Road plots", "Sandy soil that warms early in spring, a waiting list of some three months"),
]


def allotments_page(region: str) -> HtmlPage:
    items = "".join(
        f"<li><a href='/plots/{n}'>{name}</a> {line}</li>" for n, (name, line) in enumerate(ALLOTMENTS)
    )
    return parse_page(f"<html><body><nav>Home Plots</nav>{region}<ul>{items}</ul></body></html>")


def allotments_text() -> str:
    return "\n".join(f"{name}\n{line}" for name, line in ALLOTMENTS)


def test_a_listing_keeps_trafilatura_s_text_over_a_main_region_of_a_heading():
    # the page's <main> holds its heading and a line of filters, the items lie outside it:
    # trafilatura's text being more than the region is no fallback on the whole page
    listing = profile_of(page_type.LISTING, dated=False)
    page = allotments_page("<main><h1>Allotments in the parish</h1><p>Sort by distance</p></main>")
    assert region_instead(page, listing, allotments_text()) is None


def test_a_listing_takes_its_main_region_when_trafilatura_fell_back_on_the_whole_page():
    listing = profile_of(page_type.LISTING, dated=False)
    items = "".join(f"<h2>{name}</h2><p>{line}. {line}.</p>" for name, line in ALLOTMENTS)
    page = parse_page(
        f"<html><body><nav>Home Plots</nav><main>{items}</main><footer>Parish</footer></body></html>"
    )
    whole = f"Home Plots\n{allotments_text()}\n{allotments_text()}\nParish"
    region = region_instead(page, listing, whole)
    assert region is not None and "Home Plots" not in region and "Station Road plots" in region
