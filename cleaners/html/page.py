"""The one page type of the HTML way: the parsed page and what it says about itself.

Every step of the HTML way asks the same questions of the page: the metadata readers
(html/metadata/) its meta tags, JSON-LD, headings and site names; the pruning rules
(html/prune.py) its marked elements and headline; the extraction (html/extract.py) and
the articleBody check its declared articleBody. `HtmlPage` answers each once, from one
pass over the head and a few XPath queries, as it is first asked."""

from __future__ import annotations

import html
import re
from functools import cache, cached_property
from urllib.parse import urlsplit

from lxml.etree import ElementDefaultClassLookup, XPath
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
    tostring,
)

from cleaners.decoding import undo_double_utf8
from cleaners.html.bounds import (
    MAX_PARSE_DEPTH,
    flatten_nesting,
    open_raw_text,
    reopen_comment,
    simplify_tree,
    too_deep,
)
from cleaners.html.structured_data import (
    article_body,
    article_objects,
    as_list,
    index_by_id,
    is_organisation,
    json_ld_objects,
    resolve,
    text_value,
    types_of,
)
from cleaners.regex import lazy_compile

WS = lazy_compile(r"\s+")
INVISIBLE = lazy_compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # soft hyphens, zero widths
# Dashes, quotes and ellipses vary between a page's <title>, its og:title and its <h1>.
LOOSE_CHARS = str.maketrans(
    {
        "–": "-",
        "—": "-",
        "‒": "-",
        "−": "-",
        "‐": "-",
        "‑": "-",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "´": "'",
        "`": "'",
        "\xa0": " ",
    }
)
NOT_WORD = lazy_compile(r"[\W_]+")
# What a site adds to its name in a <title>: "ZEIT ONLINE" for zeit.de, "heise.de" for heise.
COMMENT_SECTION = lazy_compile(r"comment|respond|reply|discussion|disqus|kommentar", re.IGNORECASE)
# WordPress classes a post by its taxonomy: "category-kommentar" is no comment section.
TAXONOMY_CLASS = lazy_compile(r"^(?:category|tag|post_tag|topic)-")
MAX_ANCESTORS = 12
# The JSON-LD article's keys whose objects may be organisations that wrote or published it.
CREDITED_KEYS = ("author", "creator", "publisher")
MARK_ATTRIBUTES = ("class", "id", "role", "aria-label")
MARKED_XPATH = "//body//*[@class or @id or @role or @aria-label]"
INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template"})  # their text is not shown
# A page's chrome, menus and forms: no part of its content, its items or its sections.
CHROME_TAGS = INVISIBLE_TAGS | {"nav", "header", "footer", "aside", "form", "button", "select", "svg"}
# The short texts the byline and date readers look through. The cheap tests go first: most
# text nodes are blank, and testing each node's ancestors is what costs (this way the query
# takes a third of the time it took over all text nodes).
MAX_SHORT_TEXT = 300
SHORT_TEXT_NODES = XPath(
    f"//text()[normalize-space()][string-length() <= {MAX_SHORT_TEXT}]"
    "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::head)]"
)
SITE_SUFFIXES = frozenset(
    {"online", "news", "magazin", "magazine", "blog", "de", "com", "net", "org", "at", "ch", "info", "tv"}
)
MAX_SITE_NAME_CHARS = 60
DOMAIN_PREFIX = lazy_compile(r"^(?:www\d?|m|amp|mobile)\.")


def clean_text(text: str | None) -> str:
    """Whitespace folded, entities a page escaped twice and text it encoded twice decoded."""
    if not text:
        return ""
    if "&" in text:
        text = html.unescape(text)
    return WS.sub(" ", INVISIBLE.sub("", undo_double_utf8(text))).strip()


def loose(text: str | None) -> str:
    """A comparison key: case, spacing, dash and quote styles and ellipses do not count."""
    text = clean_text(text).translate(LOOSE_CHARS).replace("…", "...").casefold()
    return WS.sub(" ", text).strip()


def letters(text: str | None) -> str:
    """Only letters and digits, casefolded: "Zeit Online" == "ZEIT-ONLINE" == "zeitonline"."""
    return NOT_WORD.sub("", (text or "").casefold())


def element_text(element: HtmlElement) -> str:
    return clean_text(element.text_content())


def parse_page(text: str) -> HtmlPage | None:
    """The page parsed, or None when lxml makes nothing of it; kept within the bounds of
    html/bounds.py, each change named in the page's `warnings`."""
    text, reopened = reopen_comment(text)
    warnings = [reopened, open_raw_text(text)]
    tree = load_tree(text)
    if tree is not None and too_deep(html_parser()):
        tree = load_flattened(text, warnings)
    if tree is None:
        return None
    simplified = simplify_tree(tree)
    if simplified:
        # A stripped tag leaves its text as a run of text nodes, which lxml joins anew at
        # every look (quadratic in XPath text() queries): serialised and parsed again, each
        # run is one node.
        warnings.append(simplified)
        tree = load_tree(tostring(tree, encoding="unicode"))
    page = HtmlPage(tree)
    page.warnings = [warning for warning in warnings if warning]
    return page


