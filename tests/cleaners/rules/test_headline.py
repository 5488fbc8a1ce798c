import pytest

from cleaners import clean
from cleaners.document import Metadata
from cleaners.rules.headline import head_size

from .conftest import removed

PROSE = "Scientists said on Wednesday that the glacier had lost a third of its mass since 1990."
title_and_standfirst = ("title", "standfirst")
BODY = "The ferry ran aground on the sandbank at low tide, the coastguard said on Monday."


def test_headline_then_standfirst(apply_rule):
    headline, standfirst = (
        "Glacier shrinks faster than feared in the U.S.",
        "A decade of data shows the loss speeding up",
    )
    text = f"{headline}\n{standfirst}\nBy Jane Doe\n{PROSE}"
    doc = apply_rule(("byline", *title_and_standfirst), text)
    assert doc.metadata.title == "Glacier shrinks faster than feared in the U.S."
    assert doc.metadata.description == "A decade of data shows the loss speeding up"
    assert [line.text for line in doc.kept()] == [PROSE]


@pytest.mark.parametrize(
    ("frame", "date"),
    [
        ("Updated 14 March 2024, 18:05", "2024-03-14"),
        ("4 June 2023 | Science", "2023-06-04"),
        ("March 3, 2025 at 7:30 pm", "2025-03-03"),
        ("Publié le 3 mars 2025 à 09h12", "2025-03-03"),
        ("Mis à jour le 12 janvier 2024 à 18 h 05", "2024-01-12"),
    ],
)
def test_a_dateline_near_the_headline_is_a_frame(apply_rule, frame, date):
    # a dated line too loose for the dateline rule still tells a page's headline, and goes
    # with it (no standfirst: metadata description is what the article is about); its date
    # goes to metadata, so nothing is lost
    text = f"Glacier shrinks faster than feared\n{frame}\n{PROSE}\n{PROSE} Again."
    doc = apply_rule(title_and_standfirst, text)
    assert removed(doc, "title") == ["Glacier shrinks faster than feared", frame]
    assert doc.metadata.description is None
    assert doc.metadata.date == date


def test_an_hour_is_no_date_line_without_a_date(apply_rule):
    # "09h12" reads as a time only beside a date: a line of hours alone is no frame
    text = f"Glacier shrinks faster than feared\nOuvert de 9h30 à 18h00\n{PROSE}"
    assert apply_rule("title", text).removals == []


def test_a_headline_and_standfirst_with_no_frame_stay_in_the_text(apply_rule):
    # a text no rule found a page's frame in may be a clean text already: its first lines are
    # the article's own, the headline goes to title and nothing goes from the text
    text = f"Glacier shrinks faster than feared\nA decade of data shows the loss speeding up\n{PROSE}"
    doc = apply_rule(title_and_standfirst, text)
    assert doc.metadata.title == "Glacier shrinks faster than feared"
    assert doc.removals == [] and doc.metadata.description is None


def test_a_sentence_about_a_day_is_no_frame(apply_rule):
    day = "On 4 June 2023 the team measured the ice again from the air"
    text = f"Glacier shrinks faster than feared\n{day}\n{PROSE}"
    assert apply_rule("title", text).removals == []


def test_repeated_top_paragraph_is_a_standfirst_kept_once(apply_rule):
    lead = "The loss is twice what models predicted a decade ago, the team said."
    doc = apply_rule(title_and_standfirst, f"{lead}\n{PROSE}\n{lead}")
    assert doc.metadata.description == lead
    assert [line.text for line in doc.kept()] == [PROSE, lead]


def test_a_text_repeated_whole_keeps_its_last_copy(apply_rule):
    """A dump of one block over and over (an article dumped twice, a scraper looping) has
    every top line repeated further down: all go but the last copy, read in one pass over
    the long text, not one per line."""
    block = [
        "The ferry operator said services would resume on Friday after the strike ended.",
        "Unions had called the walkout over pay and rosters for the winter timetable.",
        "Passengers were offered refunds or places on the first sailings next week.",
    ]
    doc = apply_rule(title_and_standfirst, "\n".join(block * 5_000))
    assert [line.text for line in doc.kept()] == block
    assert doc.metadata.description == block[0]


