import pytest
from lxml.html import fromstring

from cleaners.html.metadata.title import read_title, strip_site_name
from cleaners.html.page import HtmlPage


def test_site_name_stripped_from_titles():
    page = HtmlPage(
        fromstring("<html><head><meta property='og:site_name' content='Harbour Times'></head></html>")
    )
    assert strip_site_name("Ferry strike | Harbour Times", page) == "Ferry strike"
    assert strip_site_name("Harbour Times: Ferry strike", page) == "Ferry strike"
    assert strip_site_name("Ferry strike - Harbour Times - News from the coast", page) == "Ferry strike"
    assert strip_site_name("Ferry strike - a long week", page) == "Ferry strike - a long week"


def page_of(head: str, body: str) -> HtmlPage:
    return HtmlPage(fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


def test_a_headings_permalink_mark_is_not_part_of_the_headline():
    body = "<h1>Installing the toolkit<a class='headerlink' href='#installing'>¶</a></h1><p>Text.</p>"
    assert read_title(page_of("<title>Installing the toolkit — Toolkit 2.1 docs</title>", body)) == (
        "Installing the toolkit"
    )
    icon = "<h2>Configuration files\uf0c1</h2><p>Text.</p>"
    assert read_title(page_of("<title>Configuration files</title>", icon)) == "Configuration files"


def test_blocks_inside_a_heading_are_words_apart():
    body = "<h1>Night Blend<div class='tagline'>Decaf roast for late evenings</div></h1><p>Text.</p>"
    assert read_title(page_of("", body)) == "Night Blend Decaf roast for late evenings"


def test_a_heading_that_links_home_but_shows_the_titles_headline_is_the_headline():
    head = "<title>Seven steps to a calmer garden | Greenleaf</title>"
    head += "<meta property='og:site_name' content='Greenleaf'>"
    body = "<h1><a href='/'>Seven steps to a calmer garden</a></h1><p>Text.</p>"
    assert read_title(page_of(head, body)) == "Seven steps to a calmer garden"


def test_a_short_last_part_after_a_pipe_is_the_sites_name():
    assert (
        read_title(page_of("<title>Walnut Side Table | Holzwerk</title>", "<p>Text.</p>"))
        == "Walnut Side Table"
    )
    long_tail = "<title>Trail shoes | Tested on rock, mud and snow</title>"
    assert read_title(page_of(long_tail, "<p>Text.</p>")) == "Trail shoes | Tested on rock, mud and snow"


def test_a_heading_of_the_pages_furniture_is_no_headline():
    head = "<title>Why the river floods every spring – Valley Courier</title>"
    head += "<meta property='og:site_name' content='Valley Courier'>"
    body = "<h1>Log in</h1><form></form><h1>Contact us</h1><p>Text.</p>"
    assert read_title(page_of(head, body)) == "Why the river floods every spring"


@pytest.mark.parametrize(
    ("title", "heading", "headline"),
    [
        # the heading shows the last part of a longer title: the site's or the book's name
        ("Borrowing and moving values - Lantern Handbook", "Lantern Handbook", "Borrowing and moving values"),
        (
            "Which soldering iron for a first kit? | tinkerers.net",
            "tinkerers.net",
            "Which soldering iron for a first kit?",
        ),
        # a shorter first part is the heading's kicker
        (
            "Vorsorge - Heute schon an morgen denken",
            "Heute schon an morgen denken",
            "Heute schon an morgen denken",
        ),
    ],
)
def test_a_heading_that_shows_the_last_part_of_the_title(title, heading, headline):
    body = f"<h1>{heading}</h1><p>Text.</p>"
    assert read_title(page_of(f"<title>{title}</title>", body)) == headline


def declared_title(title: str) -> str | None:
    site = "<link rel='canonical' href='https://harbourlights.org/people/mira-olsen'>"
    return read_title(page_of(f"<title>{title}</title>{site}", "<p>Text.</p>"))


def test_a_declared_title_loses_the_separators_its_site_name_left():
    assert declared_title("harbourlights.org // » Mira Olsen") == "Mira Olsen"
    assert declared_title("Valley Transit Enquiries -") == "Valley Transit Enquiries"
    assert declared_title("«Die Löhne reichen nicht»") == "«Die Löhne reichen nicht»"


@pytest.mark.parametrize(
    ("heading", "declared"),
    [
        ("Plan less. Ship more.", "Roadmap software for product teams"),
        ("Dinner, sorted.", "Meal kits delivered weekly | Forkful"),
        ("Ihre Daten. Ihre Regeln.", "Cloud-Speicher für Unternehmen"),
    ],
)
def test_a_slogan_heading_no_declared_title_confirms_gives_way_to_the_declared_title(heading, declared):
    page = page_of(f"<title>{declared}</title>", f"<h1>{heading}</h1><p>Text.</p>")
    assert read_title(page) == declared.split(" | ")[0]
    assert page.headline_element.text == heading  # the date and byline are still read under it


@pytest.mark.parametrize(
    ("heading", "declared"),
    [
        ("Storm closes the harbour road", "Weather warnings for the coast"),  # no full stop
        ("Prices rose again in the U.S.", "Inflation report"),  # an abbreviation's stop
        ("Time to say goodbye.", "Home"),  # the declared title is a page label
    ],
)
def test_other_headings_no_declared_title_confirms_stay_the_headline(heading, declared):
    assert read_title(page_of(f"<title>{declared}</title>", f"<h1>{heading}</h1><p>Text.</p>")) == heading


@pytest.mark.parametrize(
    ("declared", "headline"),
    [
        ("Printer drops to offline mode / Debian User Forums", "Printer drops to offline mode"),
        ("Best tyres for gravel? - Cycling Forum", "Best tyres for gravel?"),
        ("Router verliert die Verbindung - ComputerBase Forum", "Router verliert die Verbindung"),
        ("Mobile Hotspot not working – Microsoft Community", "Mobile Hotspot not working"),
        ("Problem gelöst – danke an die Community", "Problem gelöst – danke an die Community"),  # a phrase
    ],
)
def test_a_forums_name_after_the_thread_title_is_no_part_of_it(declared, headline):
    assert read_title(page_of(f"<title>{declared}</title>", "<p>Text.</p>")) == headline


@pytest.mark.parametrize(
    ("heading", "declared"),
    [
        ("Grow with every season", "Greenhouse Kits and Supplies | Sproutly"),
        ("Your ledger, always balanced", "Bookkeeping Software for Bakeries"),
    ],
)
def test_a_website_pages_banner_heading_gives_way_to_its_declared_title(heading, declared):
    head = f"<meta property='og:type' content='website'><title>{declared}</title>"
    page = page_of(head, f"<h1>{heading}</h1><p>Text.</p>")
    assert read_title(page) == declared.split(" | ")[0]
    assert page.headline_element.text == heading


def test_an_articles_heading_no_declared_title_confirms_stays_the_headline():
    head = "<meta property='og:type' content='article'><title>Bookkeeping Software for Bakeries</title>"
    page = page_of(head, "<h1>Your ledger, always balanced</h1><p>Text.</p>")
    assert read_title(page) == "Your ledger, always balanced"


def test_a_website_pages_heading_stays_when_its_declared_title_is_the_sites_name():
    head = "<meta property='og:type' content='website'><meta property='og:site_name' content='Sproutly Shop'>"
    head += "<meta property='og:title' content='Sproutly Shop'>"
    page = page_of(head, "<h1>Watering cans restocked</h1><p>Text.</p>")
    assert read_title(page) == "Watering cans restocked"


@pytest.mark.parametrize(
    ("heading", "declared"),
    [("Camp Stoves", "Camping Stoves: Top Rated Camp Stoves"), ("Nachhaltig leben", "Nachhaltiger leben")],
)
def test_a_website_pages_heading_in_its_declared_titles_words_stays_the_headline(heading, declared):
    head = f"<meta property='og:type' content='website'><meta property='og:title' content='{declared}'>"
    assert read_title(page_of(head, f"<h1>{heading}</h1><p>Text.</p>")) == heading


def test_a_heading_classed_as_the_blogs_title_is_the_headline_the_page_declares():
    ld = '{"@type": "BlogPosting", "headline": "Five ways to keep basil alive indoors"}'
    head = "<title>Keeping basil alive - Windowsill Notes</title>"
    head += f"<script type='application/ld+json'>{ld}</script>"
    body = "<div class='blog-title'><h1>Five ways to keep basil alive indoors</h1></div><p>Text.</p>"
    assert read_title(page_of(head, body)) == "Five ways to keep basil alive indoors"
    marked = "<header class='blog-title-block'><h1 itemprop='headline'>Repotting a fig tree</h1></header>"
    assert read_title(page_of("<title>Fig care guide</title>", marked + "<p>Text.</p>")) == (
        "Repotting a fig tree"
    )


def test_a_site_name_marked_as_headline_that_links_home_stays_the_sites_name():
    head = "<title>Rain Jackets – Northside Outfitters</title>"
    body = (
        "<p class='site-title' itemprop='headline'><a href='https://northside.example/' rel='home'>"
        "Northside Outfitters</a></p><h1>Rain Jackets</h1><p>Text.</p>"
    )
    assert read_title(page_of(head, body)) == "Rain Jackets"


def test_a_section_heading_repeating_part_of_the_title_does_not_replace_the_h1():
    head = "<title>What is a heat pump? [How it works + costs] | Warmhaus</title>"
    body = "<h1>What is a heat pump, and is it worth it?</h1><h2>What is a heat pump?</h2><p>Text.</p>"
    assert read_title(page_of(head, body)) == "What is a heat pump, and is it worth it?"


def test_an_h2_showing_part_of_the_title_is_the_headline_of_a_page_without_h1():
    head = "<title>Winter cycling: a beginner's kit list - Spoke Diaries</title>"
    body = "<h2>Winter cycling: a beginner's kit list</h2><p>Text.</p>"
    assert read_title(page_of(head, body)) == "Winter cycling: a beginner's kit list"


def test_a_field_whose_label_is_hidden_shows_its_text_in_the_heading():
    head = "<title>Rose care through the year | City Gardens</title>"
    body = (
        "<h1 class='page-title'><span class='field field--name-title field--label-hidden'>"
        "Pruning roses in March</span></h1><p>Text.</p>"
    )
    assert read_title(page_of(head, body)) == "Pruning roses in March"
    hidden = "<h1>Pruning roses in March<span class='visually-hidden'> (opens a menu)</span></h1>"
    assert read_title(page_of(head, hidden + "<p>Text.</p>")) == "Pruning roses in March"


def test_of_two_headings_in_the_title_the_one_it_names_first_is_the_headline():
    head = "<title>Connection pooling — Quarry Database Reference Manual</title>"
    body = "<h1>Quarry Database Reference Manual</h1><h1>Connection pooling</h1><p>Text.</p>"
    assert read_title(page_of(head, body)) == "Connection pooling"
