"""Names out of a byline, for both ways: "Von Max Muster · 3. Mai 2021" is ["Max Muster"].

A byline carries a label before the names ("By", "Von", "Par", "Autor:"), a date, an
outlet or a role after them (", CNN", " | 3 min read", "Staff writer"), and several names
joined by commas and conjunctions. What is left must read as a name: not a URL, not a
label, not a sentence. Names keep the page's spelling.

The text way reads a line of running text with parse_byline: it must start with a label
("By Maria Gonzalez, The Daily Ledger"), as any line may be read. The HTML way reads what a
page marks as a byline with names_in, which knows more labels and ways to end the names. Both
read their words from cleaners/lexicon/bylines.py (months and weekdays from
cleaners/lexicon/months.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cleaners.dates import PAGE_MONTHS
from cleaners.lexicon.bylines import (
    AUTHOR_PAGE_LINKS,
    BY_PHRASE_WORDS,
    CATEGORY_WORDS,
    COLON_LABELS,
    CONJUNCTIONS,
    CREDITS_AFTER_NAMES,
    DATE_PREPOSITIONS,
    DEGREES,
    FIRST_NAME_MONTHS,
    GLUED_LABELS,
    GLUED_WORDS,
    LABEL_WORDS,
    LABELS,
    LINE_LABELS,
    LOWERCASE_LABELS,
    MARKED_LABELS,
    NAME_PARTICLES,
    NAMELESS_WORDS,
    NAMES_END_LABELS,
    NOT_NAME_WORDS,
    ORGANISATION_WORDS,
    OTHER_CREDITS,
    ROLE_ENDINGS,
    ROLES,
    SITE_CREDITS,
    TRAILING_ROLES,
    words_of,
)
from cleaners.lexicon.months import MONTHS, WEEKDAYS, table_words
from cleaners.lexicon.patterns import longest_first
from cleaners.lexicon.people import CREDENTIALS, RIGHTS_NOTICES, ROLE_WORDS
from cleaners.regex import RUN_START, lazy_compile
from cleaners.shapes import ends_sentence, words

if TYPE_CHECKING:  # the HTML way's functions below import its page module when called:
    from cleaners.html.page import HtmlPage  # lxml and the rest cost the text way nothing

PARTICLES = frozenset(NAME_PARTICLES)

# The text way: "By NAME[, NAME and NAME][, Outlet]" at the start of a line.
BYLINE = lazy_compile(
    rf"^(?:{longest_first(words_of(LABELS) + words_of(LINE_LABELS))})(?:\s*:\s+|\s+)(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# What follows the names: ", Outlet", " | Outlet", " - Outlet", " for Outlet".
OUTLET_SEPARATOR = lazy_compile(rf"{RUN_START}\s*(?:,|\||—|–|\s-\s|\bfor\b)\s*")
ENGLISH_CONJUNCTIONS = longest_first(words_of(CONJUNCTIONS, ["en"]))
LINE_NAME_SEPARATOR = lazy_compile(rf"{RUN_START}\s*(?:,|&|\b(?:{ENGLISH_CONJUNCTIONS})\b)\s*", re.IGNORECASE)
NAME_TOKEN = lazy_compile(rf"^(?:[A-Z][\w’'.-]*|[A-Z]\.|(?:{longest_first(NAME_PARTICLES)})\b)$")
# "By Monday, the talks had stalled", "By March, ...": no name.
ENGLISH_DATE_WORDS = [
    *table_words(MONTHS, ["en"], abbreviated=False),
    *table_words(WEEKDAYS, ["en"], abbreviated=False),
]
NOT_NAMES = lazy_compile(rf"^(?:{longest_first([*BY_PHRASE_WORDS, *ENGLISH_DATE_WORDS])})$", re.IGNORECASE)
OUTLET_ROLE = lazy_compile(rf"\b(?:{longest_first(words_of(ROLES))})\b", re.IGNORECASE)
REPORTING_PLACE = lazy_compile(rf"{RUN_START}\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")
# A byline without "By" that a blog template writes: "Jane Doe | 3 min read".
NAME_WITH_READING_TIME = lazy_compile(
    r"^(?P<names>[^|·•]{3,60}?)\s*[|·•]\s*\d+\s*min(?:ute)?s?\s+read\s*$", re.I
)
INITIAL_END = lazy_compile(r"\b[A-Z]\.$")
MAX_BYLINE_WORDS = 14

# The HTML way: the label, then the names up to what ends them.
AUTHOR_LABEL = (
    rf"(?:{longest_first(words_of(LABELS) + words_of(MARKED_LABELS))}|"
    rf"(?:{longest_first(words_of(COLON_LABELS))})(?=\s*:))"
)
CJK_LABEL_ENDS = "".join(sorted({label[-1] for label in MARKED_LABELS["zh"]}))
# "Von Max Muster · 3. Mai", "Posted on 3 May 2020 by Jane Doe", "Dezember 10 · von jdoe":
# the names follow a label at the start, or after a date, a separator or a lowercase word
# ("Walter von Aachen" and "Christoph von Ritter" are names, not labels).
LABEL = lazy_compile(
    rf"(?<![^\W\d_])(?<!-)(?:{AUTHOR_LABEL})(?:\b|(?<=[{CJK_LABEL_ENDS}]))\s*(?:[:：]\s*)?(?=\S)", re.I
)
# What stands before a label that starts the names: nothing, a digit or a mark, a lowercase word,
# marks alone. That is `(?:^|[\d·•|,(~:]\s*|\b[^\W\d_A-ZÄÖÜ]\w*\s+|^\W+)$` searched in the text
# before the label, but that search reads the text from its start for each label: quadratic in a
# text of labels. This is the same read backwards, from the label's start in the reversed text.
LABEL_CONTEXT_BACKWARDS = lazy_compile(r"\Z|\s*[\d·•|,(~:]|\s+\w*(?<=[^\W\d_A-ZÄÖÜ])\b|\W+\Z")
# "di Mario Rossi", not "De Niro".
LOWERCASE_LABEL = lazy_compile(rf"^(?:{longest_first(words_of(LOWERCASE_LABELS))})\s+(?=\S)")
# "AuthorJane Doe".
GLUED_LABEL = lazy_compile(rf"^(?:{longest_first(label.capitalize() for label in GLUED_LABELS)})(?=[A-ZÄÖÜ])")
OTHER_CREDIT = lazy_compile(rf"^(?:{longest_first(OTHER_CREDITS)})\b", re.IGNORECASE)
MONTH_WORDS = longest_first(PAGE_MONTHS)
# Weekdays written out; Spanish ones are left out, as "Domingo" is also a name.
FULL_WEEKDAYS = longest_first(table_words(WEEKDAYS, ("en", "de", "fr"), abbreviated=False))
WEEKDAY_WORDS = longest_first(table_words(WEEKDAYS))
# Where the names end: a date, a time, a "published" label, another credit, a separator.
# (The forms that start with a run of spaces start where it does, RUN_START; the others do not
# start with one.)
NAMES_END = lazy_compile(
    rf"{RUN_START}(?:\s+(?:{longest_first(DATE_PREPOSITIONS)})\s+(?=\S*\d|[A-ZÄÖÜ]?[a-zäöü]+\b[.,]?\s*\d)|"
    rf"\s+(?:{MONTH_WORDS}|{WEEKDAY_WORDS})\.?,?\s*(?=\d)|\s+(?:{FULL_WEEKDAYS})\b)|"
    rf"(?<=[a-zà-ÿ])(?={longest_first(GLUED_WORDS)}|vor\s+\d)|"
    rf"{RUN_START}(?:\s+(?:{longest_first(AUTHOR_PAGE_LINKS)})\b|"
    rf"\s+(?:{longest_first(CREDITS_AFTER_NAMES)})\b|"
    rf"\s+(?:{longest_first(SITE_CREDITS)})\s+by\b|"
    rf"\s+(?:{longest_first(CATEGORY_WORDS)})\s+(?=[A-ZÄÖÜ])|"
    rf"\s+(?:{longest_first(NAMES_END_LABELS)})\b|"
    r"\s*[|·•~»⋅∙]\s*)|\s[-–—]\s|(?:^|,?\s)\d|" + RUN_START + r"\s*\(",
    re.IGNORECASE,
)
# Bylines name the outlet or a role after the names: ", CNN", "/ Reuters", ", Staff writer".
OUTLET_SPLIT = lazy_compile(rf"{RUN_START}\s*(?:,|/)\s*")
ROLE = lazy_compile(rf"\b(?:{longest_first([*words_of(ROLES), *DEGREES])})$", re.IGNORECASE)
# "Jane Doe, Projektleiterin der HSS", "Max Muster, Pressesprecher des Vereins".
ROLE_FIRST = lazy_compile(rf"(?<!\w)\w*(?:{longest_first(ROLE_ENDINGS)})(?:in)?\b", re.IGNORECASE)
# "Jane Doe, Director of Operations", "Jane Doe, Trial Attorney at Hale & Hale": a job, not a name.
ROLE_AT = lazy_compile(r"\s(?:of|at|for|bei|chez)\s")
TRAILING_ROLE = lazy_compile(rf"(?<=\w)\s+(?:{longest_first(TRAILING_ROLES)})$", re.IGNORECASE)
# A comma, semicolon or ampersand, with the conjunction of an Oxford comma after it ("A, B, and
# C"), or a conjunction alone.
NAME_CONJUNCTIONS = longest_first(words_of(CONJUNCTIONS))
NAME_SEPARATOR = lazy_compile(
    rf"{RUN_START}\s*(?:[,;&](?:\s*(?:{NAME_CONJUNCTIONS})(?=\s))?|\s(?:{NAME_CONJUNCTIONS})\s)\s*"
)
FOOTNOTE = lazy_compile(r"(?<=[^\W\d_])\d{1,2}$")  # "Jane Doe1": an affiliation mark
TWITTER_HANDLE = lazy_compile(rf"{RUN_START}\s*@\w+")
# A user name rather than a name: "jdoe", "jane.doe", "freeman1984".
HANDLE = lazy_compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)+$|^[a-z]+\d*$")
CJK_NAME = lazy_compile(r"^[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,4}$")
URL = lazy_compile(r"^(?:https?:|www\.)|^\S+\.(?:com|de|net|org|html?)/", re.IGNORECASE)
NOT_A_NAME = lazy_compile(
    rf"https?:|\b(?:{longest_first(NOT_NAME_WORDS)})\b|\d{{1,2}}[./:]\d{{1,2}}|\[at\]|\(at\)|\[dot\]",
    re.IGNORECASE,
)
NAMELESS = frozenset(NAMELESS_WORDS)
LABEL_WORD_SET = frozenset(LABEL_WORDS)
# A name does not start with a month or a weekday written out, but for the months that are
# also first names.
MONTHS_WRITTEN_OUT = set(table_words(MONTHS, ("en", "de"), abbreviated=False)) - set(FIRST_NAME_MONTHS)
NOT_FIRST_WORD = lazy_compile(rf"^(?:{FULL_WEEKDAYS}|{longest_first(MONTHS_WRITTEN_OUT)})\W*$", re.IGNORECASE)
FULL_WEEKDAY_WORD = lazy_compile(rf"^(?:{FULL_WEEKDAYS})\W*$", re.IGNORECASE)
MONTH_WORD = lazy_compile(rf"^(?:{MONTH_WORDS}|{WEEKDAY_WORDS})\W*$", re.IGNORECASE)
ORGANISATION = lazy_compile(
    rf"(?:^|\s)e\.\s?v\.?(?:$|\s)|\b(?:{longest_first(ORGANISATION_WORDS)})\b",  # "Muster e.V."
    re.IGNORECASE,
)
# Texts that stand alone where a name should: a label ("Por"), a role ("Editor", "编辑"), a
# month or a weekday ("Dec.", "Sat"): the byline's words without its name.
NO_NAME_WORDS = frozenset(
    [
        *words_of(LABELS),
        *words_of(MARKED_LABELS),
        *ROLE_WORDS,
        *CREDENTIALS,
        *table_words(MONTHS),
        *table_words(WEEKDAYS),
    ]
)
MARKUP = lazy_compile(r"<[a-zA-Z/!]|\w=[\"']|[\"']>")  # a piece of HTML: '<a href="', 'lang="en">'
NAME_PIECE = lazy_compile(r"[^\W\d_]+")  # the parts of "O'NEILL-MCKAY" between marks
RIGHTS_NOTICE = lazy_compile(rf"(?:{longest_first(RIGHTS_NOTICES)})", re.IGNORECASE)
MAX_NAMES = 12  # more is a reference list, not a byline
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 6
MAX_SHAPED_WORDS = 4

# How sure a name is a person's: a name, a user handle, or maybe not a person at all.
PERSON, HANDLE_RANK, OTHER = 0, 1, 2


def parse_byline(text: str) -> tuple[list[str], str | None] | None:
    """(authors, outlet) from "By NAME[, NAME and NAME][, Outlet]", else None."""
    if match := NAME_WITH_READING_TIME.match(text):
        names = [n for n in LINE_NAME_SEPARATOR.split(match.group("names")) if n]
        return ([title_case(n) for n in names], None) if all(is_name(n) for n in names) else None
    # Wire trailers credit several roles: "Reporting by A in X and B in Y; Editing by C".
    first = text.partition(";")[0].strip()
    match = BYLINE.match(first)
    if not match or len(words(first)) > MAX_BYLINE_WORDS:
        return None
    if ends_sentence(first) and not INITIAL_END.search(first):  # "By John Q." is still a byline
        return None
    rest = match.group("rest")
    if first.lower().startswith(("reporting", "writing")):
        rest = REPORTING_PLACE.sub("", rest)
    parts = OUTLET_SEPARATOR.split(rest.strip(), maxsplit=1)
    names_part, outlet = parts[0], (parts[1] if len(parts) > 1 else None)
    names = [n for n in LINE_NAME_SEPARATOR.split(names_part) if n]
    if outlet and re.search(r"\s(?:and|&)\s", outlet):
        more = [n for n in LINE_NAME_SEPARATOR.split(outlet) if n]
        if all(is_name(n) for n in more):  # "By A B, C D and E F": a list of names, no outlet
            names, outlet = names + more, None
    if not names or not all(is_name(n) for n in names):
        return None
    if outlet and (OUTLET_ROLE.search(outlet) or not outlet[:1].isupper()):
        outlet = None
    return [title_case(n) for n in names], outlet


def is_name(name: str) -> bool:
    """A name as the text way reads one: one to four capitalised words or particles."""
    tokens = name.split()
    return (
        1 <= len(tokens) <= 4
        and all(NAME_TOKEN.match(t) for t in tokens)
        and not NOT_NAMES.match(tokens[0])
        and (len(tokens) >= 2 or tokens[0].isupper() is False)
    )


def title_case(name: str) -> str:
    """ "ELLEN KNICKMEYER" -> "Ellen Knickmeyer"; mixed case is left as the writer had it."""
    return name.title() if name.isupper() else name


def names_in(texts: list[str], page: HtmlPage) -> list[str]:
    """The names in some byline texts, each once, in order; none when there are too many
    (a list of references is not a byline)."""
    names: list[str] = []
    for text in texts:
        if URL.search(text.strip()) or OTHER_CREDIT.match(text.strip()) or MARKUP.search(text):
            continue
        for name in split_names(clean_name(text, page), page):
            if is_person_name(name) and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return names if len(names) <= MAX_NAMES else []


def clean_name(text: str, page: HtmlPage) -> str:
    """A byline's names without the label before them and what follows them (a date, the
    outlet, a role)."""
    from cleaners.html.page import clean_text

    text = TWITTER_HANDLE.sub("", clean_text(text)).strip(" :|-–—,·•~©")
    text = after_label(text).lstrip(" :|-–—,·•")  # "By · Jane Doe": the label in a block of its own
    text = GLUED_LABEL.sub("", LOWERCASE_LABEL.sub("", text))
    text = NAMES_END.split(text, maxsplit=1)[0].strip(" :|-–—,·•")
    parts = OUTLET_SPLIT.split(text)
    roles = [index for index, part in enumerate(parts) if index and is_role(part)]
    if roles:
        parts = parts[: roles[0]]  # "Jane Doe, VP, Security and Risk, Acme": her job and employer follow
    while len(parts) > 1 and page.is_site_name(parts[-1]):
        parts.pop()
    text = ", ".join(parts)
    without_role = TRAILING_ROLE.sub("", text)
    return without_role if len(without_role.split()) >= 2 else text


def is_role(part: str) -> bool:
    """A job after a name: "Staff Writer", "Head of Content", "Tax Attorney at Pell & Pell"."""
    return bool(ROLE.search(part) or ROLE_FIRST.match(part) or ROLE_AT.search(part))


def after_label(text: str) -> str:
    """What follows the byline label, or text when it has none."""
    backwards = text[::-1]
    for label in LABEL.finditer(text):
        if LABEL_CONTEXT_BACKWARDS.match(backwards, len(text) - label.start()):
            return text[label.end() :]
    return text


def split_names(text: str, page: HtmlPage | None = None) -> list[str]:
    """The names a byline joins ("A, B and C"); one name when the page's structured data
    names the whole an organisation ("Center for Drug Evaluation and Research")."""
    if page is not None:
        from cleaners.html.page import letters

        if letters(text) in page.organisation_names:
            return [tidy_name(text)]
    return [tidy_name(name) for name in NAME_SEPARATOR.split(text)]


def tidy_name(name: str) -> str:
    name = name.strip(' :»«"“”„©')
    if name.count(")") > name.count("("):
        name = name.rstrip(")")
    return FOOTNOTE.sub("", name) if " " in name else name


def is_person_name(name: str) -> bool:
    """Could this be someone's name (or user name)? Not a URL, a label, a sentence."""
    if len(name) < 2 or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return False
    if not any(char.isalpha() for char in name) or NOT_A_NAME.search(name) or URL.search(name):
        return False
    if "!" in name or "?" in name or ":" in name:
        return False  # "Coming Soon!" is a call, "design: Jane Doe" another credit: no name
    if not_a_name_alone(name):
        return False
    first = name.split()[0]
    if " " in name and first.islower() and first.isalpha() and first not in PARTICLES:
        return False  # "deinen Hochzeitsbloggern": words, not a name
    return not (
        name.casefold() in NAMELESS
        or first.casefold() in LABEL_WORD_SET
        or (NOT_FIRST_WORD.match(first) and not month_first_name(name))
    )


