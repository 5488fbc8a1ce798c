import pytest
from trafilatura.utils import load_html

from cleaners.html.metadata.authors import read_authors
from cleaners.html.metadata.title import read_title
from cleaners.html.page import HtmlPage


def page(head: str, body: str = "<h1>Notes on bread</h1><p>Flour, water, salt.</p>") -> HtmlPage:
    return HtmlPage(load_html(f"<html><head>{head}</head><body>{body}</body></html>"))


def test_json_ld_people_come_first_and_organisations_are_skipped():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Organization", "name": "Harbour Times"}, {"@type": "Person", "name": "Maria Jensen"}]}'
        "</script>"
    )
    assert read_authors(page(head)) == ["Maria Jensen"]


@pytest.mark.parametrize(
    ("key", "kind", "name"),
    [
        ("author", "Organization", "Center for Drug Evaluation and Research"),
        ("publisher", "GovernmentOrganization Organization", "Office of Science and Technology Policy"),
        ("creator", "Organization", "Bureau of Labor Statistics & Research"),
    ],
)
def test_an_organisation_the_article_declares_is_one_name_not_a_list(key, kind, name):
    kinds = ", ".join(f'"{k}"' for k in kind.split())
    head = (
        f'<meta name="dcterms.creator" content="{name}">'
        '<script type="application/ld+json">'
        f'{{"@type": "Article", "{key}": {{"@type": [{kinds}], "name": "{name}"}}}}</script>'
    )
    assert read_authors(page(head)) == [name]


def test_names_joined_by_and_are_still_two_people_beside_a_declared_organisation():
    head = (
        '<meta name="author" content="Maria Jensen and Tom Berg">'
        '<script type="application/ld+json">{"@type": "Article", "publisher": '
        '{"@type": "Organization", "name": "Harbour Times"}}</script>'
    )
    assert read_authors(page(head)) == ["Maria Jensen", "Tom Berg"]


def test_a_first_name_is_completed_by_the_byline_the_page_shows():
    head = '<meta name="author" content="Todd">'
    body = "<h1>Notes on bread</h1><p class='byline'>By Todd Bates</p><p>Flour, water, salt.</p>"
    assert read_authors(page(head, body)) == ["Todd Bates"]


def test_no_source_no_author():
    assert read_authors(page("")) == []


def test_an_author_box_is_read_block_by_block():
    body = (
        "<h1>Notes on bread</h1><div class='author-box'><div class='author-name'><span>By</span>"
        "<a href='/team/lena-okafor'>Lena Okafor</a><div class='author-role'>Senior Food Writer</div>"
        "<div class='post-date'>March 3, 2024</div></div></div><p>Flour, water, salt.</p>"
    )
    assert read_authors(page("", body)) == ["Lena Okafor"]


def test_a_name_glued_to_its_date_by_the_markup_is_kept_apart():
    body = (
        "<h1>Notes on bread</h1><div class='post-author'><p>Rafael Ortiz</p><small>Nov 8, 2023</small></div>"
        "<p>Flour, water, salt.</p>"
    )
    assert read_authors(page("", body)) == ["Rafael Ortiz"]


def test_markup_in_a_json_ld_name_is_read_as_its_text():
    head = (
        '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Person", '
        '"name": "<a href=\\"/en/people/tove-lind\\" hreflang=\\"en\\">Tove Lind</a>"}}</script>'
    )
    assert read_authors(page(head)) == ["Tove Lind"]


def test_authors_in_capitals_are_written_as_names():
    assert read_authors(page('<meta name="author" content="KARL-HEINZ MCALLISTER">')) == [
        "Karl-Heinz McAllister"
    ]


def test_a_label_or_a_rights_notice_alone_is_no_author():
    body = (
        "<h1>Notes on bread</h1><p class='byline'>Por</p><p>Flour, water, salt.</p>"
        "<p>© 2023 Riproduzione riservata</p>"
    )
    assert read_authors(page("", body)) == []


def test_a_bold_subheading_is_no_signature():
    text = "<p>" + "Dough rests overnight in a cool place before it is shaped and baked. " * 3 + "</p>"
    body = f"<h1>Notes on bread</h1>{text}<p><strong>What You Need</strong></p>{text}"
    body += "<p><b>Oven Settings:</b></p>"
    assert read_authors(page("", body)) == []


