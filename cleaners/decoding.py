"""Bytes to text: BOM, then UTF-16 by its shape, then the charset an HTML page declares, then
strict UTF-8, then UTF-8 with a few legacy bytes, then chardet. NULs leave the text, counted."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

from cleaners.errors import BinaryInput
from cleaners.regex import lazy_compile

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">,
# and the XML declaration; looked for in the head only, as browsers do.
DECLARED_CHARSET = lazy_compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)|<\?xml[^>]{0,100}encoding=["']([a-zA-Z0-9_.:-]+)""",
    re.IGNORECASE,
)
HEAD_BYTES = 4096
# The WHATWG encoding standard maps these labels to windows-1252, and real pages rely on it.
WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
CONTROL_BYTES = frozenset(range(1, 9)) | frozenset(range(14, 32)) - {27}
CONTROL_DELETE = bytes(sorted(CONTROL_BYTES))  # for bytes.translate: counting them in C
# A run of NULs counts as one byte: a text with a block of NULs (a file preallocated, or a log
# written up to a crash) is still text, while a binary file's other bytes hold control bytes.
NUL_RUN = lazy_compile(rb"\x00+")
BINARY_SAMPLE = 8192
CONTROLS_PER_TEXT_BYTE = 1 / 20  # more control bytes than this: binary
LOW_CONFIDENCE = 0.2
# UTF-16 read from bytes that are a single-byte text with a few NULs decodes to valid, printable
# CJK; such a text has few high bytes, UTF-16 of a script beyond Latin many.
SINGLE_BYTE_HIGH_SHARE = 0.3
HIGH_BYTES = bytes(range(0x80, 0x100))
UTF16_ZERO_SHARE = 1 / 4  # Latin text in UTF-16: every other byte is zero
LAYOUT = frozenset("\t\n\r\f\v")
MIXED = "utf-8+cp1252"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    confidence: float
    method: str
    nuls: int = 0  # NUL characters removed from the text


def decode(raw: bytes, transport: str | None = None) -> Decoded:
    """Decode bytes; never raises on bad bytes (they become U+FFFD), only on binary data.
    NULs are no text: they are removed, and counted. `transport` is the charset the bytes came
    with (HTTP's Content-Type): after a BOM, it outranks what the page declares, as in a
    browser, unless the bytes do not decode by it."""
    label = transport.strip().lower() if transport else ""
    decoded = decode_text(raw, python_codec(WHATWG_ALIASES.get(label, label)))
    nuls = decoded.text.count("\x00")
    return replace(decoded, text=decoded.text.replace("\x00", ""), nuls=nuls) if nuls else decoded


def decode_text(raw: bytes, transport: str | None) -> Decoded:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return Decoded(raw.decode(encoding, errors="replace"), encoding, 1.0, "bom")
    # Servers often send a default ISO-8859-1 label for pages written in UTF-8: bytes that are
    # valid UTF-8 beyond ASCII (which legacy text almost never is) refute a legacy label.
    if transport and not (transport != "utf-8" and not raw.isascii() and is_utf8(raw)):
        try:
            return Decoded(raw.decode(transport), transport, 1.0, "transport")
        except UnicodeDecodeError:
            pass  # a server that lies about the charset: the page and the bytes say more
    utf16 = bomless_utf16(raw[:BINARY_SAMPLE])
    if utf16:
        return Decoded(raw.decode(utf16, errors="replace"), utf16, 1.0, "utf-16-shape")
    refuse_binary(raw)
    declared = declared_charset(raw)
    if declared:
        try:
            return Decoded(raw.decode(declared), declared, 1.0, "declared")
        except UnicodeDecodeError:
            pass  # a page that lies about its charset: fall through to the evidence
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", 1.0, "utf-8")
    except UnicodeDecodeError:
        pass
    return detect(raw)


def is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def bomless_utf16(sample: bytes) -> str | None:
    """The UTF-16 codec of a sample whose zero bytes fall on one side of the byte pairs (the
    high bytes of its ASCII characters) and that strictly decodes to printable text, or None.
    A text without ASCII characters (CJK lines with no space, digit or punctuation but the
    newline) may show no such side: it is not recognised."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) <= 2 * min(even, odd):
        return None  # no zeros, or as many on both sides: binary, or a byte text with NULs
    if max(even, odd) < UTF16_ZERO_SHARE * len(sample) / 2 and reads_as_single_bytes(sample):
        return None  # a text with a few NULs, not UTF-16 (where Latin text has half its bytes zero)
    # Zeros on the odd side are the high bytes of little-endian ASCII characters.
    codec = "utf-16-le" if odd > even else "utf-16-be"
    return codec if decodes_to_text(sample, codec) else None


def decodes_to_text(sample: bytes, codec: str) -> bool:
    try:
        text = codecs.getincrementaldecoder(codec)().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    unprintable = sum(1 for char in text if not char.isprintable() and char not in LAYOUT)
    return bool(text) and unprintable <= len(text) * CONTROLS_PER_TEXT_BYTE


def reads_as_single_bytes(sample: bytes) -> bool:
    """Whether the sample, its NULs left out, reads as UTF-8 or as a legacy single-byte text."""
    rest = sample.replace(b"\x00", b"")
    if control_count(rest) > len(rest) * CONTROLS_PER_TEXT_BYTE:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(rest, final=False)
        return True
    except UnicodeDecodeError:
        high = len(rest) - len(rest.translate(None, HIGH_BYTES))
        return high <= len(rest) * SINGLE_BYTE_HIGH_SHARE


def detect(raw: bytes) -> Decoded:
    share = utf8_share(raw)
    if share is not None:
        return Decoded(raw.decode("utf-8", errors=MIXED), "utf-8", share, MIXED)
    import chardet  # some 25 ms to import, for the few documents that are not UTF-8

    guess = chardet.detect(raw[:200_000].replace(b"\x00", b""))  # NULs are no evidence
    encoding = python_codec(guess.get("encoding") or "")
    confidence = float(guess.get("confidence") or 0.0)
    if encoding is None or confidence < LOW_CONFIDENCE:
        # No real evidence (and no declaration that held): the web's most common legacy charset.
        encoding = "cp1252"
        return Decoded(raw.decode(encoding, errors="replace"), encoding, confidence, "fallback")
    return Decoded(raw.decode(encoding, errors="replace"), encoding, confidence, "chardet")


def utf8_share(raw: bytes) -> float | None:
    """For UTF-8 text with some invalid bytes (a few legacy ones pasted in): the share of its
    non-ASCII characters that are valid UTF-8. None when the text is not mostly UTF-8."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    # characters beyond ASCII (the U+FFFD among them): those the ASCII codec leaves out
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if multibyte == 0 or bad > max(2, multibyte):
        return None
    return multibyte / (multibyte + bad)


