"""Photo captions: lines that end in a photo credit, and uncredited copies of them (the
`repeat` part of the rule)."""

from __future__ import annotations

import re

from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.lexicon import media, widgets
from cleaners.lexicon.patterns import alternation, last_words, needles
from cleaners.lookup import fold, kept_with, lines_ending_with
from cleaners.names import parse_byline
from cleaners.regex import RUN_START, lazy_compile
from cleaners.shapes import normalised, word_count
from cleaners.tuning import Extras, drop_configured

# Case-sensitive inside the IGNORECASE patterns: an agency's name is written as the agency writes
# it ("(PA)", "(dpa)"), while "(Pa)" or "(pool)" in a sentence is no credit.
AGENCIES = "(?-i:" + "|".join(map(re.escape, media.AGENCIES)) + ")"
LIBRARIES = "|".join(map(re.escape, media.STOCK_LIBRARIES))
LIBRARY = rf"(?:{LIBRARIES})(?:\.[a-z]{{2,3}})?"  # with its domain or not: "iStock.com"
# A domain's dot ("pixelio.de", "www.site.de") is no sentence's end: a name may hold one (an
# initial's is not a domain's: "U.N.-backed" ends a credit there).
NAME_CHAR = r"(?:[^.!?]|\.(?=(?-i:[a-z])))"
# Credits as they end a caption; several may follow one another ("(AP Photo/X) (Y/Z)").
CREDIT_FORMS = (
    # (AP Photo/Name), (Photo courtesy of X), (Reuters), (AFP via Getty Images)
    rf"\((?:[^()]{{0,60}}\b(?:{alternation(media.BRACKET_CREDIT_WORDS)})s?\b[^()]{{0,60}}|(?:{AGENCIES})"
    rf"(?:\s+via\s+[^()]{{2,30}})?)\)",
    # (Name/Agency)
    r"\((?P<person>[^()/]{2,40})/(?P<agency>[^()/]{2,40})\)",
    # ... Monday. AP | Name / Reuters | via Getty, maybe with a /Name
    rf"(?:^|[.!?”\"]\s+|/\s*|\|\s*|\bvia\s+)(?:{AGENCIES})(?:/[A-Z][\w .’'-]{{1,40}})?",
    # Reuters/Name, AP Photo/Name
    rf"\b(?:{AGENCIES})(?:\s+(?:photo|image|pictures?))?(?:/[A-Z][\w .’'-]{{1,40}}){{1,2}}",
    # Photo: Name, Credit | Name, Bildquelle: Name
    rf"\b(?:{alternation(media.CREDIT_LABELS)})\s*(?::|by|\||\.{{2,}}|…)\s*{NAME_CHAR}{{2,80}}",
    # © Name
    rf"©\s*{NAME_CHAR}{{2,60}}",
    # a stock library after a mark, maybe a name before it and an agency after it:
    # (Name / iStock.com), Quelle: Name/Unsplash/Agency, © Name - stock.adobe.com, / Source: Pixabay
    rf"[(/:|©–—-]\s*(?:[^()/:|]{{0,40}}[\s/|-]\s*)?{LIBRARY}"
    r"(?:\s*/\s*[^()/\s][^()/]{0,30})?\)?",
)
CREDIT_END = r"\s*[.)]?\s*$"
NO_CREDIT_FORM = (None,) * len(CREDIT_FORMS)  # what credit_form_starts says of a line without any
CREDIT_AT_END = lazy_compile("(?:" + "|".join(CREDIT_FORMS) + ")" + CREDIT_END, re.IGNORECASE)
# Each form on its own, to try only the forms a line can hold (see find_credit): a form that
# starts with "(" or "©" is also tried only where that character is, which re finds fast.
EACH_CREDIT_AT_END = tuple(lazy_compile(f"(?:{form}){CREDIT_END}", re.IGNORECASE) for form in CREDIT_FORMS)
# The "/Name" ending the agency forms, as the line ends (IGNORECASE, as there).
SLASH_NAME = lazy_compile(r"[A-Z][\w .’'-]{0,40}", re.IGNORECASE)
# Words a gallery widget appends after the credit ("... (Name/Agency) Photo Gallery").
# (It starts where a run of spaces, and its counter where a run of digits, does: see cleaners/regex.py.)
GALLERY_TAIL = lazy_compile(
    rf"{RUN_START}\s*(?:{alternation(widgets.GALLERY_TAIL)}|(?<!\d){widgets.GALLERY_COUNTER})\s*$",
    re.IGNORECASE,
)
# A paragraph this long is a news story (one that ends in a bare "(dpa)" cites its agency), not
# a caption, unless its credit names the photo in brackets ("(AP Photo/Name)").
MAX_CAPTION_WORDS = 60
BARE_AGENCY = lazy_compile(rf"^\((?:{AGENCIES})\)\s*[.)]?\s*$", re.IGNORECASE)
CREDIT_REACH = 400  # characters: longer than any credit form above, spaces folded
MIN_REPEAT_WORDS = 6  # a shorter line may repeat a caption by chance


