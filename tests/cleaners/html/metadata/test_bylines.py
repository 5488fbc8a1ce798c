import pytest
from trafilatura.utils import load_html

from cleaners.html.metadata import read_metadata
from cleaners.html.metadata.bylines import byline_authors, byline_elements, text_bylines
from cleaners.html.page import HtmlPage


def page(html: str) -> HtmlPage:
    return HtmlPage(load_html(html))


def test_commenters_are_not_authors():
    page = """<html><body><article><h1>Notes on bread</h1><p>Flour, water, salt.</p></article>
    <div id="comments"><p>Von Peter Maier am 4. Mai 2021</p><span class="comment-author">Jo</span></div>
    </body></html>"""
    assert read_metadata(HtmlPage(load_html(page))).author == []


def test_byline_markup_gives_its_name():
    byline = "<span class='byline'>By Jane Doe</span>"
    found = page(f"<html><body><h1>Notes on bread</h1>{byline}<p>Flour.</p></body></html>")
    assert byline_authors(found) == ["By Jane Doe"]


def test_text_byline_after_a_date():
    found = page("<html><body><h1>Notes</h1><p>3. Mai 2021 von Jana Weber</p><p>Mehl.</p></body></html>")
    assert text_bylines(found) == ["Jana Weber"]


def test_a_heading_label_opens_a_text_byline_before_a_colon_only():
    with_colon = page("<html><body><h1>Notes</h1><p>Text: Max Muster</p><p>Mehl.</p></body></html>")
    without = page("<html><body><h1>Notes</h1><p>Text Max Muster</p><p>Mehl.</p></body></html>")
    assert text_bylines(with_colon) == ["Max Muster"]
    assert text_bylines(without) == []


def test_a_writing_verb_and_its_by_make_a_byline_wherever_it_stands():
    found = page("<html><body><h1>Notes</h1><p>Mehl.</p><div>Geschrieben von Jana Weber</div></body></html>")
    assert text_bylines(found) == ["Jana Weber"]


def test_every_kind_of_byline_mark_is_found():
    marks = [
        'class="td-post-author-name"',
        'class="documentByLine"',
        'class="article_autor"',
        'id="auteur"',
        'class="post-writer"',
        'class="postedBy"',
        'data-testid="posted-by"',
        'class="submitted"',
        'class="AUTHOR"',
        'itemprop="creator"',
        'rel="author"',
    ]
    spans = "".join(f"<span {mark}>Jane Doe</span>" for mark in marks)
    others = "<span class='auth-box'>x</span><span id='post-date'>x</span>"
    found = page(f"<html><body><h1>Notes</h1><p>{spans}{others}</p></body></html>")
    assert len(byline_elements(found)) == len(marks)


def test_a_byline_in_the_article_is_read_whatever_classes_wrap_the_article():
    # A layout class of what holds <main> ("offset-nav") says nothing of the byline inside.
    html = (
        "<html><body><div class='shell offset-nav'><main><article><h1>Notes</h1>"
        "<div><p>Written by</p><p>Priya Raman</p></div><p>Flour.</p></article></main></div></body></html>"
    )
    assert text_bylines(page(html)) == ["Priya Raman"]
    menu = "<html><body><h1>Notes</h1><nav><ul><li><p>Written by</p><p>Priya Raman</p></li></ul></nav>"
    assert text_bylines(page(menu)) == []


def test_a_date_written_out_then_a_name():
    html = (
        "<html><body><h1>Notes</h1><div>Mar. 4, 2024 · Oskar Lindqvist on behalf of "
        "<a href='/teams/docs'>the Docs Team</a></div><p>Flour.</p></body></html>"
    )
    assert text_bylines(page(html)) == ["Oskar Lindqvist"]
    assert text_bylines(page("<html><body><h1>N</h1><p>12 June 2023 - Mara Quist</p></body></html>")) == [
        "Mara Quist"
    ]


def test_an_author_box_gives_the_name_before_the_bio():
    bio = "is a garden writer who has tested irrigation kits on three allotments since 2016. " * 2
    html = (
        "<html><body><h1>Notes</h1><p>Flour.</p><div class='post_author-box'><div>Selma Ekdahl</div>"
        f"<p>Selma Ekdahl {bio}</p></div></body></html>"
    )
    assert read_metadata(page(html)).author == ["Selma Ekdahl"]
    about = f"<html><body><h1>Notes</h1><div class='author-box'><div>About us</div><p>We {bio}</p></div>"
    assert read_metadata(page(about)).author == []


