"""The HTML way's extraction: trafilatura's text of the pruned page, its lead put back on top.

trafilatura finds the article in the page the pruning rules left (what it leaves out is not
logged line by line: the sidecar's `format` says the document went this way). Extractors
often leave out the lead a page shows under its headline (see lead.py): when the page shows
one and the text lacks it, it goes back on top.
"""

from __future__ import annotations

from cleaners.document import Document, lines_of
from cleaners.engine import RuleLog
from cleaners.html.lead import find_lead, missing_from


def extract_text(doc: Document, log: RuleLog) -> None:
    import trafilatura  # heavy (a third of a second): imported by the first page that needs it

    options, page = doc.options, doc.page
    lead = find_lead(page)
    result = trafilatura.bare_extraction(
        page.tree,
        include_comments=options.with_comments,
        favor_precision=options.precision,
        favor_recall=options.recall,
        include_tables=True,
    )
    text = (result.text if result else "") or ""
    if options.with_comments and result and result.comments:
        text = f"{text}\n{result.comments}"  # trafilatura hands comments over apart from the text
    page.lead_added = bool(lead and missing_from(text, lead))
    if page.lead_added:
        text = f"{lead}\n{text}"
    doc.lines = lines_of(text)
