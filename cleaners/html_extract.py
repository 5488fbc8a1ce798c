"""The HTML way: parse once, read metadata, let trafilatura find the article; text rules after."""

from __future__ import annotations

import trafilatura
from trafilatura.utils import load_html

from cleaners.document import Document
from cleaners.html_metadata import read_metadata
from cleaners.settings import Options


def extract_html(page: str, options: Options, **encoding) -> Document:
    tree = load_html(page)
    if tree is None:
        doc = Document.from_text("", format="html", **encoding)
        doc.chars_in = len(page)
        return doc
    metadata = read_metadata(tree)
    result = trafilatura.bare_extraction(
        tree,
        include_comments=options.with_comments,
        favor_precision=options.precision,
        favor_recall=options.recall,
        include_tables=True,
    )
    doc = Document.from_text((result.text if result else "") or "", format="html", **encoding)
    doc.chars_in = len(page)
    doc.metadata = metadata
    return doc
