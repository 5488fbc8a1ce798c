"""The smaller metadata fields of an HTML page: site name, description, language, categories,
tags and licence, from what the page declares (meta tags, JSON-LD, rel links)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from cleaners.html.page import HtmlPage, clean_text
from cleaners.html.structured_data import as_list, text_value, types_of
from cleaners.regex import RUN_START, lazy_compile

DESCRIPTION_META_KEYS = ("og:description", "description", "twitter:description", "dc.description")
LANGUAGE_META_KEYS = ("content-language", "language", "dc.language", "og:locale")
LANGUAGE_TAG = lazy_compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}))?\b")
TAG_META_KEYS = ("article:tag", "keywords", "news_keywords", "parsely-tags")
TAG_SPLIT = lazy_compile(rf"{RUN_START}\s*[,;]\s*")
MAX_TAGS = 30
CATEGORY_LINKS_XPATH = "//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]"
TAG_LINKS_XPATH = "//a[@rel='tag']"
# rel=license links, and Creative Commons links in footers.
LICENSE_LINK_XPATH = "//link[contains(@rel, 'license')] | //a[contains(@rel, 'license')]"
CC_LINK_XPATH = "//a[contains(@href, 'creativecommons.org')]"
CC_LICENSE = lazy_compile(
    r"creativecommons\.org/(?:licenses/([a-z-]+)/(\d\.\d)|publicdomain/(zero)/(\d\.\d))", re.I
)


def read_sitename(page: HtmlPage) -> str | None:
    """og:site_name, the JSON-LD publisher or WebSite, the app name, the name in the site's
    logo heading; else the domain."""
    for name in page.meta_values("og:site_name"):
        return name
    if page.publisher_name:
        return page.publisher_name
    for obj in page.objects:
        if "WebSite" in types_of(obj) and text_value(obj.get("name")):
            return clean_text(text_value(obj.get("name")))
    for name in page.meta_values("application-name") + page.shown_site_names:
        return name
    return page.domain


def read_description(page: HtmlPage) -> str | None:
    for value in page.meta_values(*DESCRIPTION_META_KEYS):
        return value
    for value in page.article_values("description"):
        if text_value(value):
            return clean_text(text_value(value))
    return None


def read_language(page: HtmlPage) -> str | None:
    """The page's language as a BCP 47 tag ("de", "en-GB"): <html lang>, then meta tags."""
    candidates = [page.tree.get("lang"), page.tree.get("xml:lang")]
    candidates += page.meta_values(*LANGUAGE_META_KEYS)
    candidates += [text_value(value) for value in page.article_values("inLanguage")]
    for candidate in candidates:
        if candidate and (match := LANGUAGE_TAG.match(candidate.strip())):
            language, region = match.groups()
            return f"{language.lower()}-{region.upper()}" if region else language.lower()
    return None


def read_categories(page: HtmlPage) -> list[str]:
    sections = [text_value(value) for value in page.article_values("articleSection")]
    sections += page.meta_values("article:section")
    found = unique(clean_text(section) for section in sections if section)
    return found or linked_terms(page, CATEGORY_LINKS_XPATH)


def read_tags(page: HtmlPage) -> list[str]:
    tags: list[str] = []
    for value in page.meta_values(*TAG_META_KEYS):
        tags += TAG_SPLIT.split(value)
    for value in page.article_values("keywords"):
        for keyword in as_list(value):
            if isinstance(keyword, str):
                tags += TAG_SPLIT.split(keyword)
    found = unique(clean_text(tag) for tag in tags if tag)[:MAX_TAGS]
    return found or linked_terms(page, TAG_LINKS_XPATH)


def read_license(page: HtmlPage) -> str | None:
    """The licence the page links as its licence (rel=license), or a Creative Commons
    licence its footer links to."""
    for link in page.tree.xpath(LICENSE_LINK_XPATH):
        if found := cc_license(link.get("href", "")) or clean_text(link.text_content()):
            return found
    for value in page.meta_values("dc.rights", "dcterms.license"):
        if found := cc_license(value):
            return found
    for link in page.tree.xpath(CC_LINK_XPATH):
        if in_footer(link) and (found := cc_license(link.get("href", ""))):
            return found
    return None


def in_footer(element: HtmlElement) -> bool:
    return any(
        node.tag == "footer" or "footer" in f"{node.get('class', '')} {node.get('id', '')}".lower()
        for node in element.iterancestors()
    )


def cc_license(href: str) -> str | None:
    """ "CC BY-SA 4.0" from a creativecommons.org address."""
    if match := CC_LICENSE.search(href):
        kind, version = (match[1], match[2]) if match[1] else (match[3], match[4])
        return f"CC {kind.upper()} {version}"
    return None


def linked_terms(page: HtmlPage, xpath: str) -> list[str]:
    """The texts of taxonomy links (rel="category tag", rel="tag": WordPress and others)."""
    return unique(clean_text(link.text_content()) for link in page.tree.xpath(xpath))[:MAX_TAGS]


def unique(items) -> list[str]:
    return [item for item in dict.fromkeys(items) if item]
