"""The HTML way's extraction: trafilatura's text of the pruned page, run by the profile of the
page's type, its lead put back on top.

The page's type is decided first (html/page_type.py; the sidecar's `metadata.page_type` names
it) and its profile (html/profiles.py) says when trafilatura's text is too little of the
page's main region to be its content (a listing's items, a service page's sections): then
the region's own text is taken. A product page whose text lacks the description its JSON-LD
Product declares gets it on top (html/product.py). trafilatura finds the article in the page the pruning rules
left (what it leaves out is not logged line by line: the sidecar's `format` says the document
went this way). Extractors often leave out the lead a page shows under its headline (see
lead.py): when the page shows one and the text lacks it, it goes back on top.
"""

from __future__ import annotations

from cleaners.document import Document, lines_of
from cleaners.engine import RuleLog
from cleaners.html.lead import find_lead, missing_from
from cleaners.html.page_type import PRODUCT, decide_page_type, declares_type
from cleaners.html.product import lacks, product_description
from cleaners.html.profiles import profile_of, region_instead


def extract_text(doc: Document, log: RuleLog) -> None:
    options, page = doc.options, doc.page
    doc.metadata.page_type = page.memo(decide_page_type)
    lead = find_lead(page)
    text = trafilatura_text(doc)
    if not options.precision:  # --precision asks for trafilatura's choice, not more text
        declared = page.memo(declares_type)
        profile = profile_of(doc.metadata.page_type, bool(doc.metadata.date), declared)
        text = region_instead(page, profile, text) or text
        text = with_product_description(doc, text)
    page.lead_added = bool(lead and missing_from(text, lead))
    if page.lead_added:
        text = f"{lead}\n{text}"
    doc.lines = lines_of(text)


def with_product_description(doc: Document, text: str) -> str:
    if doc.metadata.page_type != PRODUCT:
        return text
    description = product_description(doc.page)
    return f"{description}\n{text}" if description and lacks(text, description) else text


def trafilatura_text(doc: Document) -> str:
    import trafilatura  # heavy (a third of a second): imported by the first page that needs it

    options = doc.options
    result = trafilatura.bare_extraction(
        doc.page.tree,
        include_comments=options.with_comments,
        favor_precision=options.precision,
        favor_recall=options.recall,
        include_tables=True,
    )
    text = (result.text if result else "") or ""
    if options.with_comments and result and result.comments:
        text = f"{text}\n{result.comments}"  # trafilatura hands comments over apart from the text
    return text
