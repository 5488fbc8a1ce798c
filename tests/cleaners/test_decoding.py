import codecs
import contextlib
import gzip
import io
import marshal
import random
import sqlite3
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from cleaners import clean
from cleaners.decoding import decode, undo_double_utf8
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


# Each a few lines of prose: UTF-16 of Latin text has a zero byte in every pair, of other
# scripts only at the spaces, digits and newlines; Chinese has no spaces at all.
PROSE = {
    "en": "The mayor said the bridge would reopen next week, after 14 months of repairs.\n",
    "de": "Die Bürgermeisterin sagte, die Brücke öffne nächste Woche wieder für den Verkehr.\n",
    "ru": "Мэр сказал, что мост откроется на следующей неделе после ремонта.\n",
    "el": "Ο δήμαρχος είπε ότι η γέφυρα θα ανοίξει ξανά την επόμενη εβδομάδα.\n",
    "ar": "قال رئيس البلدية إن الجسر سيعاد فتحه الأسبوع المقبل بعد الإصلاحات.\n",
    "hi": "महापौर ने कहा कि मरम्मत के बाद पुल अगले सप्ताह फिर से खुलेगा।\n",
    "zh": "市长说，这座桥经过14个月的维修后将于下周重新开放。\n",
    "ja": "市長は、14か月の修理を経て橋が来週再開すると述べた。\n",
    "ko": "시장은 14개월간의 보수 공사 끝에 다리가 다음 주에 다시 열린다고 말했다.\n",
}


@pytest.mark.parametrize("lines", [1, 40])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("language", sorted(PROSE))
def test_utf16_without_bom_is_recognised_by_its_shape(language, codec, lines):
    text = PROSE[language] * lines
    decoded = decode(text.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.method) == (text, codec, "utf-16-shape")


def test_utf16_html_page_without_bom():
    page = f"<!doctype html><html><body><p>{PROSE['ru']}</p></body></html>"
    assert decode(page.encode("utf-16-le")).text == page


def test_a_nul_in_the_first_bytes_is_removed_and_counted():
    text = PROSE["de"] * 20
    decoded = decode(text[:100].encode() + b"\x00" + text[100:].encode())
    assert (decoded.text, decoded.nuls, decoded.method) == (text, 1, "utf-8")


def test_a_nul_after_the_binary_sample_is_removed_and_counted():
    text = PROSE["en"] * 200  # some 16 KB: the NULs come after the 8 KiB looked at for binary data
    raw = text[:12_000].encode() + b"\x00\x00" + text[12_000:].encode()
    decoded = decode(raw)
    assert (decoded.text, decoded.nuls) == (text, 2)


@pytest.mark.parametrize(
    "raw",
    [
        PROSE["en"].encode() * 3 + b"\x00" * 6000,  # a text padded with NULs (preallocated, cut short)
        PROSE["ru"].replace("\n", "\x00\n").encode() * 50,  # a NUL at every line's end
        PROSE["de"].replace("\n", "\x00\n").encode("cp1252") * 50,  # the same in a legacy charset
    ],
)
def test_many_nuls_in_a_text_are_removed_not_binary(raw):
    decoded = decode(raw)
    assert "\x00" not in decoded.text and decoded.nuls == raw.count(b"\x00")
    assert decoded.text.strip() and decoded.encoding != "utf-16-le"


def test_nuls_in_legacy_text_do_not_hide_its_charset():
    raw = PROSE["ru"].replace("\n", "\x00\n").encode("cp1251") * 30
    assert decode(raw).text == PROSE["ru"] * 30


def test_utf8_with_a_few_latin1_bytes_keeps_its_utf8():
    raw = "Le café du port, le café de la gare. ".encode() * 3 + b"Et le caf\xe9 d'en face.\n"
    decoded = decode(raw)
    assert decoded.text == "Le café du port, le café de la gare. " * 3 + "Et le café d'en face.\n"
    assert (decoded.encoding, decoded.method) == ("utf-8", "utf-8+cp1252") and decoded.confidence < 1


