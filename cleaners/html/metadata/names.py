"""Names out of a byline: "Von Max Muster · 3. Mai 2021" is ["Max Muster"].

A byline carries a label before the names ("By", "Von", "Par", "Autor:"), a date, an
outlet or a role after them (", CNN", " | 3 min read", "Staff writer"), and several names
joined by commas and conjunctions. What is left must read as a name: not a URL, not a
label, not a sentence. Names keep the page's spelling."""

from __future__ import annotations

import re

from cleaners.dates import PAGE_MONTHS
from cleaners.html.page import HtmlPage, clean_text, letters
from cleaners.lexicon.months import MONTHS, WEEKDAYS, table_words
from cleaners.lexicon.patterns import alternation


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


AUTHOR_LABEL = (
    r"(?:(?:written|posted|published|reported|text|words|story)\s+by|by|von|vom|par|door|por|"
    r"av|af|od|przez|escrito por|publicado por|publié par|écrit par|scritto da|pubblicato da|"
    r"(?:geschrieben|verfasst|veröffentlicht|eingestellt|erstellt|gepostet|publiziert|gespeichert|"
    r"eingereicht)\s+von|submitted\s+by|"
    r"(?:ein\s+)?(?:beitrag|artikel|text|interview)\s*von|"
    r"autor(?:in|en)?|authors?|auteur(?:e|s)?|autore|redakteur(?:in)?|interview|text|texto|testo|"
    r"redaktion(?=\s*:)|"
    r"责任编辑|作者|编辑)"
)
# "Von Max Muster · 3. Mai", "Posted on 3 May 2020 by Jane Doe", "Dezember 10 · von jdoe":
# the names follow a label at the start, or after a date, a separator or a lowercase word
# ("Walter von Aachen" and "Christoph von Ritter" are names, not labels).
LABEL = re.compile(rf"(?<![^\W\d_])(?<!-)(?:{AUTHOR_LABEL})(?:\b|(?<=[编辑者]))\s*[:：]?\s*(?=\S)", re.I)
LABEL_CONTEXT = re.compile(r"(?:^|[\d·•|,(~:]\s*|\b[^\W\d_A-ZÄÖÜ]\w*\s+|^\W+)$")
LOWERCASE_LABEL = re.compile(r"^(?:di|de|da|do)\s+(?=\S)")  # "di Mario Rossi", not "De Niro"
GLUED_LABEL = re.compile(r"^(?:Author|Autor|Autorin|Auteur|By|Von|Text)(?=[A-ZÄÖÜ])")  # "AuthorJane Doe"
# Credits that are not for the writing.
OTHER_CREDIT = re.compile(
    r"^(?:fotos?|photos?|photography|bilder?|bild|illustrations?|grafik|video|kamera|quelle|source|"
    r"image|images|credit)\b",
    re.IGNORECASE,
)
MONTH_WORDS = alternation(PAGE_MONTHS)
# Weekdays written out; Spanish ones are left out, as "Domingo" is also a name.
FULL_WEEKDAYS = alternation(table_words(WEEKDAYS, ("en", "de", "fr"), abbreviated=False))
WEEKDAY_WORDS = alternation(table_words(WEEKDAYS))
# Words a byline template glues to the name: "Jane DoePublished Nov 8".
GLUED_WORDS = (
    r"Published|Updated|Hace|Quelle|Source|Last|Veröffentlicht|Aktualisiert|Publicado|Publiziert|"
    r"Stand|Follow|Mehr|vor\s+\d"
)
# Where the names end: a date, a time, a "published" label, another credit, a separator.
NAMES_END = re.compile(
    r"\s+(?:am|on|le|el|il|em|um|at|hace|den|vom|in|dans|en)\s+(?=\S*\d|[A-ZÄÖÜ]?[a-zäöü]+\b[.,]?\s*\d)|"
    rf"\s+(?:{MONTH_WORDS}|{WEEKDAY_WORDS})\.?,?\s*(?=\d)|\s+(?:{FULL_WEEKDAYS})\b|(?<=[a-zà-ÿ])(?={GLUED_WORDS})|"
    r"\s+(?:alle artikel|alle beiträge|weitere beiträge|more posts|more by|view all|all posts)\b|"
    r"\s+(?:illustrations?|fotos?|photos?|bilder?|grafik|mitarbeit|übersetzung|translation)\b|"
    r"\s+(?:hosted|powered|designed|design|theme|illustrated|photographed|translated)\s+by\b|"
    r"\s+(?:filed under|under|unter|in)\s+(?=[A-ZÄÖÜ])|"
    r"\s+(?:published|publicado|publié|pubblicato|veröffentlicht|updated|aktualisiert|"
    r"actualizado|stand|datum|date|lesezeit|reading time|tiempo de lectura)\b|"
    r"\s*[|·•~]\s*|\s[-–—]\s|(?:^|,?\s)\d|\s*\(",
    re.IGNORECASE,
)
# Bylines name the outlet or a role after the names: ", CNN", "/ Reuters", ", Staff writer".
OUTLET_SPLIT = re.compile(r"\s*(?:,|/)\s*")
ROLE = re.compile(
    r"\b(?:redakteur(?:in|e)?|reporter(?:in)?s?|korrespondent(?:in)?|correspondents?|editors?|"
    r"chefredakteur(?:in)?|staff writers?|contributors?|writers?|journalist(?:in)?s?|"
    r"rédact(?:eur|rice)s?|redacción|redazione|photographers?|fotograf(?:in)?|team|phd|md|m\.d\.)$",
    re.IGNORECASE,
)
# "Jane Doe, Projektleiterin der HSS", "Max Muster, Pressesprecher des Vereins".
ROLE_FIRST = re.compile(
    r"\w*(?:leiter|sprecher|referent|direktor|vorsitzender?|präsident|beauftragter?|"
    r"manager|director|officer|spokes(?:man|woman|person))(?:in)?\b",
    re.IGNORECASE,
)
TRAILING_ROLE = re.compile(
    r"(?<=\w)\s+(?:chefredakteur(?:in)?|redakteur(?:in)?|autor(?:in)?|reporter(?:in)?|"
    r"korrespondent(?:in)?|editor|writer|journalist(?:in)?|staff|contributor)$",
    re.IGNORECASE,
)
NAME_SEPARATOR = re.compile(r"\s*(?:[,;&]|\s(?:and|und|et|y|e|i|og|en|u\.)\s)\s*")
FOOTNOTE = re.compile(r"(?<=[^\W\d_])\d{1,2}$")  # "Jane Doe1": an affiliation mark
TWITTER_HANDLE = re.compile(r"\s*@\w+")
# A user name rather than a name: "jdoe", "jane.doe", "freeman1984".
HANDLE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)+$|^[a-z]+\d*$")
CJK_NAME = re.compile(r"^[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,4}$")
URL = re.compile(r"^(?:https?:|www\.)|^\S+\.(?:com|de|net|org|html?)/", re.IGNORECASE)
NOT_A_NAME = re.compile(
    r"https?:|\b(?:says|sagt|said|schreibt|writes|wrote|dice|dit|comment(?:s|e|aire)?|kommentar|"
    r"antworten|reply|repl(?:y|ies)|share|teilen|read more|weiterlesen|mehr|more|posts?|"
    r"beiträge|artikel|articles|alle|all|view|profile?|profil|follow|folgen|newsletter|"
    r"abonnieren|subscribe|login|anmelden|name|e-mail|email|minute|minuten|lesezeit|read|"
    r"updated|aktualisiert|published|veröffentlicht|uhr|no author|unknown author|min|ca)\b|"
    r"\d{1,2}[./:]\d{1,2}|\[at\]|\(at\)|\[dot\]",
    re.IGNORECASE,
)
NOT_NAME_WORDS = word_set(
    "on am at in le el il em um by von de the der die das posted publiziert datum date stand "
    "admin administrator anonymous anonym unknown null none undefined"
)
# A name does not start with a label: "Posted on", "Zuletzt geändert am", "Author information".
LABEL_WORDS = word_set(
    "posted publiziert published publicado publié pubblicato veröffentlicht geschrieben "
    "gespeichert zuletzt geändert aktualisiert updated autor autorin autoren author authors "
    "auteur auteurs autore datum date stand von by text"
)
# A name does not start with a month or a weekday written out, but for the months that are
# also first names ("May Lee", "Mai Nguyen").
FIRST_NAME_MONTHS = ("may", "mai")
MONTHS_WRITTEN_OUT = set(table_words(MONTHS, ("en", "de"), abbreviated=False)) - set(FIRST_NAME_MONTHS)
NOT_FIRST_WORD = re.compile(rf"^(?:{FULL_WEEKDAYS}|{alternation(MONTHS_WRITTEN_OUT)})\W*$", re.IGNORECASE)
NAME_PARTICLES = word_set("von van der den de del della di da dos du la le al bin ben zu vom ter ten y")
# Names of organisations, not people.
ORGANISATION = re.compile(
    r"(?:^|\s)e\.\s?v\.?(?:$|\s)|\b(?:gmbh|ag|inc|ltd|llc|s\.a\.|verlag|stiftung|verband|gesellschaft|"
    r"association|foundation|institut|institute|ministerium|ministry|universit(?:y|ät)|"
    r"zeitung|magazin|magazine|media|medien|online|agentur|agency)\b",
    re.IGNORECASE,
)
MAX_NAMES = 12  # more is a reference list, not a byline
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 6
MAX_SHAPED_WORDS = 4

