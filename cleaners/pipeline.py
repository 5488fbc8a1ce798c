"""clean(): decode, choose the way (HTML or text), run the rules, return the Document."""

from __future__ import annotations

from cleaners.decoding import decode
from cleaners.document import Document
from cleaners.errors import EmptyInput, InputTooLarge
from cleaners.formats import detect_format
from cleaners.rules import TEXT_RULES
from cleaners.settings import Options


def clean(raw: bytes, options: Options | None = None, **settings) -> Document:
    """Clean one document. `settings` are Options fields, e.g. clean(raw, format="text")."""
    options = options or Options(**settings)
    if len(raw) > options.max_bytes:
        raise InputTooLarge(f"{len(raw)} bytes is over the limit of {options.max_bytes}")
    if not raw.strip():
        raise EmptyInput("empty input (no text)")
    decoded = decode(raw)
    if not decoded.text.strip():
        raise EmptyInput("empty input (no text after decoding)")
    fmt = detect_format(decoded.text) if options.format == "auto" else options.format
    encoding = dict(
        encoding=decoded.encoding,
        encoding_confidence=decoded.confidence,
        encoding_method=decoded.method,
    )
    if fmt == "html":
        from cleaners.html_extract import clean_html  # trafilatura is heavy: import it when used

        doc = clean_html(decoded.text, options, **encoding)
    else:
        doc = Document.from_text(decoded.text, format="text", **encoding)
        for rule in TEXT_RULES:
            rule.apply(doc)
    if not doc.kept():
        doc.warnings.append("no article text found: the clean text is empty")
    return doc