# The last words of AGENCIES, folded.
AGENCY_LAST_WORDS = last_words(media.AGENCIES)
# The last words of GALLERY_TAIL's phrases: a line ending otherwise (or in a counter) has none.
GALLERY_LAST_WORDS = last_words(widgets.GALLERY_TAIL)
# GALLERY_TAIL's counter ("3 of 10", "3/10"), its one form that ends in a digit, as it starts the
# text read backwards.
COUNTER_REVERSED = lazy_compile(r"(?<!\d)\d+\s*(?:fo|/)", re.IGNORECASE)
# The words of the "Photo: Name" credits (folded), one of which each of them holds.
CREDIT_WORDS = needles(media.CREDIT_LABELS)
CREDIT_WORD = lazy_compile("|".join(CREDIT_WORDS))

# What a bracket credit (the first two CREDIT_FORMS) holds, folded: a photo word, "via" or a "/";
# else it is an agency alone, "(AP)".
BRACKET_MARKS = (*needles(media.BRACKET_CREDIT_WORDS), "via", "/")


def reversed_words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word[::-1]) for word in words)


# Which lines can hold a credit (has_photo_credit() is slow, so few lines should reach it): a line
# whose end (after spaces and one [.)], see credit_form_starts) is a ")" closing a bracket that
# holds a BRACKET_MARK or an agency right before it, a gallery counter, an agency or a GALLERY_TAIL
# word. All lines are looked at at once, in the folded text read backwards, where a line's end is
# its start, right after a newline (see Document.lines_ending_with; spaces stop there) ...
CREDIT_END_REVERSED = lazy_compile(
    r"\n[^\S\n]*(?:[.)][^\S\n]*)?(?:"
    rf"\)(?:[^()\n]*(?:{reversed_words(BRACKET_MARKS)})|{reversed_words(AGENCY_LAST_WORDS)})"
    r"|\d+[^\S\n]*(?:fo|/)"
    rf"|{reversed_words(AGENCY_LAST_WORDS + GALLERY_LAST_WORDS)})"
)
# ... or a line that holds a credit word, "©", or starts a CAPTION_LABEL ("Media source, ..."),
# or holds a "/" and ends in "/Name".
LIBRARY_NEEDLES = tuple(fold(name) for name in media.STOCK_LIBRARIES)
CREDIT_NEEDLES = (*CREDIT_WORDS, *LIBRARY_NEEDLES, "©", "media", "video")


def strip_photo_captions(doc: Document, log: RuleLog) -> None:
    captions = [line for line in caption_candidates(doc) if has_photo_credit(line.text)]
    for line in captions:
        log.drop(line, "photo caption with credit")
    strip_caption_repeats(doc, log.part("repeat"), [line.text for line in captions])


def strip_configured_captions(doc: Document, log: RuleLog, extras: Extras) -> None:
    """The configured captions (cleaners/tuning.py): each line holding a [captions] phrase or
    matching a pattern, and its uncredited copies, as for a caption with a credit."""
    captions = drop_configured(doc, log, extras)
    strip_caption_repeats(doc, log.part("repeat"), [line.text for line in captions])


