"""How a file name is shown: in messages, the sidecar and the report, as one line of valid UTF-8.

A name on disk is bytes; Python holds the bytes that are not UTF-8 as lone surrogates
(os.fsdecode's surrogateescape), which is what the file operations need to find the file and
to write its outputs under the same bytes. Text that leaves the process cannot hold them, nor
may a newline in a name forge a second message line: there, each undecodable byte is shown as
\\xNN and each control character escaped (\\n, \\t, \\x1b).
"""

from __future__ import annotations

# C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
CONTROLS = [*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029]
NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
ESCAPES = {
    code: NAMED.get(chr(code), f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}") for code in CONTROLS
}


def shown(text: str) -> str:
    """`text` (a name, or a message holding names) as one printable line of valid UTF-8."""
    if text.isprintable():
        return text  # the usual case, and a lone surrogate is not printable
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file name makes (from JSON, say)
        raw = text.encode("utf-8", "backslashreplace")
    decodable = raw.decode("utf-8", "backslashreplace")
    return decodable.translate(ESCAPES)
