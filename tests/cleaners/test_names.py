import re

import pytest
from lxml.html import fromstring

from cleaners.html.page import HtmlPage
from cleaners.lexicon.bylines import LABELS, LINE_LABELS, MARKED_LABELS, NAME_PARTICLES, words_of
from cleaners.names import (
    LABEL,
    after_label,
    is_name,
    is_name_shaped,
    names_in,
    parse_byline,
    split_names,
    title_cased,
)

SITE = "<html><head><meta property='og:site_name' content='CNN'></head></html>"


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By Jane Doe, CNN", ["Jane Doe"]),
        ("Von Max Muster und Erika Mustermann", ["Max Muster", "Erika Mustermann"]),
        ("Par Claire Dubois · 3 mai 2021", ["Claire Dubois"]),
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
        ("Christoph von Ritter", ["Christoph von Ritter"]),  # "von" inside a name is no label
        ("Autor: Peter Maahn/SP-X", ["Peter Maahn", "SP-X"]),
        ("Jane Doe Chefredakteurin", ["Jane Doe"]),
        ("https://www.facebook.com/janedoe", []),
        ("Foto: Ingo Schneider", []),
        ("Posted on", []),
        ("cipha[at]cipha.net", []),
        ("Harbour Polytechnic Institute ©", ["Harbour Polytechnic Institute"]),
        ("Sort by Relevance", []),
    ],
)
def test_names_in_bylines(byline, names):
    assert names_in([byline], HtmlPage(fromstring(SITE))) == names


def test_name_shapes():
    assert is_name_shaped("Anna von Heyden")
    assert is_name_shaped("jdoe42")
    assert not is_name_shaped("mit Streuseln")
    assert not is_name_shaped("von")


@pytest.mark.parametrize(
    "line, names, outlet",
    [
        ("By Maria Gonzalez, The Daily Ledger", ["Maria Gonzalez"], "The Daily Ledger"),
        ("By TOM O'NEILL, Northern Post", ["Tom O'Neill"], "Northern Post"),
        ("By Ana Ruiz and Ben Cole", ["Ana Ruiz", "Ben Cole"], None),
        ("Written by Kwame Mensah | Reuters", ["Kwame Mensah"], "Reuters"),
        ("By Lena Fischer, Staff Writer", ["Lena Fischer"], None),
        ("Reporting by Sam Holt in Oslo; Editing by Ed Price", ["Sam Holt"], None),
    ],
)
def test_bylines(line, names, outlet):
    assert parse_byline(line) == (names, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week, the ceasefire had collapsed.",
        "By 2030, the city wants all buses to be electric.",
        "By Monday, the talks had stalled",
        "By contrast, the suburbs voted for change.",
    ],
)
def test_sentences_starting_with_by_are_no_bylines(line):
    assert parse_byline(line) is None


def test_name_with_reading_time_is_a_byline():
    assert parse_byline("Sarah Lindqvist | 3 min read") == (["Sarah Lindqvist"], None)
    assert parse_byline("Budget cuts | 3 min read") is None


@pytest.mark.parametrize("label", words_of(LABELS))
def test_labels_of_both_ways_open_a_byline_in_both(label):
    assert parse_byline(f"{label.title()} Jane Doe") == (["Jane Doe"], None)
    assert names_in([f"{label.title()} Jane Doe"], HtmlPage(fromstring(SITE))) == ["Jane Doe"]


@pytest.mark.parametrize("label", [label for label in words_of(MARKED_LABELS) if label.isascii()])
def test_labels_of_marked_bylines_are_not_read_at_a_line_start(label):
    assert parse_byline(f"{label.title()} Jane Doe") is None
    assert names_in([f"{label.title()}: Jane Doe"], HtmlPage(fromstring(SITE))) == ["Jane Doe"]


@pytest.mark.parametrize("label", words_of(LINE_LABELS))
def test_labels_of_the_text_way_alone(label):
    assert parse_byline(f"{label.upper()} Jane Doe") == (["Jane Doe"], None)


def test_the_text_way_joins_names_with_english_words_only():
    assert parse_byline("By Ana Ruiz and Ben Cole") == (["Ana Ruiz", "Ben Cole"], None)
    assert parse_byline("Von Katzen und Hunden") is None
    assert parse_byline("Por Juan E. Pérez") == (["Juan E. Pérez"], None)


@pytest.mark.parametrize("particle", NAME_PARTICLES)
def test_particles_inside_a_name_in_both_ways(particle):
    assert is_name(f"Anna {particle} Heyden")
    assert is_name_shaped(f"Anna {particle} Heyden")


def test_a_role_after_the_names_is_no_outlet_or_name():
    assert parse_byline("By Ana Ruiz, Journalist") == (["Ana Ruiz"], None)
    page = HtmlPage(fromstring(SITE))
    assert names_in(["Tom Baker, columnist"], page) == ["Tom Baker"]
    assert names_in(["Jane Doe, Redakteurin"], page) == ["Jane Doe"]
    assert names_in(["Jane Doe, PhD"], page) == ["Jane Doe"]


def test_months_and_weekdays_end_an_html_byline_and_start_no_name():
    page = HtmlPage(fromstring(SITE))
    assert names_in(["Par Claire Dubois 3 décembre 2019"], page) == ["Claire Dubois"]
    assert names_in(["Jane Doe Montag"], page) == ["Jane Doe"]
    assert names_in(["Jänner 2013"], page) == []
    assert names_in(["May Lee"], page) == ["May Lee"]  # a month that is also a first name
    # Other months as first names: a capitalised surname follows, no number, no other month.
    assert names_in(["By April Kowalski"], page) == ["April Kowalski"]
    assert names_in(["June Ito Marsh"], page) == ["June Ito Marsh"]
    assert names_in(["April 2024"], page) == []
    assert names_in(["March Friday"], page) == []
    assert names_in(["Sunday Herald"], page) == []


