"""The cards of a page without a main region (html/cards.py): the container whose children
repeat one shape, each with a line or two of text."""

from cleaners.html.cards import card_container
from cleaners.html.page import parse_page

JOBS = [
    ("Night baker", "Full time, early starts, town centre bakery"),
    ("Delivery rider", "Own bicycle needed, weekend shifts paid weekly"),
    ("Shop assistant", "Part time, till and stock work, staff discount"),
    ("Cake decorator", "Two years of experience, wedding orders mostly"),
    ("Kitchen porter", "Evenings, washing up and deliveries, meals included"),
]


def page(body: str):
    return parse_page(f"<html><head><title>t</title></head><body>{body}</body></html>")


def job_list() -> str:
    items = "".join(
        f'<li class="job job-{n}"><a href="/jobs/{n}">{title}</a><p>{line}</p></li>'
        for n, (title, line) in enumerate(JOBS)
    )
    return f'<ul class="vacancies">{items}</ul>'


def test_the_cards_are_the_repeated_children_holding_the_most_words():
    # A menu repeats its items too, but each is a word or two; item numbers in the classes
    # ("job-3") do not make the cards differ in shape.
    entries = "".join(f"<div class='l'><a href='/{w}'>{w}</a></div>" for w in "abcdef")
    menu = f"<div class='links'>{entries}</div>"
    found = card_container(page(f"{menu}<h1>Jobs in town</h1>{job_list()}"))
    assert found is not None and found.get("class") == "vacancies"


def test_menus_and_the_footer_are_no_cards():
    footer = f"<footer>{job_list()}</footer>"
    menu = "<ul>" + "".join(f"<li><a href='/{w}'>{w} page</a></li>" for w in "abcdef") + "</ul>"
    assert card_container(page(f"{menu}<p>Nothing listed here today.</p>{footer}")) is None


def test_posts_of_hundreds_of_words_are_no_cards():
    post = " ".join(["The committee met again and talked the matter over at length."] * 20)
    posts = "".join(f"<div class='post'><h3>Reply {n}</h3><p>{post}</p></div>" for n in range(5))
    assert card_container(page(f"<div class='thread'>{posts}</div>")) is None
