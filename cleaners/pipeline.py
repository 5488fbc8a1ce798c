"""clean(): decode, choose the way (HTML or text), run the rules, return the Document."""

from __future__ import annotations

from cleaners.decoding import decode
from cleaners.document import Document
from cleaners.errors import EmptyInput, InputTooLarge
from cleaners.formats import detect_format
from cleaners.rules import HTML_RULES, TEXT_RULES
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
        # trafilatura is heavy: import it when used
        from cleaners.html_extract import check_article_body, extract_html

        doc, page = extract_html(decoded.text, options, **encoding)
        rules = HTML_RULES
    else:
        doc = Document.from_text(decoded.text, format="text", **encoding)
        rules = TEXT_RULES
    for rule in rules:
        rule.apply(doc)
    if fmt == "html":
        check_article_body(doc, page)
    if not doc.kept():
        doc.warnings.append("no article text found: the clean text is empty")
    return doc
