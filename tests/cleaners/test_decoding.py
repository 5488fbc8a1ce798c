import codecs

import pytest

from cleaners.decoding import decode
from cleaners.errors import BinaryInput

TEXT = "Le maire a déclaré que la rénovation de l’église coûterait cher. " * 4


@pytest.mark.parametrize(
    "bom, codec",
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_bom_wins(bom, codec):
    decoded = decode(bom + TEXT.encode(codec))
    assert decoded.text == TEXT and decoded.method == "bom" and decoded.confidence == 1.0


def test_declared_charset_in_html():
    page = f'<html><head><meta charset="windows-1252"></head><body>{TEXT}</body></html>'
    decoded = decode(page.replace("’", "'").encode("cp1252"))
    assert "déclaré" in decoded.text and decoded.method == "declared"


def test_latin1_label_means_windows_1252():
    page = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>it’s €5</p>'
    assert "it’s €5" in decode(page.encode("cp1252")).text


def test_strict_utf8():
    decoded = decode(TEXT.encode("utf-8"))
    assert decoded.text == TEXT and decoded.method == "utf-8"


def test_legacy_bytes_without_declaration_use_detection():
    decoded = decode(TEXT.replace("’", "'").encode("cp1252"))
    assert "rénovation" in decoded.text and decoded.method in ("chardet", "fallback")


def test_a_few_bad_bytes_in_utf8_are_replaced_not_fatal():
    decoded = decode(TEXT.encode("utf-8") + b"\xff\xfe broken")
    assert decoded.encoding == "utf-8" and "\ufffd" in decoded.text and decoded.confidence < 1


def test_declared_charset_that_lies_falls_back():
    raw = b'<meta charset="utf-8"><p>' + "café".encode("cp1252") * 30 + b"</p>"
    assert "café" in decode(raw).text


@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4])
def test_binary_is_refused(raw):
    with pytest.raises(BinaryInput):
        decode(raw)
