"""Metadata of an HTML page: title, authors, date, site, licence, ... from its structured data."""

from __future__ import annotations

from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata

from cleaners.document import Metadata


def read_metadata(tree: HtmlElement, url: str | None = None) -> Metadata:
    """Read the page's metadata. Must not modify `tree` (extraction runs on it afterwards)."""
    found = extract_metadata(tree, url)
    return Metadata(
        title=found.title or None,
        author=split_names(found.author),
        date=found.date or None,
        sitename=found.sitename or None,
        license=found.license or None,
        categories=list(found.categories or []),
        tags=list(found.tags or []),
        description=found.description or None,
        url=found.url or None,
        language=found.language or None,
    )


def split_names(author: str | None) -> list[str]:
    return [name.strip() for name in (author or "").split(";") if name.strip()]