def test_a_post_classed_with_its_authors_name_and_a_block_without_byline_are_no_bylines():
    html = (
        "<html><body><h1>Notes</h1><p>Flour.</p>"
        "<div class='shop-item hentry author-ada-vos'><a href='/p/1'>Back Soon!</a> Rye flour 1 kg</div>"
        "<div class='post-meta no-byline'>Start » Baking Guides » Rye</div></body></html>"
    )
    assert read_metadata(page(html)).author == []


def test_a_job_and_an_employer_after_the_name():
    html = (
        "<html><body><h1>Notes</h1><div class='author-details'>Tomas Berg, VP, Trust and Safety, Kelda"
        "</div><p>Flour.</p></body></html>"
    )
    assert read_metadata(page(html)).author == ["Tomas Berg"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("<span>Mar 3, 2024</span><span>Odile K. Varga</span>", ["Odile K. Varga"]),
        ("<span>14.05.2023</span><span>Henrik Vogt</span>", ["Henrik Vogt"]),
        ("<b>Rosa Lindqvist</b><span>Head Gardener</span>", ["Rosa Lindqvist"]),
    ],
)
def test_inline_parts_side_by_side_are_read_apart(byline, names):
    body = f"<h1>Frost comes early</h1><div class='postAuthorBox'>{byline}</div><p>Text.</p>"
    assert read_metadata(page(f"<html><body>{body}</body></html>")).author == names


def test_names_in_the_labels_own_block_outlast_a_text_block_after_it():
    byline = "<p>von Jana Weber - 2024-05-02<br>Aktualisiert: 2024-05-03</p>"
    found = page(f"<html><body><h1>Brot</h1>{byline}<p>Mehl.</p></body></html>")
    assert text_bylines(found) == ["Jana Weber"]


def test_a_link_after_the_label_bounds_the_name():
    name = "<a href='/contributors/ines'>Inès M. Duval</a>"
    links = f"<p>By {name} <a href='/print'>Read the print issue</a></p>"
    found = page(f"<html><body><h1>Motors for robots</h1>{links}<p>Torque first.</p></body></html>")
    assert text_bylines(found) == ["Inès M. Duval"]


def test_a_link_after_the_label_with_words_that_are_no_name_gives_none():
    links = "<p>By <a href='/print'>Read the print issue</a> today</p>"
    found = page(f"<html><body><h1>Motors for robots</h1>{links}<p>Torque first.</p></body></html>")
    assert text_bylines(found) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "By clicking Subscribe you agree to our terms.",
        "By continuing, you accept the use of cookies.",
        "Load times fell by half by caching the results.",
    ],
)
def test_a_gerund_after_by_says_how_not_who(sentence):
    found = page(f"<html><body><h1>Motors for robots</h1><p>{sentence}</p><p>Torque first.</p></body></html>")
    assert text_bylines(found) == []


def test_a_link_after_by_and_other_words_is_no_name():
    consent = "<p>By signing up, I accept the shop's <a href='/privacy'>Privacy Notice</a>.</p>"
    found = page(f"<html><body><h1>Motors for robots</h1><p>Torque first.</p>{consent}</body></html>")
    assert text_bylines(found) == []


def test_a_long_lowercase_user_name_after_the_label_is_still_read():
    meta = "<div class='meta'>Filed in <a href='/c/news'>News</a> by harbourwatcher on May 3, 2021</div>"
    found = page(f"<html><body><h1>Harbour notes</h1>{meta}<p>The tide came in.</p></body></html>")
    assert text_bylines(found) == ["harbourwatcher"]


@pytest.mark.parametrize(
    "heading", ["Explore Courses <span>By Category</span>", "Browse by Topic", "Shop by Manufacturer"]
)
def test_what_a_listing_is_browsed_by_is_no_author(heading):
    found = page(f"<html><body><h1>Courses</h1><h2>{heading}</h2><p>Torque first.</p></body></html>")
    assert read_metadata(found).author == []


@pytest.mark.parametrize(
    "element",
    [
        "<li id='docs-access-authorization'><a href='/authz'>Role Bindings</a></li>",
        "<a class='autorefs autorefs-internal' href='#model'>Model()</a>",
        "<div class='authority-badge'>Trusted Seller</div>",
        "<dt id='options--author'><span><code>--author</code></span></dt>",
    ],
)
def test_marks_that_only_start_like_author_and_code_are_no_bylines(element):
    found = page(f"<html><body><h1>Reference</h1>{element}<p>Use it well.</p></body></html>")
    assert byline_elements(found) == []


@pytest.mark.parametrize("mark", ["post-author", "articleAuthor", "autorin", "byline__name", "authorbox"])
def test_author_marks_with_their_endings_are_bylines(mark):
    found = page(f"<html><body><h1>Notes</h1><span class='{mark}'>Jane Doe</span><p>Flour.</p></body></html>")
    assert [element.get("class") for element in byline_elements(found)] == [mark]