def test_a_name_signed_under_the_text():
    text = "<p>" + "Dough rests overnight in a cool place before it is shaped and baked. " * 3 + "</p>"
    assert read_authors(page("", f"<h1>Notes on bread</h1>{text}<p><em>Greta Lindqvist</em></p>")) == [
        "Greta Lindqvist"
    ]


def test_the_user_who_opened_a_forum_thread():
    body = (
        "<header><a href='/members/guest.1/' class='username'>Log in</a></header>"
        "<h1>Which hinges for a heavy oak gate?</h1>"
        "<article class='message'><h4 class='message-name'><a href='/members/oakfan_77.9021/' "
        "class='username'>oakfan_77</a></h4><div class='bbWrapper'>My gate weighs 40 kg.</div></article>"
        "<article class='message'><a href='/members/hinge-guru.12/' class='username'>hinge-guru</a></article>"
    )
    thread = page("", body)
    read_title(thread)  # the thread's posts follow its headline
    assert read_authors(thread) == ["oakfan_77"]
    phpbb = (
        "<h1>Sourdough starter smells of acetone</h1><p class='author'>by "
        "<a href='./memberlist.php?mode=viewprofile&u=52'>Brotbaeckerin</a> » 12 Mar 2021</p>"
    )
    thread = page("", phpbb)
    read_title(thread)
    assert read_authors(thread) == ["Brotbaeckerin"]


def test_a_microdata_name_given_as_a_meta_tag():
    body = (
        "<h1>How do I pin a dependency?</h1><p>Question text.</p><div class='user-info' itemprop='author' "
        "itemscope itemtype='https://schema.org/Person'><a href='/users/77/quill'>quill_dev</a>"
        "<meta itemprop='name' content='quill_dev'><span>1,204 reputation</span></div>"
    )
    assert read_authors(page("", body)) == ["quill_dev"]


def test_a_bold_line_above_the_headline_is_no_signature():
    text = "<p>" + "Dough rests overnight in a cool place before it is shaped and baked. " * 3 + "</p>"
    body = f"<aside><p><strong>Bakers Club</strong></p></aside>\n<h1>Notes on bread</h1>\n{text}"
    assert read_authors(page("", body)) == []


def test_quotes_around_a_name_and_a_guillemet_after_it():
    assert read_authors(page('<meta name="author" content="&quot;Mira Castell&quot;">')) == ["Mira Castell"]
    body = "<h1>Notes on bread</h1><p class='author'>by Tomasz Wrona » Sat Mar 02, 2024 7:10 pm</p>"
    assert read_authors(page("", body)) == ["Tomasz Wrona"]


def test_the_names_a_byline_links_to_their_author_pages():
    body = (
        "<h1>Notes on bread</h1><div class='author-box'><a href='/author/ines-morales/'>Ines Morales</a>"
        "<span class='author-role'>Founder &amp; Head Baker</span></div><p>Flour, water, salt.</p>"
    )
    assert read_authors(page("", body)) == ["Ines Morales"]
    two = (
        "<h1>Notes on bread</h1><p class='byline'><a href='/people/ken-ito'>Ken Ito</a> "
        "<span>and</span> <a href='/people/ada-brandt'>Ada Brandt</a>, Science Desk</p>"
    )
    assert read_authors(page("", two)) == ["Ken Ito", "Ada Brandt"]


def test_a_declared_name_in_lowercase_is_written_as_a_name():
    assert read_authors(page('<meta name="author" content="maren holt">')) == ["Maren Holt"]
    # In the text, lowercase words after "by" are words ("by mid morning"), not a name.
    assert read_authors(page("", "<h1>Notes on bread</h1><p class='byline'>by mid morning</p>")) == []


def test_forum_posters_marked_in_other_ways():
    for poster in (
        "<h3 class='PostUser-name'>wren_talks</h3>",
        "<a class='bigusername' href='/p?id=4'>wren_talks</a>",
        "<a href='/u/wren_talks'>wren_talks</a>",
    ):
        thread = page(
            "", f"<h1>Which soil for blueberries?</h1><article>{poster}<p>Acidic, I read.</p></article>"
        )
        read_title(thread)
        assert read_authors(thread) == ["wren_talks"]