# How sure a name is a person's: a name, a user handle, or maybe not a person at all.
PERSON, HANDLE_RANK, OTHER = 0, 1, 2


def names_in(texts: list[str], page: HtmlPage) -> list[str]:
    """The names in some byline texts, each once, in order; none when there are too many
    (a list of references is not a byline)."""
    names: list[str] = []
    for text in texts:
        if URL.search(text.strip()) or OTHER_CREDIT.match(text.strip()):
            continue
        for name in split_names(clean_name(text, page)):
            if is_person_name(name) and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return names if len(names) <= MAX_NAMES else []


def clean_name(text: str, page: HtmlPage) -> str:
    """A byline's names without the label before them and what follows them (a date, the
    outlet, a role)."""
    text = TWITTER_HANDLE.sub("", clean_text(text)).strip(" :|-–—,·•~©")
    text = after_label(text)
    text = GLUED_LABEL.sub("", LOWERCASE_LABEL.sub("", text))
    text = NAMES_END.split(text, maxsplit=1)[0].strip(" :|-–—,·•")
    parts = OUTLET_SPLIT.split(text)
    while len(parts) > 1 and (
        page.is_site_name(parts[-1]) or ROLE.search(parts[-1]) or ROLE_FIRST.match(parts[-1])
    ):
        parts.pop()
    text = ", ".join(parts)
    without_role = TRAILING_ROLE.sub("", text)
    return without_role if len(without_role.split()) >= 2 else text


