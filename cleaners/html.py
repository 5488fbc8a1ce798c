"""The HTML way: trafilatura finds the article and its metadata; the text rules run after."""

from __future__ import annotations

import trafilatura

from cleaners.document import Document, Metadata
from cleaners.settings import Options


def extract_html(page: str, options: Options, **encoding) -> Document:
    result = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=options.with_comments,
        favor_precision=options.precision,
        favor_recall=options.recall,
        include_tables=True,
    )
    text = (result.text if result else "") or ""
    doc = Document.from_text(text, format="html", **encoding)
    doc.chars_in = len(page)
    if result:
        doc.metadata = metadata_from(result)
    return doc


def metadata_from(result) -> Metadata:
    return Metadata(
        title=result.title or None,
        author=split_names(result.author),
        date=result.date or None,
        sitename=result.sitename or None,
        license=result.license or None,
        categories=list(result.categories or []),
        tags=list(result.tags or []),
        description=result.description or None,
        url=result.url or None,
        language=result.language or None,
    )


def split_names(author: str | None) -> list[str]:
    return [name.strip() for name in (author or "").split(";") if name.strip()]
