"""Metadata of an HTML page: title, authors, date, site, licence, ... from what the page says
about itself (JSON-LD, meta tags) and what a reader sees (headline, byline).

The headline, the authors and the date each have their reader (title.py, authors.py,
date.py), the smaller fields theirs (fields.py); the facts they share are gathered once by
the page (cleaners/html/page.py). Nothing here changes the tree: pruning and extraction run
on it after."""

from __future__ import annotations

from cleaners.document import Document, Metadata
from cleaners.engine import RuleLog
from cleaners.html.metadata.authors import read_authors
from cleaners.html.metadata.date import read_date
from cleaners.html.metadata.fields import (
    read_categories,
    read_description,
    read_language,
    read_license,
    read_sitename,
    read_tags,
)
from cleaners.html.metadata.title import read_title
from cleaners.html.page import HtmlPage


def read_page_metadata(doc: Document, log: RuleLog) -> None:
    """The page's metadata into the Document (removes nothing)."""
    doc.metadata = read_metadata(doc.page)


def read_metadata(page: HtmlPage) -> Metadata:
    """Read the page's metadata. Must not modify the tree (extraction runs on it afterwards)."""
    return Metadata(
        title=read_title(page),
        author=read_authors(page),
        date=read_date(page),
        sitename=read_sitename(page),
        license=read_license(page),
        categories=read_categories(page),
        tags=read_tags(page),
        description=read_description(page),
        url=page.url,
        language=read_language(page),
    )