def load_flattened(text: str, warnings: list) -> HtmlElement | None:
    """The tree of a page too deep for libxml2, flattened beyond MAX_DEPTH first."""
    text, flattened = flatten_nesting(text)
    warnings.append(flattened)
    tree = load_tree(text)
    if too_deep(html_parser()):
        warnings.append(
            f"page still nested beyond {MAX_PARSE_DEPTH} levels: the text past that depth is lost"
        )
    return tree


def load_tree(text: str) -> HtmlElement | None:
    """trafilatura's load_html for a decoded page, step for step, with html_parser(): the
    tree trafilatura would build, whose elements reach Python faster."""
    # trafilatura is heavy: the HTML way alone needs it
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    beginning = text[:50].lower()
    text = repair_faulty_html(text, beginning)
    tree, parsed_bytes = None, False
    try:
        tree = fromstring(text, parser=html_parser())
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, parsed_bytes = parse_bytes(text), True
    except Exception:  # lxml fails on odd pages; the bytes may do
        pass
    if (tree is None or len(tree) < 1) and not parsed_bytes:
        tree = parse_bytes(text)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None  # not HTML at all (trafilatura's test)
    return tree


def parse_bytes(text: str) -> HtmlElement | None:
    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=html_parser())
    except Exception:
        return None


@cache
def html_parser():
    """trafilatura's HTML parser (its options: comments and processing instructions dropped,
    ...), but parsing up to 2048 levels deep, and with the element classes chosen in C.
    lxml.html chooses them in Python, a call for every element that reaches Python (by lxml,
    trafilatura, htmldate and us alike: over 4000 a page; 5% of the time of the HTML way, the
    same outputs on H and W). Its only other classes are lxml.html's form elements
    (FormElement, InputElement ...), whose form API nothing here, in trafilatura or in
    htmldate uses. Copies of the tree keep the parser."""
    parser = HTMLParser(
        # trafilatura.utils.HTML_PARSER's options (a parser's copy cannot add huge_tree)
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        # libxml2's depth limit 2048, not 256: html/bounds.py flattens what goes deeper
        huge_tree=True,
    )
    parser.set_element_class_lookup(
        ElementDefaultClassLookup(
            element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
        )
    )
    return parser