def caption_candidates(doc: Document) -> list[Line]:
    """The kept lines that can hold a credit, in order (see CREDIT_END_REVERSED)."""
    ending = lines_ending_with(doc, CREDIT_END_REVERSED)
    if ending is None:  # no line-to-line view of the text: look at each line
        return doc.kept()
    ending = [line for line in ending if line.kept and line.text.strip()]  # = kept, as kept_with
    slashed = [line for line in kept_with(doc, ("/",)) if ends_in_slash_name(line.text)]
    found = {id(line): line for line in kept_with(doc, CREDIT_NEEDLES) + ending + slashed}
    return sorted(found.values(), key=lambda line: line.no)


def ends_like_gallery_tail(text: str) -> bool:
    core = text.rstrip()
    if core[-1:].isdecimal():
        return COUNTER_REVERSED.match(core[::-1]) is not None
    return fold(core[-10:]).endswith(GALLERY_LAST_WORDS)


def without_credit_end(core: str) -> str:
    """The right-stripped line `core` without what CREDIT_END allows after a credit (one [.)])."""
    return core[:-1].rstrip() if core[-1:] in (".", ")") else core


def ends_in_slash_name(text: str) -> bool:
    """Whether the line ends in "/Name" (then CREDIT_END), as the agency forms can."""
    return slash_name_at(without_credit_end(text.rstrip())) >= 0


def slash_name_at(bare: str) -> int:
    """Where the "/" of the "/Name" that ends `bare` (a line without CREDIT_END) is, -1 if none."""
    slash = bare.rfind("/")
    return slash if slash >= 0 and SLASH_NAME.fullmatch(bare, slash + 1) else -1


def credit_form_starts(text: str) -> tuple[int | None, ...]:
    """For each of CREDIT_FORMS, where in the line a credit of that form can start at the earliest,
    None if the line cannot end in one: cheap tests of what each form needs. Each form is followed
    by `\\s*[.)]?\\s*$`: `core` drops the spaces, `bare` also the [.)]."""
    core = text.rstrip()
    bare = without_credit_end(core)
    # The bracket forms hold no "(" after their own: they start at the last one.
    opening = text.rfind("(")
    bracket = opening if opening >= 0 and (core.endswith(")") or bare.endswith(")")) else None
    slash = slash_name_at(bare)
    agency_last = fold(bare[-12:]).endswith(AGENCY_LAST_WORDS)
    return (
        bracket,
        bracket,
        agency_start(bare, slash) if slash >= 0 or agency_last else None,
        names_start(bare, slash) if slash >= 0 else None,
        0 if has_credit_word(text) else None,
        0 if "©" in text else None,
        0 if has_library(text) else None,
    )


# An agency is words, spaces and hyphens (and maybe " Photo" after it): it starts in the run of
# those characters that ends where it does.
BEFORE_NAME_RUN = lazy_compile(r"\A(?s:.*)[^\w\s-]")


def name_run_start(text: str, end: int) -> int:
    """Where the run of words, spaces and hyphens that ends at `end` starts."""
    # .* goes to `end` at once, then back to the last other character: only the run is read.
    before = BEFORE_NAME_RUN.match(text, 0, end)
    return before.end() if before else 0


def agency_start(bare: str, slash: int) -> int:
    """Where the "... AP" and "/ Reuters/Name" credit can start: its agency ends the line or at
    the "/" of its "/Name" (-1: none), and the mark before it ("Monday. AP") is its start."""
    return max(name_run_start(bare, slash if slash >= 0 else len(bare)) - 1, 0)


def names_start(bare: str, slash: int) -> int:
    """Where the "Reuters/Name" credit can start: its agency ends at the "/" of its first "/Name",
    the last "/" (at `slash`) or, of two "/Name"s, the one before."""
    before = bare.rfind("/", 0, slash)
    return name_run_start(bare, before if before >= 0 else slash)


def has_library(text: str) -> bool:
    folded = fold(text)
    return any(name in folded for name in LIBRARY_NEEDLES)