def test_a_scholarly_meta_tag_writes_the_surname_first():
    head = '<meta name="citation_author" content="Okafor, Chidi A.">'
    head += '<meta name="citation_author" content="Lund, Maja">'
    assert read_authors(page(head)) == ["Chidi A. Okafor", "Maja Lund"]
    assert read_authors(page('<meta name="DC.creator" content="Brandt, Ilse">')) == ["Ilse Brandt"]


def test_a_surname_first_tag_keeps_a_credential_and_agencies_as_written():
    credited = page('<meta name="citation_author" content="Eliza Moreno, PhD">')
    assert read_authors(credited) == ["Eliza Moreno, PhD"]
    assert read_authors(page('<meta name="dc.creator" content="AFP, Reuters">')) == ["AFP", "Reuters"]


@pytest.mark.parametrize(
    ("head", "body", "authors"),
    [
        ('<meta name="author" content="Tomas Reyes, MPH">', "", ["Tomas Reyes, MPH"]),
        ('<meta name="author" content="NORA HOLT, MD, FACP">', "", ["Nora Holt, MD, FACP"]),
        ("", "<p class='byline'>Written by Lena Ortiz, Ph.D.</p>", ["Lena Ortiz, Ph.D."]),
        ("", "<p class='author'>By Ada Okoye, CFA®</p>", ["Ada Okoye, CFA®"]),
        ("", "<p class='author'>By Ivo Berg, DVM*</p>", ["Ivo Berg, DVM"]),  # a footnote's star
        ('<meta name="author" content="Jane Doe, Staff Writer">', "", ["Jane Doe"]),  # a role, no credential
    ],
)
def test_a_name_keeps_the_credentials_written_after_it(head, body, authors):
    assert read_authors(page(head, f"<h1>Notes on bread</h1>{body}<p>Flour, water, salt.</p>")) == authors


def test_a_person_typed_in_lower_case_is_a_person():
    head = (
        '<script type="application/ld+json">{"@type": "BlogPosting", "author": '
        '{"@type": "person", "name": "Ravi Menon"}}</script>'
    )
    assert read_authors(page(head)) == ["Ravi Menon"]


def test_a_declared_author_the_page_never_shows_yields_to_its_byline():
    head = '<meta name="author" content="Oskar Lindqvist">'
    body = "<h1>Notes on bread</h1><p>By Hanna Berglund</p><p>Flour, water, salt.</p>"
    assert read_authors(page(head, body)) == ["Hanna Berglund"]


def test_a_declared_author_the_page_shows_stands():
    head = '<meta name="author" content="Oskar Lindqvist">'
    body = (
        "<h1>Notes on bread</h1><p>By Hanna Berglund</p><p>Flour, water, salt.</p>"
        "<footer>Page maintained by Oskar Lindqvist</footer>"
    )
    assert read_authors(page(head, body)) == ["Oskar Lindqvist"]


def owned(site: str, url: str) -> list[str]:
    html = f"""<html><head><meta property="og:site_name" content="{site}"><link rel="canonical" href="{url}">
    </head><body><h1>Self-hosting a mail server</h1><p>It is easier than it sounds.</p></body></html>"""
    return read_authors(HtmlPage(load_html(html)))


def test_a_personal_site_without_a_byline_credits_its_owner():
    assert owned("Ruth Okafor's blog", "https://example.org/posts/mail") == ["Ruth Okafor"]
    assert owned("Tomas Lindqvist’s notes", "https://tomaslindqvist.net/posts/mail") == ["Tomas Lindqvist"]


def test_a_site_named_as_a_brand_names_no_owner():
    # Two name-shaped words, even the ones its address spells, are as often a brand's.
    assert owned("Harbour Lights", "https://example.org/posts/mail") == []
    assert owned("Harbour Lights", "https://harbourlights.com/posts/mail") == []
    assert owned("Lindqvist Data Blog", "https://lindqvist.example.com/mail") == []
