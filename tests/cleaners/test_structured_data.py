from lxml.html import fromstring

from cleaners.structured_data import article_body, json_ld_objects, types_of

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