def legacy_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """A codecs error handler for UTF-8: a run of invalid bytes is read as cp1252 where it makes
    sense there (a letter in a word, or punctuation such as curly quotes), else U+FFFD."""
    raw, start = error.object, error.start
    end = error.end
    while end < len(raw) and not utf8_sequence_at(raw, end):
        end += 1
    run = raw[start:end]
    legacy = run.decode("cp1252", errors="replace")
    before = raw[max(0, start - 4) : start].decode("utf-8", errors="ignore")[-1:]
    after = raw[end : end + 4].decode("utf-8", errors="ignore")[:1]
    in_word = before.isalnum() or after.isalnum() or not any(char.isalpha() for char in legacy)
    if in_word and legacy.isprintable():
        return legacy, end
    return run.decode("utf-8", errors="replace"), end


codecs.register_error(MIXED, legacy_bytes)


def utf8_sequence_at(raw: bytes, position: int) -> bool:
    lead = raw[position]
    if lead < 0x80:
        return True
    length = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
    try:
        return length > 0 and len(raw[position : position + length].decode("utf-8")) == 1
    except UnicodeDecodeError:
        return False


def declared_charset(raw: bytes) -> str | None:
    head = raw[:HEAD_BYTES]
    lowered = head.lower()  # ASCII only, as IGNORECASE is for a bytes pattern
    if b"<meta" not in lowered and b"<?xml" not in lowered:
        return None  # the pattern needs one of them: skip the slow search of a plain text
    match = DECLARED_CHARSET.search(head)
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    return python_codec(WHATWG_ALIASES.get(label, label))


def python_codec(label: str) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def control_count(data: bytes) -> int:
    return len(data) - len(data.translate(None, CONTROL_DELETE))


def refuse_binary(raw: bytes) -> None:
    head = raw[:BINARY_SAMPLE]
    sample = NUL_RUN.sub(b"\x00", head)
    nul_runs = sample.count(0)
    controls = control_count(sample) + nul_runs
    if controls <= len(sample) * CONTROLS_PER_TEXT_BYTE:
        return
    if nul_runs:
        raise BinaryInput("binary data (NUL bytes), not text or HTML")
    raise BinaryInput(f"binary data ({controls} control bytes in the first {len(head)})")


# Text a page encoded as UTF-8 twice: each byte of a character shown as the windows-1252 (or,
# where that has none, Latin-1) character of that byte ("â€”" for "—", "Ã©" for "é"). Only the
# lead bytes of punctuation and Western European letters are read (Â, Ã, â): a letter such as
# "Ü" before a sign is too often meant.
CONTINUATION_BYTES = {
    **{chr(b): b for b in range(0x80, 0xC0)},
    **{bytes([b]).decode("cp1252", "ignore") or chr(b): b for b in range(0x80, 0xC0)},
}
CONTINUATION = "[" + re.escape("".join(CONTINUATION_BYTES)) + "]"
DOUBLE_UTF8 = lazy_compile(f"(?:[ÂÃ]{CONTINUATION}|â{CONTINUATION}{{2}})+")
LEAD_BYTES = {"Â": 0xC2, "Ã": 0xC3, "â": 0xE2}
ENCODINGS_UNDONE = 2  # a page may have encoded its text three times


def undo_double_utf8(text: str) -> str:
    """`text` with each run of twice-encoded characters read as the UTF-8 it was; a run that is
    no UTF-8 stays as it is."""
    for _ in range(ENCODINGS_UNDONE):
        if not ("Â" in text or "Ã" in text or "â" in text):
            break
        text = DOUBLE_UTF8.sub(decoded_run, text)
    return text


def decoded_run(match: re.Match) -> str:
    run = match.group()
    data = bytes(LEAD_BYTES.get(char) or CONTINUATION_BYTES[char] for char in run)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return run