def test_sentence_on_top_is_no_title(apply_rule):
    doc = apply_rule(title_and_standfirst, f"{PROSE}\n{PROSE} Again.")
    assert doc.metadata.title is None and doc.removals == []


def test_single_short_line_is_kept(apply_rule):
    doc = apply_rule("title", "Glacier shrinks faster than feared")
    assert removed(doc, "title") == []


def test_html_way_drops_only_the_declared_title_on_top(apply_rule):
    def extracted(text: str):
        declared = Metadata(title="Glacier shrinks faster than feared")
        return apply_rule("title", text, format="html", metadata=declared)

    doc = extracted(f"Glacier shrinks faster than feared\n{PROSE}")
    assert removed(doc, "title") == ["Glacier shrinks faster than feared"]
    doc = extracted(f"A decade of data shows the loss speeding up\n{PROSE}")
    assert doc.removals == []


def test_html_way_with_no_declared_title_guesses_none(apply_rule):
    doc = apply_rule("title", f"Glacier shrinks faster than feared\n{PROSE}", format="html")
    assert doc.removals == []


def test_repeated_top_paragraph_found_whatever_its_case(apply_rule):
    lead = "Die Straße bleibt nach dem Unfall am Montag bis zum Abend gesperrt, sagt die Polizei."
    copy = "DIE STRASSE bleibt nach dem Unfall am Montag bis zum Abend gesperrt, sagt die Polizei."
    doc = apply_rule(title_and_standfirst, f"{lead}\n{PROSE}\n{copy}")
    assert doc.metadata.description == lead
    assert [line.text for line in doc.kept()] == [PROSE, copy]


@pytest.mark.parametrize(
    "caption",
    [
        "Divers search the harbour after the ferry ran aground. (AP Photo/Lena Ortiz)",
        "The mayor at the reopened bridge on Monday (Photo: Tom Berg/Reuters)",
    ],
)
def test_a_credited_caption_under_the_headline_is_no_standfirst(caption):
    # with the caption rule off (a config may keep captions), the caption stays in the text
    body = "The ferry ran aground on the sandbank at low tide, the coastguard said on Monday.\n" * 3
    text = f"Ferry runs aground off the harbour\n{caption}\nBy Jane Doe\n{body}"
    doc = clean(text.encode(), format="text", rules_off=("photo_caption",))
    assert doc.metadata.title == "Ferry runs aground off the harbour"
    assert doc.text.startswith(caption)
    assert clean(doc.text.encode(), format="text", rules_off=("photo_caption",)).text == doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Weitere Informationen finden Sie hier: www.beispiel-verein.de",
        "Click here to read the full report",
        "Our opening hours and prices:",
        "Lesedauer ca. 4 Minuten",
        "Posted 12 March 2024, 08:15",
        "By Jane Doe and Tom Hale",
    ],
)
def test_a_title_is_a_headline_not_a_link_a_label_or_a_byline(apply_rule, line):
    doc = apply_rule(("byline", "title"), f"{line}\nBy Ana Souza\n{PROSE}\n{PROSE}")
    assert doc.metadata.title is None


def test_a_guessed_title_that_is_no_headline_is_dropped(apply_rule):
    known = Metadata(title="Mehr Informationen finden Sie hier: www.example.org")
    doc = apply_rule("title", f"Glacier shrinks faster than feared\n{PROSE}", metadata=known)
    assert doc.metadata.title is None and doc.removals == []


