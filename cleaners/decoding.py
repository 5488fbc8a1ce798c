"""Bytes to text: BOM, then the charset an HTML page declares, then strict UTF-8, then chardet."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

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
CONTROL_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32)) - {27}
CONTROL_DELETE = bytes(sorted(CONTROL_BYTES))  # for bytes.translate: counting them in C
BINARY_SAMPLE = 8192
LOW_CONFIDENCE = 0.2


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    confidence: float
    method: str


def decode(raw: bytes) -> Decoded:
    """Decode bytes; never raises on bad bytes (they become U+FFFD), only on binary data."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return Decoded(raw.decode(encoding, errors="replace"), encoding, 1.0, "bom")
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


def detect(raw: bytes) -> Decoded:
    import chardet  # some 25 ms to import, for the few documents that are not UTF-8

    guess = chardet.detect(raw[:200_000])
    encoding = python_codec(guess.get("encoding") or "")
    confidence = float(guess.get("confidence") or 0.0)
    if mostly_utf8(raw):
        # A few invalid bytes inside UTF-8 text: keep UTF-8, replace the bad bytes.
        encoding, confidence = "utf-8", max(confidence, 0.5)
    elif encoding is None or confidence < LOW_CONFIDENCE:
        # No real evidence (and no declaration that held): the web's most common legacy charset.
        encoding = "cp1252"
        return Decoded(raw.decode(encoding, errors="replace"), encoding, confidence, "fallback")
    return Decoded(raw.decode(encoding, errors="replace"), encoding, confidence, "chardet")


def mostly_utf8(raw: bytes) -> bool:
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    # characters beyond ASCII (the U+FFFD among them): those the ASCII codec leaves out
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return multibyte > 0 and bad <= max(2, multibyte // 20)


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


def refuse_binary(raw: bytes) -> None:
    sample = raw[:BINARY_SAMPLE]
    if b"\x00" in sample:
        raise BinaryInput("binary data (NUL bytes), not text or HTML")
    controls = len(sample) - len(sample.translate(None, CONTROL_DELETE))
    if controls > len(sample) // 10:
        raise BinaryInput(f"binary data ({controls} control bytes in the first {len(sample)})")
