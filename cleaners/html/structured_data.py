"""JSON-LD objects of a page (schema.org), flattened: what a page says about itself."""

from __future__ import annotations

import json

from lxml.html import HtmlElement

from cleaners.regex import lazy_compile

JSON_LD_XPATH = '//script[@type="application/ld+json" or @type="application/json+ld"]'
# Pages wrap JSON-LD in CDATA or HTML comments, and leave raw control characters in strings.
WRAPPERS = lazy_compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
CONTROL = lazy_compile(r"[\x00-\x1f]")
# What a page about one piece of writing calls itself.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "BlogPosting",
        "Blog",
        "DiscussionForumPosting",
        "HowTo",
        "LiveBlogPosting",
        "Recipe",
        "Report",
        "Review",
        "ScholarlyArticle",
        "SocialMediaPosting",
        "TechArticle",
        "VideoObject",
        "CreativeWork",
    }
)
ORGANISATION_TYPES = frozenset(
    {"Organization", "NewsMediaOrganization", "Corporation", "WebSite", "LocalBusiness", "Brand"}
)


def json_ld_objects(tree: HtmlElement) -> list[dict]:
    """Every JSON object in the page's JSON-LD blocks, @graph members and lists unrolled."""
    objects: list[dict] = []
    for script in tree.xpath(JSON_LD_XPATH):
        data = parse_json(script.text or "")
        if data is not None:
            objects.extend(flatten(data))
    return objects


def parse_json(text: str):
    text = WRAPPERS.sub("", text.strip())
    try:
        return json.loads(text, strict=False)
    except ValueError:
        try:
            return json.loads(CONTROL.sub(" ", text), strict=False)
        except ValueError:
            return None  # broken JSON-LD is common; the page has other sources


def flatten(data) -> list[dict]:
    if isinstance(data, list):
        return [obj for item in data for obj in flatten(item)]
    if not isinstance(data, dict):
        return []
    found = [data]
    if isinstance(data.get("@graph"), list):
        found += flatten(data["@graph"])
    return found


def types_of(obj: dict) -> set[str]:
    kind = obj.get("@type", [])
    return {str(k) for k in (kind if isinstance(kind, list) else [kind])}


def is_article(obj: dict) -> bool:
    """An object about one piece of writing: NewsArticle, BlogPosting, Recipe, ..."""
    return any(kind in ARTICLE_TYPES or kind.endswith("Article") for kind in types_of(obj))


def is_organisation(obj: dict) -> bool:
    return bool(types_of(obj) & ORGANISATION_TYPES)


def article_objects(objects: list[dict]) -> list[dict]:
    """The objects describing the page's article, most specific first (NewsArticle before
    a generic CreativeWork); pages without one often describe themselves as a WebPage."""
    articles = [obj for obj in objects if is_article(obj)]
    articles.sort(key=lambda obj: "CreativeWork" in types_of(obj))
    pages = [obj for obj in objects if any(k.endswith("Page") for k in types_of(obj))]
    return articles + pages


def index_by_id(objects: list[dict]) -> dict[str, dict]:
    """@id to object, for objects that say more than their @id (Yoast graphs refer by @id)."""
    return {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and len(obj) > 1}


def resolve(value, by_id: dict[str, dict]):
    """A reference {"@id": ...} replaced by the object it names, when the page has it."""
    if isinstance(value, dict) and isinstance(value.get("@id"), str) and "name" not in value:
        return by_id.get(value["@id"], value)
    return value


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def text_value(value) -> str | None:
    """A string, or the text of a {"@value": ...} / {"name": ...} wrapper, or the first of a list."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value", value.get("name"))
    return value.strip() if isinstance(value, str) and value.strip() else None


def article_body(objects: list[dict]) -> str | None:
    """The longest articleBody any object declares, or None."""
    bodies = [obj["articleBody"] for obj in objects if isinstance(obj.get("articleBody"), str)]
    return max(bodies, key=len) if bodies else None