def test_a_dateline_on_top_under_a_known_title_goes(apply_rule):
    # a second cleaning, knowing no title, would take it: the first takes it
    known = Metadata(title="Glacier shrinks faster than feared")
    text = f"By Ana Souza\n12.03.2024, 08:15 Uhr\n{PROSE}\n{PROSE}"
    doc = apply_rule(("byline", "title"), text, metadata=known)
    assert removed(doc, "title") == ["12.03.2024, 08:15 Uhr"]
    assert doc.metadata.title == "Glacier shrinks faster than feared"


@pytest.mark.parametrize(
    "head",
    [
        ["Ferry runs aground off the harbour", "Von Lena Hoffmann am Montag, 3. März 2025 um 09:12 Uhr"],
        ["Le ferry s'échoue devant le port", "Publié le 3 mars 2025 à 09:12"],
    ],
)
def test_a_head_under_the_title_from_above_goes_with_its_dateline(apply_rule, head):
    # the classifier's title above the article, a second headline (or kicker) over a dateline
    # on top of it: the page's head, which a second cleaning, knowing no title, would take
    known = Metadata(title="Harbour news")
    doc = apply_rule(title_and_standfirst, "\n".join([*head, BODY, BODY]), metadata=known)
    assert removed(doc, "title") == head
    assert doc.metadata.title == "Harbour news"
    assert cleaned_again(apply_rule, doc).removals == []


def test_a_headline_over_a_lead_under_the_title_from_above_stays(apply_rule):
    # a dateline under the lead is no frame of the headline: it may be the article's own
    known = Metadata(title="Harbour news")
    head = ["Ferry runs aground off the harbour", "Tides were low on the coast all morning."]
    text = "\n".join([*head, "Posted 3 March 2025, 09:12", BODY, BODY])
    doc = apply_rule(title_and_standfirst, text, metadata=known)
    assert doc.kept()[0].text == head[0]
    assert cleaned_again(apply_rule, doc).removals == []


@pytest.mark.parametrize(
    "frame", ["Donnerstag, 31. Mai 2012", "21.01.2022 Press release", "15 May 2019, 05:28"]
)
def test_a_dateline_on_top_goes_and_the_headline_under_it_is_the_title(apply_rule, frame):
    text = f"{frame}\nFerry runs aground off the harbour\n{BODY}\n{BODY}"
    doc = apply_rule(title_and_standfirst, text)
    assert removed(doc, "title") == [frame, "Ferry runs aground off the harbour"]
    assert doc.metadata.title == "Ferry runs aground off the harbour"


def test_a_date_under_the_headline_is_the_heads_own():
    # the headline goes with its dateline; a headline with a dateline and another head under
    # them stays, since taking it would leave a dateline on top for a second cleaning to take
    head = ["Glacier shrinks faster than feared", "14. Juni 2013 at 20:51 (Science)"]
    assert head_size([*head, "„Quoted lead“", PROSE], chosen=True) == 2
    assert head_size([*head, "Ice sheets in retreat", PROSE], chosen=True) == 0


def cleaned_again(apply_rule, doc):
    return apply_rule(title_and_standfirst, "\n".join(line.text for line in doc.kept()))


def test_a_dateline_under_the_standfirst_keeps_the_head_whole(apply_rule):
    # taking the headline and the standfirst would leave the dateline on top, which a second
    # cleaning would take (a dateline on top goes): the head stays
    head = [
        "Music stars call for a new streaming model",
        "By Ben Fisher and Mark Thorn",
        "- Updated 28.01.2020 - 15:49",
    ]
    assert head_size([*head, "Show caption", BODY], chosen=False) == 0


@pytest.mark.parametrize(
    "frame", ["Posted: Thursday, 21 April 2022. 10:11 pm", "| Samstag, 2016-10-08, 0:26 AM |"]
)
def test_html_way_drops_a_dateline_on_top_as_a_second_cleaning_would(apply_rule, frame):
    declared = Metadata(title="Glacier shrinks faster than feared")
    text = f"{frame}\nGlacier shrinks faster than feared\n{PROSE}"
    doc = apply_rule("title", text, format="html", metadata=declared)
    assert removed(doc, "title") == [frame, "Glacier shrinks faster than feared"]
    assert cleaned_again(apply_rule, doc).removals == []