class HtmlPage:
    """Facts about one parsed page. Only the pruning rules change the tree (they run after the
    metadata is read, and note what they removed in `pruned`)."""

    def __init__(self, tree: HtmlElement):
        self.tree = tree
        self.meta = read_meta_tags(tree)
        self.objects = json_ld_objects(tree)
        self.by_id = index_by_id(self.objects)
        self.articles = article_objects(self.objects)
        self.article_body = article_body(self.objects)  # the page's own statement of its article
        self.shown_site_names: list[str] = []
        self.headline_element: HtmlElement | None = None  # where the title reader found it
        self.pruned: set[HtmlElement] = set()  # elements the pruning rules removed
        self.lead_added = False  # the extraction put the page's lead back on top of its text
        self.warnings: list[str] = []  # what parse_page changed to keep the page in bounds
        self._memo: dict = {}

    def memo(self, reader):
        """reader(self), read once per page (readers share some sources)."""
        if reader not in self._memo:
            self._memo[reader] = reader(self)
        return self._memo[reader]

    def meta_values(self, *keys: str) -> list[str]:
        """Contents of the meta tags named keys (name, property or itemprop), in key order."""
        return [value for key in keys for value in self.meta.get(key, [])]

    def meta_first(self, *keys: str) -> str | None:
        values = self.meta_values(*keys)
        return values[0] if values else None

    def article_values(self, key: str) -> list:
        """key's values over the JSON-LD article objects, references resolved."""
        return [
            resolve(value, self.by_id)
            for obj in self.articles
            for value in as_list(obj.get(key))
            if value not in (None, "")
        ]

    @cached_property
    def url(self) -> str | None:
        """The page's own address: canonical link, og:url."""
        for href in self.tree.xpath('//link[@rel="canonical"]/@href'):
            if href.startswith(("http://", "https://")):
                return href.strip()
        found = self.meta_first("og:url", "twitter:url")
        return found.strip() if found and found.startswith(("http://", "https://")) else None

    @cached_property
    def domain(self) -> str | None:
        if not self.url:
            return None
        host = urlsplit(self.url).hostname or ""
        return DOMAIN_PREFIX.sub("", host) or None

    @cached_property
    def site_names(self) -> list[str]:
        """Every name the page gives its site: og:site_name, JSON-LD publisher and WebSite,
        application-name, the Twitter handle, the domain."""
        names = self.meta_values("og:site_name", "application-name", "apple-mobile-web-app-title")
        names += self.shown_site_names
        names += [self.publisher_name] if self.publisher_name else []
        for obj in self.objects:
            kinds = types_of(obj)
            if kinds & {"WebSite", "Organization", "NewsMediaOrganization"} and "Person" not in kinds:
                name = text_value(obj.get("name"))
                if name:
                    names.append(name)
        for handle in self.meta_values("twitter:site"):
            names.append(handle.lstrip("@"))
        if self.domain:
            names.append(self.domain)
            names.append(self.domain.rsplit(".", 1)[0])
        # A page that names its site with its own title has not named its site.
        titles = {letters(self.title_tag)} | {letters(t) for t in self.meta_values("og:title")}
        names = [clean_text(name) for name in dict.fromkeys(names)]
        return [
            name
            for name in names
            if name and len(name) <= MAX_SITE_NAME_CHARS and letters(name) not in titles
        ]

    @cached_property
    def site_keys(self) -> set[str]:
        return {letters(name) for name in self.site_names if len(letters(name)) >= 2}

    @cached_property
    def publisher_name(self) -> str | None:
        for publisher in self.article_values("publisher"):
            if isinstance(publisher, dict) and "Person" in types_of(publisher):
                continue  # a blog's author as its publisher: a person, not a site
            name = text_value(publisher) if isinstance(publisher, (dict, str)) else None
            if name:
                return clean_text(name)
        return None

    def add_site_names(self, names: list[str]) -> None:
        """Names the page shows as its site's (a logo heading): forget what was derived."""
        if names:
            self.shown_site_names += names
            for derived in ("site_names", "site_keys"):
                self.__dict__.pop(derived, None)

    def is_site_name(self, text: str, strict: bool = False) -> bool:
        """Is text one of the site's names (or its domain), give or take spacing and case?
        Not strict: also a site name with a usual addition ("Zeit" and "ZEIT ONLINE")."""
        key = letters(text)
        if not key:
            return False
        return key in self.site_keys or (
            not strict
            and any(
                len(site) >= 4 and key.startswith(site) and key[len(site) :] in SITE_SUFFIXES
                for site in self.site_keys
            )
        )

    @cached_property
    def organisation_names(self) -> set[str]:
        """letters() keys of names JSON-LD gives organisations: not people. An organisation
        is often declared only inside the article, as its author or publisher."""
        credited = [value for key in CREDITED_KEYS for value in self.article_values(key)]
        return {
            letters(text_value(obj.get("name")))
            for obj in [*self.objects, *credited]
            if isinstance(obj, dict)
            and is_organisation(obj)
            and "Person" not in types_of(obj)
            and text_value(obj.get("name"))
        }

    @cached_property
    def headline_chain(self) -> frozenset[HtmlElement]:
        """The page's first h1 and its ancestors (read before anything is pruned)."""
        headlines = self.tree.xpath("//h1")
        return frozenset([headlines[0], *headlines[0].iterancestors()]) if headlines else frozenset()

    @cached_property
    def marked_elements(self) -> list[tuple[HtmlElement, str]]:
        """Visible elements with a class, id, role or aria-label, and those values in lower
        case (read before anything is pruned)."""
        return [
            (element, " ".join(filter(None, map(element.get, MARK_ATTRIBUTES))).lower())
            for element in self.tree.xpath(MARKED_XPATH)
            if element.tag not in INVISIBLE_TAGS
        ]

    @cached_property
    def short_text_nodes(self) -> list:
        """The page's text nodes outside scripts, styles and the head that are not blank and
        at most MAX_SHORT_TEXT characters long, in document order (each knows its parent:
        .getparent(), .is_tail)."""
        return SHORT_TEXT_NODES(self.tree)

    @cached_property
    def title_tag(self) -> str:
        found = self.tree.find(".//title")
        return element_text(found) if found is not None else ""


def read_meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    """Meta tag contents by lowercased name / property / itemprop / http-equiv."""
    meta: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if content is None or not content.strip():
            continue
        content = clean_text(content)
        for attribute in ("name", "property", "itemprop", "http-equiv"):
            key = element.get(attribute)
            if key:
                meta.setdefault(key.strip().lower(), []).append(content)
    return meta


def in_comments(element: HtmlElement) -> bool:
    """Is the element in a comment section (its own classes or ids do not count)?"""
    for count, ancestor in enumerate(element.iterancestors()):
        if count >= MAX_ANCESTORS:
            break
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".split()
        if any(COMMENT_SECTION.search(mark) for mark in marks if not TAXONOMY_CLASS.match(mark)):
            return True
    return False
