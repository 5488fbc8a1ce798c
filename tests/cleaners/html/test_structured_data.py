from lxml.html import fromstring

from cleaners.html.structured_data import (
    article_body,
    article_objects,
    as_list,
    index_by_id,
    json_ld_objects,
    resolve,
    text_value,
    types_of,
)

PAGE = """<html><head>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "The Valley Echo"},
  {"@type": ["NewsArticle"], "headline": "Council backs night buses",
   "articleBody": "The regional council voted on Tuesday.\tOfficials agreed."}]}</script>
<script type="application/ld+json"><!-- {"@type": "Organization", "name": "Echo Media"} --></script>
<script type="application/ld+json">{"@type": "broken", </script>
</head><body><p>x</p></body></html>"""


def test_objects_are_flattened_and_broken_blocks_skipped():
    objects = json_ld_objects(fromstring(PAGE))
    assert [sorted(types_of(o)) for o in objects] == [[], ["WebSite"], ["NewsArticle"], ["Organization"]]


def test_article_body():
    assert article_body(json_ld_objects(fromstring(PAGE))).startswith("The regional council")


YOAST = """<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebPage", "@id": "https://x.example/a/#webpage", "name": "Council backs night buses"},
  {"@type": "Person", "@id": "https://x.example/#/person/1", "name": "Ruth Okafor"},
  {"@type": "CreativeWork", "name": "Archive"},
  {"@type": "NewsArticle", "@id": "https://x.example/a/#article",
   "author": {"@id": "https://x.example/#/person/1"}, "headline": {"@value": "Council backs night buses"}}
]}</script></head><body></body></html>"""


def test_article_objects_most_specific_first_then_pages():
    objects = json_ld_objects(fromstring(YOAST))
    kinds = [sorted(types_of(o)) for o in article_objects(objects)]
    assert kinds == [["NewsArticle"], ["CreativeWork"], ["WebPage"]]


def test_references_resolve_by_id():
    objects = json_ld_objects(fromstring(YOAST))
    by_id = index_by_id(objects)
    article = article_objects(objects)[0]
    assert resolve(article["author"], by_id)["name"] == "Ruth Okafor"
    assert resolve({"@id": "https://x.example/#/unknown"}, by_id) == {"@id": "https://x.example/#/unknown"}


def test_text_values():
    assert text_value({"@value": " Council backs night buses "}) == "Council backs night buses"
    assert text_value(["first", "second"]) == "first"
    assert text_value({"name": "Ruth Okafor"}) == "Ruth Okafor"
    assert text_value(42) is None
    assert as_list(None) == [] and as_list("a") == ["a"]