def month_first_name(name: str) -> bool:
    """A month that is a first name ("April Fulton", "June Carter"): a capitalised surname
    follows, no other month or weekday, no number ("April 2024", "March Monday")."""
    tokens = name.split()
    return (
        len(tokens) in (2, 3)
        and not FULL_WEEKDAY_WORD.match(tokens[0])
        and all(token[:1].isupper() and token.isalpha() for token in tokens[1:])
        and not any(NOT_FIRST_WORD.match(token) or MONTH_WORD.match(token) for token in tokens[1:])
    )


def title_cased(name: str) -> str:
    """A name written in capitals as a name is written: "JOHN SMITH" is John Smith, "MARIE
    VAN DER BERG" Marie van der Berg, "SEAN O'NEILL-MCKAY" Sean O'Neill-McKay. Other names,
    and one capitalised word ("CNN", "AFP"), keep the page's spelling."""
    words = name.split()
    capitals = [word for word in words if word.isupper() and sum(char.isalpha() for char in word) >= 2]
    if (
        len(words) < 2
        or len(capitals) < 2
        or any(not word.isupper() and word not in PARTICLES for word in words)
    ):
        return name
    cased = []
    for index, word in enumerate(words):
        if index and word.casefold() in PARTICLES:
            cased.append(word.casefold())
        elif word.isupper():
            cased.append(NAME_PIECE.sub(lambda piece: capitalised(piece[0]), word))
        else:
            cased.append(word)
    return " ".join(cased)


