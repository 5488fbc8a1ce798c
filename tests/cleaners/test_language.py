"""The language of the clean text (CLD2, by pycld2), and how the declared one combines with it."""

import pytest

from cleaners import clean
from cleaners.language import CONFIDENT, detect, primary_subtag

TEXTS = {
    "en": "The council said on Tuesday that the new bridge would open in the spring, not in winter.",
    "de": "Der Rat hat am Dienstag mitgeteilt, dass die neue Brücke im Frühjahr und nicht im Winter öffnet.",
    "fr": "Le conseil a annoncé mardi que le nouveau pont ouvrirait au printemps et non en hiver.",
    "es": "El consejo anunció el martes que el nuevo puente se abrirá en primavera y no en invierno.",
}


@pytest.mark.parametrize("code", TEXTS)
def test_a_short_text_is_told_with_its_probability(code):
    language, score = detect(TEXTS[code])
    assert language == code and CONFIDENT <= score <= 1


@pytest.mark.parametrize("text", ["", "Hello", "ok ok", "12 34 56 78 90 12 34 56 78 90"])
def test_a_text_too_short_to_tell_gives_none(text):
    assert detect(text) == (None, None)


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("de-DE", "de"),
        ("en_US", "en"),
        ("FR", "fr"),
        ("English", "en"),
        ("deu", None),
        ("und", None),
        (None, None),
    ],
)
def test_a_declared_language_is_its_iso_639_1_code(tag, code):
    assert primary_subtag(tag) == code


def page(lang: str, text: str) -> bytes:
    body = f"<article><h1>Title</h1><p>{text}</p><p>{text}</p></article>"
    return f'<html lang="{lang}"><head><title>Title</title></head><body>{body}</body></html>'.encode()


def test_the_html_ways_de_de_becomes_de():
    metadata = clean(page("de-DE", TEXTS["de"])).metadata
    assert (metadata.language, metadata.language_declared) == ("de", "de")
    assert metadata.language_score >= CONFIDENT


def test_a_confident_detection_beats_the_declared_language():
    metadata = clean(page("en-US", TEXTS["fr"])).metadata
    assert (metadata.language, metadata.language_declared) == ("fr", "en")


def test_a_text_too_short_keeps_the_declared_language_or_none():
    declared = clean(b"Language: de\n\nHallo.\n", format="text").metadata
    assert (declared.language, declared.language_score, declared.language_declared) == ("de", None, "de")
    unknown = clean(b"Hallo.\n", format="text").metadata
    assert (unknown.language, unknown.language_score, unknown.language_declared) == (None, None, None)


def test_the_text_ways_language_is_detected_too():
    metadata = clean(TEXTS["es"].encode(), format="text").metadata
    assert (metadata.language, metadata.language_declared) == ("es", None)


def test_withdrawn_codes_are_written_as_today():
    language, _ = detect("שלום, העירייה הודיעה ביום שני שהגשר הישן ייפתח שוב לתנועה בשבוע הבא")
    assert language == "he"


def test_control_characters_do_not_stop_the_detector():
    text = TEXTS["de"].replace(" ", " \x7f ", 3) + "\x0c\x01"
    assert detect(text)[0] == "de"


def test_letters_of_no_language_give_none():
    assert detect("zxq vbn mlk jhg fds qwe rty uio pas dfg hjk lzx cvb nmq") == (None, None)
