"""What a configuration changes in the rules (cleaners/tuning.py): Options checked and
normalised, rules and parts off, each family's phrases and patterns applied by its carrier,
site settings by host, and nothing at all when nothing is tuned."""

import json
import time
from dataclasses import asdict
from pathlib import Path

import pytest

from cleaners import Options, Site, clean
from cleaners.document import Document
from cleaners.engine import Rule, run_rules
from cleaners.formats import TEXT
from cleaners.rulebook import CORPUS_RULES, FAMILIES, FAMILY_OF, LOGGED_IDS, RULES
from cleaners.tuning import UNTUNED, host_of, is_site_of, resolver, tuning_for

ROOT = Path(__file__).resolve().parents[2]
STORY = (ROOT / "tests" / "data" / "config" / "quay_reopens.txt").read_bytes()
CAPTION = "Passengers board the first ferry to call at the rebuilt quay in Eastport on Saturday morning."
NOTICE = "Gazette readers can collect a free tide table at our Eastport office on Harbour Street."


def removed(doc) -> list[tuple[str, str]]:
    return [(removal.rule, removal.reason) for removal in doc.removals]


def test_options_normalise_to_sorted_tuples_and_stay_json():
    options = Options(
        rules_off=["title", "byline", "title"],
        phrases={"appeals": ["  Support   us ", "Become a member"]},
        patterns=[("navigation", [r"^More from \w+:"])],
        sites=[{"host": "WWW.Example.com.", "rules_off": ["photo_caption"]}],
    )
    assert options.rules_off == ("byline", "title")
    assert options.phrases == (("appeals", ("Become a member", "Support us")),)
    assert options.sites == (Site("example.com", rules_off=("photo_caption",)),)
    assert hash(options) == hash(Options(**{key: getattr(options, key) for key in asdict(options)}))
    json.dumps(asdict(options))  # what cli/fingerprint.py digests
    assert options.as_dict()["sites"] == {
        "example.com": {"rules_off": ["photo_caption"], "phrases": {}, "patterns": {}}
    }
    assert Options().as_dict() == {
        "format": "auto",
        "max_bytes": Options().max_bytes,
        "precision": False,
        "recall": False,
        "with_comments": False,
        "rules_off": [],
        "phrases": {},
        "patterns": {},
        "sites": {},
    }
    assert not Options().tuned and options.tuned and Options(sites=[Site("a.org", rules_off=["title"])]).tuned


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        (
            {"rules_off": ["photo_captions"]},
            "unknown rule id 'photo_captions' (did you mean 'photo_caption'?)",
        ),
        ({"rules_off": "title"}, "not one string"),
        ({"phrases": {"appeal": ["x"]}}, "unknown rule family 'appeal'"),
        ({"phrases": {"appeals": "Support us"}}, "must be a list of strings, not one string"),
        ({"phrases": {"appeals": [""]}}, "an empty phrase"),
        ({"patterns": {"captions": ["(a)\\1"]}}, "not linear-time: a backreference"),
        ({"patterns": {"captions": ["(?=a)b"]}}, "not linear-time: a lookahead or lookbehind"),
        ({"patterns": {"captions": ["a++"]}}, "not linear-time: a possessive quantifier"),
        ({"patterns": {"captions": ["(?P<x>a)(?(x)b|c)"]}}, "not linear-time: a conditional group"),
        ({"patterns": {"captions": ["a{1001}"]}}, "is not a pattern RE2 runs (invalid repetition size"),
        ({"patterns": {"captions": ["[z-a]"]}}, "is not a valid regular expression (bad character range"),
        ({"patterns": {"captions": ["|x"]}}, "matches the empty string"),
        ({"sites": [{"host": "https://example.com/"}]}, "is not a host name"),
        ({"sites": [{"host": "example.com"}, {"host": "www.example.com"}]}, "'example.com' is given twice"),
    ],
)
def test_a_bad_setting_is_a_value_error_saying_what_is_wrong(settings, problem):
    with pytest.raises(ValueError) as raised:
        Options(**settings)
    assert problem in str(raised.value)


def test_every_rule_and_part_id_of_the_two_ways_can_be_turned_off():
    ids = sorted(LOGGED_IDS - {rule.id for rule in CORPUS_RULES})
    assert Options(rules_off=ids).rules_off == tuple(ids)


def test_a_corpus_rule_is_set_by_its_option_not_turned_off():
    with pytest.raises(ValueError, match="--corpus-repeats 0 turns it off"):
        Options(rules_off=[CORPUS_RULES[0].id])