def test_an_extracted_page_keeps_one_copy_of_a_repeated_top_paragraph(apply_rule):
    # the HTML way: an extractor's text that shows its lead twice (a teaser block and the body)
    lead = "Harbour pilots will work four-day weeks from spring under a deal struck with the port."
    doc = apply_rule(
        "standfirst", f"{lead}\n{BODY}\n{lead}\n{PROSE}", format="html", metadata=Metadata(title="x")
    )
    assert removed(doc, "standfirst") == [lead]
    assert [line.text for line in doc.kept()] == [BODY, lead, PROSE]


def test_an_extracted_page_keeps_the_paragraph_under_its_title(apply_rule):
    # the HTML way's first paragraph is the article's, however headline-shaped: no standfirst
    first = "Harbour pilots agree four-day weeks"
    doc = apply_rule(
        "standfirst", f"{first}\n{BODY}\n{PROSE}", format="html", metadata=Metadata(title="Pilots")
    )
    assert removed(doc, "standfirst") == []


@pytest.mark.parametrize(
    "dateline", ["14.03.2021 08:15 Uhr", "March 2, 2023 at 10:40 AM", "Stand: 05.06.2022 17:02"]
)
def test_an_extracted_page_loses_the_dateline_under_its_declared_title(apply_rule, dateline):
    # taken with the headline, as a second cleaning would take it once the headline is gone
    title = "Harbour pilots agree four-day weeks"
    doc = apply_rule(
        "title", f"{title}\n{dateline}\n{BODY}\n{PROSE}", format="html", metadata=Metadata(title=title)
    )
    assert [line.text for line in doc.kept()] == [BODY, PROSE]


@pytest.mark.parametrize(
    "top",
    [
        ["Harbour pilots agree four-day weeks", "Harbour pilots agree four-day weeks"],
        ["Economy › Transport Harbour pilots agree four-day weeks"],
        ["Breaking: Harbour pilots agree four-day weeks"],
    ],
)
def test_an_extracted_page_loses_its_declared_title_shown_twice_or_after_a_kicker(apply_rule, top):
    title = "Harbour pilots agree four-day weeks"
    text = "\n".join([*top, BODY, PROSE])
    doc = apply_rule("title", text, format="html", metadata=Metadata(title=title))
    assert [line.text for line in doc.kept()] == [BODY, PROSE]


def test_a_sentence_ending_in_the_declared_title_stays(apply_rule):
    title = "Harbour pilots agree four-day weeks"
    line = f"After a long dispute over night shifts and pay, the union says {title.lower()}."
    doc = apply_rule("title", f"{line}\n{BODY}\n{PROSE}", format="html", metadata=Metadata(title=title))
    assert doc.removals == []
    long_kicker = f"Read the story of how the harbour workers won {title}"
    doc = apply_rule(
        "title", f"{long_kicker}\n{BODY}\n{PROSE}", format="html", metadata=Metadata(title=title)
    )
    assert doc.removals == []


@pytest.mark.parametrize("label", ["Live match report", "Match en direct", "Aktuelle Meldung heute"])
def test_an_extracted_page_loses_a_head_over_its_dateline(apply_rule, label):
    # a second cleaning would take it as a head, and the dateline with it
    title = "Harbour pilots agree four-day weeks"
    text = f"{label}\nDATE : 27/09/2020\n{BODY}\n{PROSE}"
    doc = apply_rule("title", text, format="html", metadata=Metadata(title=title))
    assert [line.text for line in doc.kept()] == [BODY, PROSE]
    assert doc.metadata.title == title


def test_an_extracted_page_keeps_a_subheading_over_a_paragraph(apply_rule):
    title = "Harbour pilots agree four-day weeks"
    text = f"What the deal means\n{BODY}\n{PROSE}"
    doc = apply_rule("title", text, format="html", metadata=Metadata(title=title))
    assert doc.removals == []