def after_label(text: str) -> str:
    """What follows the byline label, or text when it has none."""
    for label in LABEL.finditer(text):
        if LABEL_CONTEXT.search(text[: label.start()]):
            return text[label.end() :]
    return text


def split_names(text: str) -> list[str]:
    return [tidy_name(name) for name in NAME_SEPARATOR.split(text)]


def tidy_name(name: str) -> str:
    name = name.strip(" :»«")
    if name.count(")") > name.count("("):
        name = name.rstrip(")")
    return FOOTNOTE.sub("", name) if " " in name else name


def is_person_name(name: str) -> bool:
    """Could this be someone's name (or user name)? Not a URL, a label, a sentence."""
    if len(name) < 2 or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return False
    if not any(char.isalpha() for char in name) or NOT_A_NAME.search(name) or URL.search(name):
        return False
    first = name.split()[0]
    if " " in name and first.islower() and first.isalpha() and first not in NAME_PARTICLES:
        return False  # "deinen Hochzeitsbloggern": words, not a name
    return not (
        name.casefold() in NOT_NAME_WORDS or first.casefold() in LABEL_WORDS or NOT_FIRST_WORD.match(first)
    )


def is_name_shaped(name: str) -> bool:
    """Written like a name, for bylines found in running text: capitalised words and
    particles ("Anna von Heyden", "R. R."), one user handle ("jdoe42"), a short CJK name."""
    words = name.split()
    if not 1 <= len(words) <= MAX_SHAPED_WORDS or (len(words) > 1 and any(c.isdigit() for c in name)):
        return False
    if name.casefold() in NAME_PARTICLES | NOT_NAME_WORDS | LABEL_WORDS:
        return False
    if len(words) == 1 and (HANDLE.match(name) or CJK_NAME.match(name)):
        return True
    if len(words[-1]) < 2:
        return False  # "Trustpilot A": a name ends with a word or an initial ("R. R.")
    return (
        all(word[0].isupper() or word in NAME_PARTICLES for word in words)
        and not all(word in NAME_PARTICLES for word in words)
        and not any(
            word.casefold() in LABEL_WORDS or word.casefold() in NOT_NAME_WORDS
            for word in words
            if word.casefold() not in NAME_PARTICLES  # "Loïc Le Clerc", "Anna von Heyden"
        )
    )


def name_rank(name: str, page: HtmlPage) -> int:
    """PERSON, HANDLE_RANK (a user name) or OTHER (the site's own name, an organisation:
    credited, but maybe not a person)."""
    if HANDLE.match(name):
        return HANDLE_RANK
    if page.is_site_name(name) or letters(name) in page.organisation_names or ORGANISATION.search(name):
        return OTHER
    return PERSON


def best_rank(names: list[str], page: HtmlPage) -> int | None:
    return min((name_rank(name, page) for name in names), default=None)