def test_a_rule_turned_off_does_not_run():
    doc = clean(STORY, rules_off=["photo_caption"])
    assert f"{CAPTION} (AP Photo/Jane Doe)" in doc.text
    assert "photo_caption" not in {rule for rule, _ in removed(doc)}
    assert ("byline", "byline") in removed(doc)


def test_a_part_turned_off_keeps_what_it_would_remove():
    copy = CAPTION + "\n\n"
    text = STORY.replace(b'"People said', copy.encode() + b'"People said')
    assert ("photo_caption.repeat", "copy of a photo caption") in removed(clean(text))
    doc = clean(text, rules_off=["photo_caption.repeat"])
    assert ("photo_caption", "photo caption with credit") in removed(doc)
    assert "photo_caption.repeat" not in {rule for rule, _ in removed(doc)}
    assert f"\n{CAPTION}\n" in doc.text


def test_a_part_of_the_classifier_turned_off_removes_nothing_and_reads_its_metadata():
    dump = (ROOT / "tests" / "data" / "dumps" / "news_menu_footer.txt").read_bytes()
    doc = clean(dump)
    assert {"classifier.title", "classifier.byline"} <= {r.rule for r in doc.removals}
    off = clean(dump, rules_off=["classifier.title", "classifier.byline"])
    assert not {"classifier.title", "classifier.byline"} & {r.rule for r in off.removals}
    assert (off.metadata.title, off.metadata.author) == (doc.metadata.title, doc.metadata.author)
    # The lines are left to the other rules: the headline goes as the `title` rule's.
    assert ("title", doc.metadata.title) in [(r.rule, r.text) for r in off.removals]


def test_each_family_is_applied_by_its_carrier_before_its_own_detection():
    line = "Zebra crossings are repainted every spring by volunteers from the quay."
    text = STORY.replace(NOTICE.encode(), line.encode())
    for name, family in FAMILIES.items():
        if name == "bylines":
            continue  # labels, below
        doc = clean(text, phrases={name: ["ZEBRA  crossings"]})
        assert (family.carrier.id, "configured phrase 'ZEBRA crossings'") in removed(doc), name
        doc = clean(text, patterns={name: [r"^zebra\s+\w+ are"]})
        assert (family.carrier.id, r"configured pattern '^zebra\s+\w+ are'") in removed(doc), name
        assert line not in doc.text


def test_the_families_are_data_in_one_place():
    assert set(FAMILIES) == {"appeals", "captions", "navigation", "bylines"}
    for family in FAMILIES.values():
        assert family.carrier in family.rules and all(rule.id in RULES for rule in family.rules)
        assert all(FAMILY_OF[rule.id] is family for rule in family.rules)


def test_a_rule_turned_off_still_applies_its_family_phrases():
    doc = clean(STORY, rules_off=["donation_appeal"], phrases={"appeals": ["free tide table"]})
    assert ("donation_appeal", "configured phrase 'free tide table'") in removed(doc)


def test_configured_captions_take_their_uncredited_copies():
    caption = "Harbour pilots rehearse the docking of the first ferry on Friday. Photo: Harbour Board"
    text = STORY.replace(
        NOTICE.encode(),
        caption.encode() + b"\n\nHarbour pilots rehearse the docking of the first ferry on Friday.",
    )
    plain = clean(text, rules_off=["photo_caption"])
    assert "Harbour pilots rehearse" in plain.text
    doc = clean(text, rules_off=["photo_caption"], phrases={"captions": ["Photo: Harbour Board"]})
    assert ("photo_caption", "configured phrase 'Photo: Harbour Board'") in removed(doc)
    assert ("photo_caption.repeat", "copy of a photo caption") in removed(doc)
    assert "Harbour pilots rehearse" not in doc.text


def test_a_byline_label_reads_the_author_as_the_byline_rule_does():
    text = STORY.replace(b"By Jane Doe, The Harbour Gazette", "Texto:  María Pérez, El Diario".encode())
    assert not clean(text).metadata.author
    doc = clean(text, phrases={"bylines": ["texto:"]})
    assert ("byline", "byline (configured label 'texto:')") in removed(doc)
    assert doc.metadata.author == ["María Pérez"] and doc.metadata.sitename == "El Diario"
    assert "Texto" not in doc.text
    # A word label ends where its word does: "Textos" is not "Texto".
    doc = clean(text.replace(b"Texto:", b"Textos:"), phrases={"bylines": ["Texto"]})
    assert not doc.metadata.author and "byline" not in {rule for rule, _ in removed(doc)}


