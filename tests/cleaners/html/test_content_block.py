from lxml.html import fromstring

from cleaners import clean
from cleaners.html.content_block import content_block
from cleaners.html.page import HtmlPage

MENU = "<header><nav><a href='/'>Home</a> <a href='/rates'>Rates</a></nav></header>"
FOOTER = "<footer><p>Registered in Wales, company number 0001. Terms. Privacy. Cookies.</p></footer>"
SIDEBAR = "<div class='side'><p>Opening hours: Mon to Fri, 8am to 6pm.</p></div>"
SECTIONS = [
    ("Moving house", "We pack, load and drive your things to the new address on the day you choose."),
    ("Storage", "Dry, alarmed containers rented by the week, with access on weekdays."),
    ("Packing materials", "Boxes, tape and paper delivered before the move, collected after it."),
    ("Office moves", "Desks and servers moved over a weekend, so your staff start on Monday."),
    ("Piano removals", "Uprights and grands moved by a crew trained for them, insured in transit."),
    ("Clearances", "Lofts and garages emptied, with what can be sold or given away kept apart."),
]


def sections_html() -> str:
    return "".join(
        f"<div class='box'><h3>{title}</h3><div><span>{line}</span></div></div>" for title, line in SECTIONS
    )


INTRO = (
    "<p>We have moved families and firms across the county for thirty years, from a single room to "
    "a whole office, and we quote a fixed price after one visit to see what there is to move.</p>"
)


def linked_sections() -> str:
    """Sections of a shape each their own, their lines links: trafilatura drops them as link
    lists, and they are no grid of cards."""
    return "".join(
        f"<div class='{title.split()[0].lower()}'><h3><a href='/s{n}'>{title}</a></h3>"
        f"<div><a href='/s{n}/more'>{line}</a></div></div>"
        for n, (title, line) in enumerate(SECTIONS)
    )


def removals_page() -> bytes:
    """A service page without <main>: an introduction over linked sections, in wrappers
    between header and footer."""
    content = f"<div class='content'><h1>Removals and storage</h1>{INTRO}{linked_sections()}</div>"
    return f"<html><body>{MENU}<div class='wrap'>{content}{SIDEBAR}</div>{FOOTER}</body></html>".encode()


def page_of(raw: bytes) -> HtmlPage:
    return HtmlPage(fromstring(raw))


def test_the_content_block_is_the_deepest_holding_most_of_the_page():
    block = content_block(page_of(removals_page()))
    assert block is not None and block.get("class") == "content"


def test_a_wrapper_of_two_equal_columns_is_the_block_itself():
    # Neither column holds most of the words: the block is the wrapper holding both.
    columns = "".join(f"<div class='col'>{sections_html()}</div>" for _ in range(2))
    raw = f"<html><body>{MENU}<div class='grid'>{columns}</div>{FOOTER}</body></html>".encode()
    block = content_block(page_of(raw))
    assert block is not None and block.get("class") == "grid"


def test_an_empty_body_has_no_block():
    assert content_block(page_of(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")) is None


def test_a_page_without_main_takes_its_content_block_when_trafilatura_kept_little():
    doc = clean(removals_page())
    assert doc.metadata.page_type == "page"
    for _, line in SECTIONS:
        assert line in doc.text
    assert "Opening hours" not in doc.text and "Registered in Wales" not in doc.text


COMMENTS = "".join(
    f"<li class='comment'><p>by reader{n} writes:</p><p>{line} I used them twice, would again.</p></li>"
    for n, (_, line) in enumerate(SECTIONS * 3)
)


def test_a_block_mostly_of_comments_is_none():
    # A post under a thread of comments that outweighs it: the discussion is not the content.
    post = f"<div class='post-outer'><div class='post'><h1>Moving day</h1>{INTRO}</div>"
    raw = f"<html><body>{MENU}{post}<div id='comments'><ul>{COMMENTS}</ul></div></div>{FOOTER}</body></html>"
    assert content_block(page_of(raw.encode())) is None


def test_the_page_s_frame_marked_by_class_is_not_gone_into():
    # A header of links without a <header> tag, most of the page: passed over, and the rest of
    # the page is too little to be its block.
    links = "".join(f"<a href='/p{n}'>Page number {n} of the site</a> " for n in range(60))
    content = f"<div class='content'>{sections_html()}</div>"
    raw = f"<html><body><div class='site-header'>{links}</div><div class='wrap'>{content}</div></body></html>"
    block = content_block(page_of(raw.encode()))
    assert block is None