def test_cp1252_punctuation_among_utf8():
    raw = "Der Bürgermeister sagte ".encode() + b"\x84ja\x93 \x96 und " + "öffnete die Brücke.".encode()
    assert decode(raw).text == "Der Bürgermeister sagte „ja“ – und öffnete die Brücke."


def test_invalid_bytes_that_are_no_legacy_letter_in_a_word_stay_replaced():
    raw = "Ελληνικά κείμενα ".encode() * 5 + b"\xff\xfe \x81 " + "τέλος".encode()
    decoded = decode(raw)
    assert decoded.text.count("\ufffd") == 3 and decoded.method == "utf-8+cp1252"


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes((x * y) % 256 for x in range(64)) for y in range(64))
    header = struct.pack(">IIBBBBB", 64, 64, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def zip_archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("story.txt", TEXT * 20)
    return buffer.getvalue()


def sqlite_database(tmp_path) -> bytes:
    with contextlib.closing(sqlite3.connect(tmp_path / "db.sqlite")) as db:
        db.execute("create table story (line text, n int)")
        db.executemany("insert into story values (?, ?)", [(TEXT[:40], n) for n in range(300)])
        db.commit()
    return (tmp_path / "db.sqlite").read_bytes()


@pytest.mark.parametrize(
    "make",
    [
        png,
        zip_archive,
        lambda: gzip.compress(TEXT.encode() * 20),
        lambda: Path(sys.executable).read_bytes()[:65536],  # ELF, Mach-O or PE
        lambda: marshal.dumps(compile(TEXT.join(["x = '", "'"]), "story", "exec")),
        sqlite_database,
    ],
    ids=["png", "zip", "gzip", "executable", "marshal", "sqlite"],
)
def test_binary_files_are_refused(make, tmp_path):
    raw = make(tmp_path) if make is sqlite_database else make()
    with pytest.raises(BinaryInput):
        decode(raw)


def test_random_bytes_are_refused():
    generator = random.Random(20240611)
    for _ in range(20):
        with pytest.raises(BinaryInput):
            decode(generator.randbytes(4096))


def test_the_nul_count_reaches_the_sidecar_stats():
    raw = (PROSE["en"] * 30).replace("\n", "\x00\n").encode()
    doc = clean(raw, format="text")
    assert "\x00" not in doc.text and doc.as_dict()["stats"]["nuls_removed"] == 30
    assert "nuls_removed" not in clean(PROSE["en"].encode() * 30, format="text").as_dict()["stats"]


def test_the_transport_charset_outranks_the_page_declaration():
    page = '<html><head><meta charset="utf-8"></head><body>Caf\xe9 au lait</body></html>'.encode("latin-1")
    decoded = decode(page, "ISO-8859-1")
    assert "Café au lait" in decoded.text and (decoded.encoding, decoded.method) == ("cp1252", "transport")


def test_a_transport_charset_the_bytes_refute_is_set_aside():
    decoded = decode("Grüße aus Köln, sagte sie.".encode(), "ascii")  # ASCII, says the server
    assert decoded.text == "Grüße aus Köln, sagte sie." and decoded.method == "utf-8"


def test_an_unknown_transport_charset_is_ignored():
    assert decode(b"plain words", "x-no-such-charset").method == "utf-8"


@pytest.mark.parametrize(
    "shown, meant",
    [
        ("A Beginnerâ\x80\x99s Guide", "A Beginner’s Guide"),  # Latin-1 read
        ("A Beginnerâ€™s Guide", "A Beginner’s Guide"),  # windows-1252 read
        ("cafÃ© crÃ¨me, prix Â£5", "café crème, prix £5"),
        ("â€œQuotedâ€\x9d", "“Quoted”"),
        ("Ã¢â‚¬â„¢", "’"),  # encoded three times
    ],
)
def test_text_a_page_encoded_twice_is_read_as_meant(shown, meant):
    assert undo_double_utf8(shown) == meant


@pytest.mark.parametrize("text", ["pâte à crêpes", "câine român", "SÃO PAULO", "Zürich · Ölpreis", "Â alone"])
def test_text_meant_as_it_is_stays(text):
    assert undo_double_utf8(text) == text