def test_what_ends_the_names_of_a_byline():
    page = HtmlPage(fromstring(SITE))
    assert names_in(["By Ravi Menon ⋅ Review Editor ⋅ Updated May 2, 2024"], page) == ["Ravi Menon"]
    assert names_in(["Lea Strand on behalf of the Docs Team"], page) == ["Lea Strand"]
    assert names_in(["Written byLiam Okoro"], page) == ["Liam Okoro"]
    assert names_in(["Tessa KleinReviewed by Omar Haddad"], page) == ["Tessa Klein"]


def test_another_credit_and_a_marked_credential_are_no_names():
    page = HtmlPage(fromstring(SITE))
    assert names_in(["design: Ines Vidal; code: Piet Ruys"], page) == []
    assert names_in(["Hanna Brink, MD*"], page) == ["Hanna Brink"]
    assert names_in(["Olu Adeyemi CPP, PSP"], page) == ["Olu Adeyemi CPP"]


@pytest.mark.parametrize(
    "byline",
    [
        "Rhea Castillo, Registered Dietitian",
        "Rhea Castillo, Director of Partnerships",
        "Rhea Castillo, Head of Content & Community",
        "Rhea Castillo, Tax Attorney at Pell & Pell",
        "Rhea Castillo, Co-Founder",
    ],
)
def test_a_job_after_the_name_is_no_name(byline):
    assert names_in([byline], HtmlPage(fromstring(SITE))) == ["Rhea Castillo"]


def test_after_label_reads_what_stands_before_each_label_as_before():
    """The context before a label, read backwards, is the forward search it replaces."""
    context = re.compile(r"(?:^|[\d·•|,(~:]\s*|\b[^\W\d_A-ZÄÖÜ]\w*\s+|^\W+)$")

    def forward(text: str) -> str:
        for label in LABEL.finditer(text):
            if context.search(text[: label.start()]):
                return text[label.end() :]
        return text

    for text in (
        "Von Max Muster · 3. Mai 2021", "3. Mai 2021 von jdoe", "Walter von Aachen", "CC BY-CC BY Jane",
        "Posted on 3 May 2020 by Jane Doe", "— by Jane", "écrit par Jean", "Foto: dpa, Text: Max Muster",
    ):  # fmt: skip
        assert after_label(text) == forward(text), text
    assert after_label("CC BY-" * 20_000 + "x") == "CC BY-" * 20_000 + "x"  # no context: at once


@pytest.mark.parametrize(
    "alone", ["Por", "By", "Von", "Editor", "Staff", "编辑", "记者", "Dec.", "Sat", "Mai", "Autor"]
)
def test_a_bylines_word_alone_is_no_name(alone):
    page = HtmlPage(fromstring("<html><body></body></html>"))
    assert names_in([alone], page) == []
    assert not is_name_shaped(alone)


def test_credentials_after_the_name_are_no_names():
    page = HtmlPage(fromstring("<html><body></body></html>"))
    assert names_in(["Oona Vartia, MD, MPH"], page) == ["Oona Vartia"]
    assert names_in(["Lior Ben-Ami, Ph.D."], page) == ["Lior Ben-Ami"]
    assert names_in(["Tess Ryder, CFP®"], page) == ["Tess Ryder"]


@pytest.mark.parametrize(
    "notice",
    ["RIPRODUZIONE RISERVATA", "All Rights Reserved", "Alle Rechte vorbehalten", "Tous droits réservés"],
)
def test_a_rights_notice_is_no_name(notice):
    page = HtmlPage(fromstring("<html><body></body></html>"))
    assert names_in([notice], page) == []
    assert not is_name_shaped(notice)


def test_markup_is_no_name():
    page = HtmlPage(fromstring("<html><body></body></html>"))
    assert names_in(['<a href="', 'reporters/ola-nordmann" lang="nb">Ola Nordmann<'], page) == []
    assert names_in(['<a href="/reporters/ola-nordmann">Ola Nordmann</a>'], page) == []


def test_a_byline_label_in_a_block_of_its_own():
    page = HtmlPage(fromstring("<html><body></body></html>"))
    assert names_in(["By · Priya Raman · Health desk"], page) == ["Priya Raman"]


@pytest.mark.parametrize(
    "written, name",
    [
        ("JOHN SMITH", "John Smith"),
        ("MARIE VAN DER BERG", "Marie van der Berg"),
        ("SEAN O'NEILL-MCKAY", "Sean O'Neill-McKay"),
        ("ÉLODIE ÉTIENNE", "Élodie Étienne"),
        ("ANNA von HEYDEN", "Anna von Heyden"),
        ("Jane DOE", "Jane DOE"),  # not all in capitals: the page's spelling
        ("CNN", "CNN"),  # one word in capitals: an acronym
        ("Tomás de la Fuente", "Tomás de la Fuente"),
    ],
)
def test_names_in_capitals_are_title_cased(written, name):
    assert title_cased(written) == name


@pytest.mark.parametrize(
    "names, expected",
    [
        ("Jane Doe, John Smith, and Mary Major", ["Jane Doe", "John Smith", "Mary Major"]),
        ("Anna Weber, Paul Roth, und Eva Kern", ["Anna Weber", "Paul Roth", "Eva Kern"]),
        ("Jane Doe, Andrew Smith", ["Jane Doe", "Andrew Smith"]),  # a name that starts like "and"
        ("A. Li & B. Wu; C. Ode", ["A. Li", "B. Wu", "C. Ode"]),
    ],
)
def test_names_split_at_commas_conjunctions_and_oxford_commas(names, expected):
    assert split_names(names) == expected