def has_credit_word(text: str) -> bool:
    """Whether the "Photo: Name" credits can be in the line: a credit word and what follows it."""
    folded = fold(text)
    marked = ":" in text or "|" in text or ".." in text or "…" in text or "by" in folded
    return marked and CREDIT_WORD.search(folded) is not None


def find_credit(text: str, start: int, starts: tuple[int | None, ...] | None = None) -> re.Match | None:
    """CREDIT_AT_END.search(text, start), the same match, found form by form: the leftmost
    match of the forms the line can hold, the first form on a tie (as an alternation picks)."""
    best = None
    starts = starts or credit_form_starts(text)
    for pattern, earliest in zip(EACH_CREDIT_AT_END, starts, strict=True):
        if earliest is not None:
            match = pattern.search(text, max(start, earliest))
            if match and (best is None or match.start() < best.start()):
                best = match
    return best


# Caption widgets that label themselves: "Image source, PA Media", "Image caption, ...".
CAPTION_LABEL = lazy_compile(r"^(?:image|photo|media|video) (?:source|caption|copyright|credit)\s*[,:]", re.I)


def has_photo_credit(text: str) -> bool:
    if CAPTION_LABEL.match(text):
        return True
    line = text
    if ends_like_gallery_tail(text):
        text = GALLERY_TAIL.sub("", text)
    starts = credit_form_starts(text)
    if starts == NO_CREDIT_FORM:
        return False  # no credit: the byline test below could only say False too
    if parse_byline(line):
        return False  # "By Jane Doe | Reuters" credits a writer, not a photo
    # A credit is the end of the line: no match can start further back than CREDIT_REACH, so the
    # search starts there (with a start position, "^" still means only the real line start).
    match = find_credit(text, max(0, len(text) - CREDIT_REACH), starts)
    if not match:
        return False
    if word_count(text, MAX_CAPTION_WORDS + 1) > MAX_CAPTION_WORDS and not names_the_photo(match):
        return False
    if "person" in match.re.groupindex:  # the (Name/Agency) form
        return is_credit_pair(match.group("person"), match.group("agency"))
    return True


def names_the_photo(match: re.Match) -> bool:
    """Whether the credit is a bracket that names the photo ("(AP Photo/Name)", "(Name/Agency)"),
    as a long caption's is: not a bare "(dpa)", nor a label ("Photo: Name") or "© Name"."""
    credit = match.group().strip()
    return credit.startswith("(") and not BARE_AGENCY.match(credit)


def is_credit_pair(person: str, agency: str) -> bool:
    """ "(Amos Ben-Gershom/GPO)", "(jdoe / iStock.com)" are credits; "(Israel/Lebanon)" or
    "(50/50)" is not."""
    if any(ch.isdigit() for ch in person + agency):
        return False
    sides = [len(person.split()), len(agency.split())]
    named = re.fullmatch(AGENCIES, agency.strip()) or re.fullmatch(LIBRARY, agency.strip(), re.IGNORECASE)
    return max(sides) <= 5 and (max(sides) >= 2 or bool(named))


def strip_caption_repeats(doc: Document, log: RuleLog, credited: list[str]) -> None:
    """A caption often appears twice, once with its credit; drop the uncredited copy."""
    captions = [normalised(text) for text in credited]
    # A part of a caption has no more words than the caption: only long captions have copies to
    # look for. One text holds them, a newline between (a normalised text holds none).
    long_captions = "\n".join(c for c in captions if word_count(c, MIN_REPEAT_WORDS) == MIN_REPEAT_WORDS)
    if not long_captions:
        return
    # The first line and its copies stay: a headline is often its lead photo's caption too
    # (and repeated in link lists), and the title rule reads it.
    kept = doc.kept()
    headline = normalised(kept[0].text) if kept else ""
    for line in kept[1:]:
        text = normalised(line.text)
        if (
            text != headline
            and text in long_captions
            and word_count(text, MIN_REPEAT_WORDS) == MIN_REPEAT_WORDS
        ):
            log.drop(line, "copy of a photo caption")
