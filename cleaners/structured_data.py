"""JSON-LD objects of a page (schema.org), flattened: what a page says about itself."""

from __future__ import annotations

import json
import re

from lxml.html import HtmlElement

JSON_LD_XPATH = '//script[@type="application/ld+json" or @type="application/json+ld"]'
# Pages wrap JSON-LD in CDATA or HTML comments, and leave raw control characters in strings.
WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
CONTROL = re.compile(r"[\x00-\x1f]")


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


def article_body(objects: list[dict]) -> str | None:
    """The longest articleBody any object declares, or None."""
    bodies = [obj["articleBody"] for obj in objects if isinstance(obj.get("articleBody"), str)]
    return max(bodies, key=len) if bodies else None
