"""An author's bio at the end of the text: "Jane Doe is a staff writer at ...", "Max Muster
leitet das Ressort ...", "Ich bin Foodbloggerin ...", "Senior Editor with a focus on ...".

Told by its shape: a person named (or the writer speaking of themself), a verb that presents
them, and a role within a few words; or a line that opens with a role. Only the last lines
are read: a sentence of that shape inside the article is its news ("The mayor is a former
journalist").
"""

from __future__ import annotations

from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.formats import HTML
from cleaners.lexicon import bios
from cleaners.lexicon.patterns import alternation
from cleaners.regex import lazy_compile
from cleaners.shapes import is_reported_speech, laid_out_in_blocks, word_count

CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"
NAME = rf"(?!(?i:{alternation(bios.NOT_PERSONS)})\b){CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}"
ROLE = rf"(?:{alternation(bios.ROLES)}|\w*(?:{alternation(bios.ROLE_ENDINGS)})(?:in|innen)?)"
BIO = lazy_compile(
    rf"^(?:{NAME}\s+(?i:{alternation(bios.PRESENTING_VERBS)})|(?i:{alternation(bios.FIRST_PERSON)}))"
    rf"\b[^.!?]{{0,60}}?\b(?i:{ROLE})\b"
)
# A bio that opens with the role: "Senior Editor with a focus on ...", "Redakteur für Wirtschaft".
ROLE_FIRST = lazy_compile(
    rf"^(?:(?!(?i:{alternation(bios.ARTICLES)})\b){CAPITALISED}\s+)?(?i:{ROLE})\b(?!\s*:)"
)
BIO_REACH = 3  # the last lines read
MAX_BIO_WORDS = 80
MAX_ROLE_FIRST_WORDS = 12  # of the first sentence of a bio that opens with the role: no news
MIN_LINES = 4  # a shorter text is read whole: its last lines may be all it has
# The texts an author's bio closes: a dump's (no page type) and an article page's (the HTML
# way's types, html/page_type.py). A forum post or a profile page presenting a person is content.
BIO_PAGE_TYPES = (None, "article")


def strip_author_bios(doc: Document, log: RuleLog) -> None:
    """The bios among the last BIO_REACH lines; when one goes, the lines it leaves at the end
    are read again (an author box: "Author", the name, the bio), as a second cleaning would."""
    if doc.metadata.page_type not in BIO_PAGE_TYPES or reads_as_clean_text(doc):
        return
    kept = doc.kept()
    while len(kept) >= MIN_LINES:
        bios = [line for line in kept[-BIO_REACH:] if is_short_bio(line.text)]
        if not bios:
            return
        for line in bios:
            log.drop(line, "author's bio at the end")
        kept = kept[:-BIO_REACH] + [line for line in kept[-BIO_REACH:] if line not in bios]


def reads_as_clean_text(doc: Document) -> bool:
    """Is a text cleaned already: no frame found around it, its lines set apart as the cleaning
    writes them? Its last lines are the ones the first cleaning kept (a bio it read as the
    article's own), so that cleaning it again changes nothing."""
    return doc.format != HTML and not doc.removals and not laid_out_in_blocks(doc.kept())


def is_short_bio(text: str) -> bool:
    return word_count(text, MAX_BIO_WORDS + 1) <= MAX_BIO_WORDS and is_bio(text)


def is_bio(text: str) -> bool:
    if BIO.match(text):
        return True
    first_sentence = text.split(". ", 1)[0]
    return (
        bool(ROLE_FIRST.match(text))
        and word_count(first_sentence, MAX_ROLE_FIRST_WORDS + 1) <= MAX_ROLE_FIRST_WORDS
        and not is_reported_speech(text)
    )
