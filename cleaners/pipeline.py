"""clean(): decode, choose the way (HTML or text), run its rules, return the Document."""

from __future__ import annotations

from cleaners.decoding import decode
from cleaners.document import Document, lines_of
from cleaners.engine import OnTiming, run_rules
from cleaners.errors import EmptyInput, InputTooLarge
from cleaners.formats import HTML, detect_format
from cleaners.language import settle_language
from cleaners.rulebook import HTML_RULES, TEXT_RULES
from cleaners.settings import Options
from cleaners.tuning import resolver


def clean(
    raw: bytes,
    options: Options | None = None,
    on_timing: OnTiming | None = None,
    *,
    charset: str | None = None,
    url: str | None = None,
    **settings,
) -> Document:
    """Clean one document. `settings` are Options fields, e.g. clean(raw, format="text");
    `on_timing(rule_id, seconds)` is told how long each rule took. What the document came
    with, when it came from a crawl: `charset`, the transport's (HTTP Content-Type), used to
    decode it; `url`, where it was fetched, its metadata url when the page names none, and
    the host whose site settings apply (Options.sites; without it, the url the page names)."""
    options = options or Options(**settings)
    if len(raw) > options.max_bytes:
        raise InputTooLarge(f"{len(raw)} bytes is over the limit of {options.max_bytes}")
    if not raw.strip():
        raise EmptyInput("empty input (no text)")
    decoded = decode(raw, charset)
    if not decoded.text.strip():
        raise EmptyInput("empty input (no text after decoding)")
    way = detect_format(decoded.text) if options.format == "auto" else options.format
    doc = Document(
        lines=[],
        format=way,
        encoding=decoded.encoding,
        encoding_confidence=decoded.confidence,
        encoding_method=decoded.method,
        chars_in=len(decoded.text),
        nuls_removed=decoded.nuls,
        options=options,
    )
    tuning = resolver(options, url, doc)  # what a configuration changes for this document
    if way == HTML:
        from cleaners.html.page import parse_page  # lxml and the HTML modules: for pages alone

        doc.page = parse_page(decoded.text)
        if doc.page is not None:  # a page lxml cannot parse has no text to clean
            doc.warnings += doc.page.warnings
            run_rules(doc, HTML_RULES, on_timing, tuning)
    else:
        doc.lines = lines_of(decoded.text)
        run_rules(doc, TEXT_RULES, on_timing, tuning)
    if not doc.kept():
        doc.warnings.append("no article text found: the clean text is empty")
    doc.metadata.url = doc.metadata.url or url
    settle_language(doc, doc.text)
    return doc