def capitalised(piece: str) -> str:
    if piece.startswith("MC") and len(piece) > 3:
        return "Mc" + piece[2:].capitalize()
    return piece.capitalize()


def not_a_name_alone(name: str) -> bool:
    """A byline's word without its name ("Por", "Editor", "Dec."), a credential ("MD"), a
    rights notice, markup."""
    bare = name.casefold().rstrip(".®™* ")
    return bare in NO_NAME_WORDS or bool(RIGHTS_NOTICE.search(name)) or "<" in name


def is_name_shaped(name: str) -> bool:
    """Written like a name, for bylines found in running text: capitalised words and
    particles ("Anna von Heyden", "R. R."), one user handle ("jdoe42"), a short CJK name."""
    tokens = name.split()
    if not 1 <= len(tokens) <= MAX_SHAPED_WORDS or (len(tokens) > 1 and any(c.isdigit() for c in name)):
        return False
    if name.casefold() in PARTICLES | NAMELESS | LABEL_WORD_SET or not_a_name_alone(name):
        return False
    if len(tokens) == 1 and (HANDLE.match(name) or CJK_NAME.match(name)):
        return True
    if len(tokens[-1]) < 2:
        return False  # "Trustpilot A": a name ends with a word or an initial ("R. R.")
    return (
        all(word[0].isupper() or word in PARTICLES for word in tokens)
        and not all(word in PARTICLES for word in tokens)
        and not any(
            word.casefold() in LABEL_WORD_SET or word.casefold() in NAMELESS
            for word in tokens
            if word.casefold() not in PARTICLES  # "Loïc Le Clerc", "Anna von Heyden"
        )
    )


def name_rank(name: str, page: HtmlPage) -> int:
    """PERSON, HANDLE_RANK (a user name) or OTHER (the site's own name, an organisation:
    credited, but maybe not a person)."""
    from cleaners.html.page import letters

    if HANDLE.match(name):
        return HANDLE_RANK
    if page.is_site_name(name) or letters(name) in page.organisation_names or ORGANISATION.search(name):
        return OTHER
    return PERSON


def best_rank(names: list[str], page: HtmlPage) -> int | None:
    return min((name_rank(name, page) for name in names), default=None)