def test_a_byline_pattern_reads_its_author_and_sitename_groups():
    text = STORY.replace(b"By Jane Doe, The Harbour Gazette", b"Told by jane doe, Harbour Gazette")
    pattern = r"^Told by (?P<author>[^,]+), (?P<sitename>.+)$"
    doc = clean(text, patterns={"bylines": [pattern]})
    assert ("byline", f"byline (configured pattern '{pattern}')") in removed(doc)
    assert doc.metadata.author == ["jane doe"] and doc.metadata.sitename == "Harbour Gazette"


def test_a_byline_label_is_read_at_the_edges_only():
    paragraphs = [f"Paragraph {n} of the story says what happened at the quay on day {n}." for n in range(20)]
    middle = "Texto: this paragraph in the middle is the article's own."
    lines = ["Old quay reopens to ferries", "Texto: María Pérez", *paragraphs[:10], middle, *paragraphs[10:]]
    doc = clean("\n\n".join(lines).encode(), phrases={"bylines": ["Texto"]})
    assert middle in doc.text and "María Pérez" not in doc.text and doc.metadata.author == ["María Pérez"]


def test_hosts_and_sites():
    assert host_of("https://www.Example.com:8080/a?b") == "example.com"
    assert host_of("example.com/news") == "example.com"
    assert host_of("not a url") is None or host_of("not a url") == "not a url"
    assert host_of(None) is None and host_of("http://[::1") is None
    assert is_site_of("example.com", "news.example.com") and is_site_of("example.com", "example.com")
    assert not is_site_of("example.com", "badexample.com")


def test_site_settings_apply_by_the_url_given_else_the_url_the_document_names():
    options = Options(sites=[Site("harbourgazette.example.com", phrases={"appeals": ["free tide table"]})])
    assert NOTICE not in clean(STORY, options, url="https://news.harbourgazette.example.com/q").text
    assert NOTICE in clean(STORY, options, url="https://example.org/q").text
    assert NOTICE in clean(STORY, options).text
    named = b"url: https://harbourgazette.example.com/q\n" + STORY  # a dump's header field
    assert NOTICE not in clean(named, options).text
    # The URL it was fetched from wins over the one it names.
    assert NOTICE in clean(named, options, url="https://daily.example.org/q").text


def test_sites_add_to_the_settings_of_every_document():
    options = Options(
        rules_off=["byline"],
        phrases={"appeals": ["free tide table"]},
        sites=[Site("example.com", rules_off=["title"], phrases={"appeals": ["Engineers rebuilt"]})],
    )
    here = tuning_for(options, "news.example.com")
    assert here.off == {"byline", "title"}
    assert here.extras["donation_appeal"].phrases == ("free tide table", "Engineers rebuilt")
    assert tuning_for(options, "example.org").off == {"byline"}
    assert tuning_for(options, None).extras["donation_appeal"].phrases == ("free tide table",)


def test_nothing_tuned_changes_nothing():
    doc = Document.from_text("x")
    assert resolver(Options(), "https://example.com/", doc) is None
    assert UNTUNED.off == frozenset() and not UNTUNED.extras
    for way in ("text", "auto"):
        assert clean(STORY, format=way).as_dict() == clean(STORY, Options(format=way), url=None).as_dict()


def test_the_engine_skips_a_rule_turned_off_and_mutes_a_part():
    def drop_two(doc, log):
        log.drop(doc.lines[0], "first")
        log.part("tail").drop(doc.lines[-1], "last")

    rule = Rule("two", "two lines", frozenset({TEXT}), drop_two, parts={"tail": "the last line"})
    for off, expected in (
        (frozenset(), ["two", "two.tail"]),
        (frozenset({"two.tail"}), ["two"]),
        (frozenset({"two"}), []),
    ):
        doc = Document.from_text("a\nb\nc")
        tuned = type(UNTUNED)(off=off)
        run_rules(doc, [rule], tuning=lambda tuned=tuned: tuned)
        assert [r.rule for r in doc.removals] == expected


def test_configured_patterns_run_in_linear_time():
    hostile = "a" * 200_000 + "!"
    line = (hostile + "\n\n").encode()
    start = time.perf_counter()
    clean(line + STORY, patterns={"appeals": ["(a|aa)*(a|aa)*b", "(a*)*c"]})
    assert time.perf_counter() - start < 5  # a backtracking engine takes forever on these
