"""The quick looks that spare the rules' slow patterns must never change what the rules find."""

import html
import re
import unicodedata

from cleaners.document import Document
from cleaners.engine import run_rules
from cleaners.rulebook import NORMALISE_TEXT
from cleaners.rules.captions import (
    CREDIT_AT_END,
    caption_candidates,
    ends_like_gallery_tail,
    find_credit,
    has_photo_credit,
    name_run_start,
)
from cleaners.rules.markup import INVISIBLE, OTHER_SPACE, SPACES


def test_other_space_is_every_whitespace_but_space_and_newline():
    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace() and chr(c) not in " \n"}
    found = {chr(c) for c in range(0x110000) if OTHER_SPACE.match(chr(c))}
    assert found == spaces


def line_by_line(text: str) -> list[str]:
    """normalise_text as it was written first, one line at a time."""
    out = []
    for line in text.splitlines():
        if not line or line.isspace():
            continue  # Document.from_text makes no Line of a blank line
        line = html.unescape(line) if "&" in line else line
        line = unicodedata.normalize("NFC", line).translate(INVISIBLE)
        out.append(SPACES.sub(" ", line).strip())
    return out


def test_normalise_text_on_the_whole_text_is_normalise_line_by_line():
    texts = [
        "Plain ASCII text.\nSecond line.",
        " lead space\ntrail space \n  \n\tTabs\tand\u00a0nbsp\u2009thin \n",
        "Caf\u0065\u0301 &amp; r&eacute;sum&eacute;\nso\u00adft hy\u200bphen\ufeff",
        "An entity newline&#10;splits here\nnext",
        "x  y\n \n\u3000ideographic\u3000",
        "",
        "one line",
    ]
    for text in texts:
        doc = Document.from_text(text)
        run_rules(doc, [NORMALISE_TEXT])
        assert [line.text for line in doc.lines] == line_by_line(text), text


def test_find_credit_is_the_whole_pattern_search():
    lines = [
        "Firefighters at work on Monday. (AP Photo/Jane Doe)",
        "The minister (left) and her deputy.",
        "A protester in Paris (Jean Dupont/AFP)",
        "Crowds gathered. AP",
        "Smoke rises over the city. Reuters/John Smith",
        "A view of the harbour. Photo: John Smith",
        "The lake at dawn © Jane Doe",
        "Israel/Lebanon talks (Israel/Lebanon)",
        "Score 50/50 (50/50)",
        "Getty Images/iStockphoto",
        "Ein Bild: dpa",
        "Text with  double   spaces. Photo by  Someone  .",
        "(dpa)",
        "Nothing here at all.",
        "Smoke over the city on Monday.   AP Photo/Jane Doe/File",
        "Rescuers (left) at work (AP) in the rain (AFP)",
        "Crowds in the square. Reuters  Pictures/Jane Doe",
        "Flags at the summit. EPA-EFE/Olivier Hoslet.",
        "Dusk over the bay (Reuters via Getty Images)",
        "A market (and more) in town. Getty Images/Jane Doe Two",
        "Protesters in Paris / AFP",
        "Fans at the stadium | Reuters",
        "“We will rebuild,” she said. AP",
        "The old harbour. Photo.. Someone Else",
        "Night sky ©2020 Jane Doe",
        "Storm clouds (AP)).",
        "Storm clouds (AP Photo/Jane Doe).",
        "www.example.com/news/2024/story-title",
    ]
    for text in lines:
        for start in (0, 5, 20):
            whole = CREDIT_AT_END.search(text, start)
            split = find_credit(text, start)
            assert (whole and (whole.span(), whole.group("person"))) == (
                split and (split.span(), split.groupdict().get("person"))
            ), text
    assert has_photo_credit("A protester in Paris (Jean Dupont/AFP)")
    assert not has_photo_credit("Score 50/50 (50/50)")


def test_prefilter_patterns_do_not_reach_across_lines():
    """The patterns read the whole text: spaces in them must stop at a newline."""
    from cleaners.rules import captions, navigation

    for pattern in (
        captions.CREDIT_END_REVERSED,
        navigation.SHARE_ROW_START,
        navigation.WIDGET_START,
        navigation.GALLERY_START,
        navigation.HEADING_START,
        navigation.RELATED_LINK_START,
    ):
        assert pattern.pattern.startswith("\\n")
        assert not re.search(r"\\s(?![^\[]*\])|(?<!\[\^)\\s\*", pattern.pattern.replace("[^\\S\\n]", "")), (
            pattern.pattern[:60]
        )


def test_name_run_start_is_where_the_words_before_end_begin():
    text = "Smoke rises. AP Photo/Jane Doe"
    assert name_run_start(text, text.index("/")) == text.index(" AP")
    assert name_run_start("Reuters/Name", 7) == 0
    assert name_run_start("EPA-EFE", 7) == 0
    assert name_run_start("(dpa", 4) == 1


PROSE = "Firefighters worked through the night to contain the blaze, officials said on Sunday."


def test_every_credited_line_is_a_caption_candidate():
    credited = [
        "A firefighter sprays water on a house in Malibu, Calif. (AP Photo/Jae C. Hong)",
        "Residents wait for buses in Kyiv on Monday. REUTERS/Valentyn Ogirenko",
        "Smoke rises over the port after the strike. AFP via Getty Images",
        "The prime minister speaks to reporters. (Tomas Lindqvist/Scanpix)",
        "Traders on the floor of the exchange. (Reuters)",
        "Rescue workers search the rubble. (Photo by Ahmad Salem/Anadolu Agency) 3 of 12",
        "Rescue workers search the rubble (Jane Doe/Reuters) Photo gallery",
        "Image source, PA Media",
        "Fans at the stadium. © Jane Doe",
        "Ein Bild: dpa",
    ]
    others = ["Published in 2024", "Home (current)", "Comments (12)", "Page three", PROSE]
    doc = Document.from_text("\n".join(credited + others))
    candidates = [line.text for line in caption_candidates(doc)]
    assert [text for text in credited if has_photo_credit(text)] == credited
    assert set(credited) <= set(candidates) and not set(others) & set(candidates)


def test_gallery_tails_are_seen_at_the_line_end():
    for text in ("A view (AP Photo/X) 3 of 10", "A view (AP Photo/X) 3/10  ", "A view (AP) Photo Gallery"):
        assert ends_like_gallery_tail(text), text
    for text in ("Published in 2024", "Chapter 3", "A view of the harbour."):
        assert not ends_like_gallery_tail(text), text
