"""Every regular expression of the library runs in linear time on hostile input.

A backtracking engine (Python's re) can take time quadratic in its input: a pattern tried
from every position of a long run that each try reads to its end (`\\S*@\\S*` on a 100 KB
word), two runs that split one run of spaces in every way (`\\s*:?\\s*`), a lazy block whose
closer is missing (`<!--.*?-->` from every `<!--`). cleaners/regex.py says how the patterns
avoid it. Here, with generous bounds (a linear scan takes a fraction of them, a quadratic one
many times them):

1. every pattern the library declares, on inputs built from its own pieces (sample matches
   cut short and followed by long runs, its words repeated, runs of spaces, letters, digits);
   all are tried on a small size, the slowest again on 200 KB;
2. every text rule, on 1 MB: one long line of each input of the issue, and many lines that
   start as the rules' patterns look for (a label, a date, a credit) and go on with a run;
3. clean(), both ways, on 1 MB: the issue's inputs, and a page that holds a hostile text in
   every place its metadata is read from.
"""

from __future__ import annotations

import base64
import html
import json
import random
import signal
import sys
import time
from contextlib import contextmanager
from re import _constants as sre
from re import _parser

import pytest

from cleaners import clean
from cleaners.document import Document
from cleaners.formats import PREAMBLE, skip_preamble
from cleaners.html.metadata.date import MAX_LABELLED_TEXT, PUBLISHED_LABEL
from cleaners.regex import DECLARED, programs_table
from cleaners.rulebook import TEXT_RULES
from cleaners.rules.captions import CREDIT_AT_END, CREDIT_REACH, EACH_CREDIT_AT_END
from cleaners.rules.markup import BLOCK_WITH_CONTENT, TAG, block_spans, tag_spans
from cleaners.shapes import ABBREVIATION_END, ends_sentence

MB = 1_000_000
RULE_BOUND = 20.0  # seconds for a rule, or clean(), on 1 MB (here: 2 s at most, but see PAGE_TEXTS)
PATTERN_BOUND = 5.0  # seconds for one pattern on 200 KB (here: 1 s at most; a quadratic one: 15 s and more)
SCREEN_CHARS = 4_000  # every input of a pattern is tried at this size ...
PATTERN_CHARS = 200_000  # ... the slowest few again at this one
SLOWEST = 2


class TooSlow(Exception):
    pass


@contextmanager
def bounded(seconds: float, what: str):
    """Fail when the block takes longer than `seconds` (the regex engine checks signals, so a
    quadratic scan is interrupted, not waited for)."""

    def alarm(signum, frame):
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except TooSlow:
        pytest.fail(f"{what}: over {seconds:.0f} s", pytrace=False)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pumped(piece: str, size: int) -> str:
    """`piece` repeated to `size` characters."""
    return (piece * (size // len(piece) + 1))[:size] if piece else ""


# 1. Every declared pattern.


def in_pieces(pattern, size: int):
    """A scan of a text `size` characters at a time, for a pattern only given texts that short."""
    return lambda text: [pattern.search(text[start : start + size]) for start in range(0, len(text), size)]


def near_the_end(pattern, reach: int):
    """A search of a text's last `reach` characters, for a pattern that can only match there."""
    return lambda text: pattern.search(text, max(0, len(text) - reach))


# How the library reads with the patterns it does not run over a whole text: the lazy blocks of
# stray markup (cleaners.rules.markup), a page's preamble from its start, a sentence's end and a
# caption's credit in their last characters, a date label in short texts only.
SCANS = {
    id(TAG): tag_spans,
    id(BLOCK_WITH_CONTENT): block_spans,
    id(PREAMBLE): skip_preamble,
    id(ABBREVIATION_END): ends_sentence,
    id(PUBLISHED_LABEL): in_pieces(PUBLISHED_LABEL, MAX_LABELLED_TEXT),
    **{id(credit): near_the_end(credit, CREDIT_REACH) for credit in (CREDIT_AT_END, *EACH_CREDIT_AT_END)},
}
FILLERS = (" ", "\t", " \n", "a", "a.", "1", "-", "<", "(", '"', "@", "<!--a", "<script>aa<")
RUNS = (" ", "\t", "a", "1", "a.")  # what follows a pattern's cut-short match
CATEGORY_CHARS = {
    sre.CATEGORY_DIGIT: "1",
    sre.CATEGORY_SPACE: " ",
    sre.CATEGORY_WORD: "a",
    sre.CATEGORY_NOT_WORD: "!",
    sre.CATEGORY_LINEBREAK: "\n",
}
NOT_IN_SETS = "a x1.-!\n<>(\"'@/Z"


def sample(items, rnd: random.Random, groups: dict) -> str:
    """A string much like a match of the parsed pattern `items` (assertions are left out)."""
    out = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op is sre.NOT_LITERAL:
            out.append("b" if arg == ord("a") else "a")
        elif op is sre.ANY:
            out.append("a")
        elif op is sre.IN:
            out.append(set_member(arg, rnd))
        elif op is sre.BRANCH:
            out.append(sample(rnd.choice(arg[1]), rnd, groups))
        elif op is sre.SUBPATTERN:
            text = sample(arg[3], rnd, groups)
            groups[arg[0]] = text
            out.append(text)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = arg
            count = rnd.randint(low, low + 3 if high is sre.MAXREPEAT else min(high, low + 3))
            out.append("".join(sample(body, rnd, groups) for _ in range(count)))
        elif op is sre.ATOMIC_GROUP:
            out.append(sample(arg, rnd, groups))
        elif op is sre.GROUPREF:
            out.append(groups.get(arg, ""))
    return "".join(out)


def set_member(items, rnd: random.Random) -> str:
    members = [(op, arg) for op, arg in items if op is not sre.NEGATE]
    if len(members) < len(items):  # a negated set: a character it does not hold
        listed = {chr(arg) for op, arg in members if op is sre.LITERAL}
        return next((char for char in NOT_IN_SETS if char not in listed), "\u2603")
    op, arg = rnd.choice(members)
    if op is sre.LITERAL:
        return chr(arg)
    if op is sre.RANGE:
        return chr(rnd.randint(arg[0], min(arg[1], arg[0] + 50)))
    return CATEGORY_CHARS.get(arg, "a") if op is sre.CATEGORY else "a"


def literal_words(items, found: set[str]) -> None:
    """The runs of literal characters of a parsed pattern, at any depth."""
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            found.add("".join(run))
            run = []
        if op is sre.BRANCH:
            for branch in arg[1]:
                literal_words(branch, found)
        elif op is sre.SUBPATTERN:
            literal_words(arg[3], found)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            literal_words(arg[2], found)
    if run:
        found.add("".join(run))


def hostile_texts(pattern: str, flags: int, size: int) -> list[str]:
    """Inputs built from the pattern's own pieces: runs of fillers on one line and on many,
    sample matches cut short (an opener without its closer) then a long run, or repeated,
    and its longest words repeated or followed by spaces."""
    parsed = _parser.parse(pattern, flags).data
    rnd = random.Random(0)
    texts = [pumped(filler, size) for filler in FILLERS]
    texts += [pumped(filler * 40 + "\n", size) for filler in (" ", "a", "1")]
    for match in dict.fromkeys(sample(parsed, rnd, {}) for _ in range(3)):
        for head in dict.fromkeys(match[:cut] for cut in (1, len(match) // 2, len(match)) if cut):
            texts += [head + pumped(run, size - len(head)) for run in RUNS]
            texts += [pumped(head, size), pumped(head + " ", size), pumped(head + "\n", size)]
    words: set[str] = set()
    literal_words(parsed, words)
    for word in sorted(words, key=lambda w: (-len(w), w))[:3]:
        texts += [pumped(word + ":", size), pumped(word + " ", size), word + " " * size]
    return texts


def scanner(lazy):
    """How the library reads a text with the pattern: its own function, or all the matches."""
    if id(lazy) in SCANS:
        return SCANS[id(lazy)]
    return lambda text: sum(1 for _ in lazy.finditer(text))


def declared() -> list:
    """Every pattern the library declares, once, named as its module calls it."""
    programs_table()  # imports every module of the library: all its patterns are declared
    names = {}
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("cleaners.") and module_name != "cleaners.regex":
            for name, value in vars(module).items():
                named = f"{module_name.removeprefix('cleaners.')}.{name}"
                names.setdefault(id(value), named)
                if isinstance(value, (list, tuple)):  # DATE_FORMS, EACH_CREDIT_AT_END ...
                    for index, item in enumerate(value):
                        names.setdefault(id(item), f"{named}[{index}]")
    unique = {}
    for index, lazy in enumerate(DECLARED):
        unique.setdefault((lazy.pattern, lazy.given_flags), (names.get(id(lazy), f"pattern {index}"), lazy))
    return list(unique.values())


PATTERNS = declared()


@pytest.mark.parametrize("lazy", [lazy for _, lazy in PATTERNS], ids=[name for name, _ in PATTERNS])
def test_every_pattern_is_linear_on_hostile_input(lazy):
    scan = scanner(lazy)
    encode = (lambda text: text.encode("latin-1", "replace")) if isinstance(lazy.pattern, bytes) else str
    source = lazy.pattern.decode("latin-1") if isinstance(lazy.pattern, bytes) else lazy.pattern
    screened = []
    for index, text in enumerate(hostile_texts(source, lazy.given_flags, SCREEN_CHARS)):
        text = encode(text)
        start = time.perf_counter()
        with bounded(PATTERN_BOUND, f"{lazy!r} on {text[:40]!r}... ({len(text)} characters)"):
            scan(text)
        screened.append((time.perf_counter() - start, index))
    slowest = [index for _, index in sorted(screened, reverse=True)[:SLOWEST]]
    big = hostile_texts(source, lazy.given_flags, PATTERN_CHARS)
    for index in slowest:
        text = encode(big[index])
        with bounded(PATTERN_BOUND, f"{lazy!r} on {text[:40]!r}... ({len(text)} characters)"):
            scan(text)


# 2. Every text rule on 1 MB.


def blob(size: int) -> str:
    return base64.b64encode(random.Random(1).randbytes(size)).decode()[:size]


def issue_lines(size: int) -> dict[str, str]:
    """One line of `size` characters for each input of the issue, and the like."""
    return {
        "@handle then a long word": "@x " + "a" * size,
        "URL then a long word": "http://x.com " + pumped("a.", size),
        "e-mail beside a base64 blob": "Write to jane@example.com " + blob(size),
        "<!-- repeated": pumped("<!--", size),
        "<!--a repeated": pumped("<!--a", size),
        "<script> repeated": pumped("<script>", size),
        "<style> repeated, no >": pumped("<style ", size),
        "spaces between words": "By Jane" + " " * size + "Doe",
    }


# How lines start where the rules' patterns look (labels, dates, credits, headings, markup) ...
LINE_STARTS = (
    "By ", "Von ", "Reporting by Jane in ", "byline ", "Published ", "Updated: ", "date ",
    "timestamp ", "title: ", "Tags: ", "Read more: ", "Related ", "Photo: ", "(AP Photo/",
    "© ", "Follow us on ", "Loading", "Advertisement", "3 Comments", "Jane says:", "Home | ",
    "News / ", "12 March 2024 ", "May 5 ", "11.12.2019 - ", "CC BY ", "This article ",
    "Please donate ", "Subscribe ", "affiliate ", "<!--", "<script>", "@x ", "http://x.com ",
    "Facebook ", "1 of ", "Image caption, ", "Jane Doe | ",
)  # fmt: skip
# ... and the runs that follow them.
LINE_RUNS = (" ", "\t", "a", "a.", "1", "<!--a", "<script>aa<", "Jane ", "- ", "(", "@x")


def many_lines(size: int, line_chars: int = 10_000) -> str:
    """Lines of `line_chars`, each a line start followed by a run, `size` characters in all."""
    pairs = [(start, run) for run in LINE_RUNS for start in LINE_STARTS]
    rnd = random.Random(2)
    rnd.shuffle(pairs)
    lines = [start + pumped(run, line_chars - len(start)) for start, run in pairs[: size // line_chars]]
    return "\n".join(lines)


RULE_INPUTS = {**issue_lines(MB), "many lines": many_lines(MB)}


@pytest.mark.parametrize("rule", TEXT_RULES, ids=[rule.id for rule in TEXT_RULES])
def test_every_text_rule_is_linear_on_1_mb(rule):
    for name, text in RULE_INPUTS.items():
        doc = Document.from_text(text)
        with bounded(RULE_BOUND, f"rule {rule.id} on {name} (1 MB)"):
            rule.apply(doc, rule.log(doc))


# 3. clean(), both ways, on 1 MB.


@pytest.mark.parametrize("name", [*issue_lines(0), "many lines"])
def test_clean_text_way_is_linear_on_1_mb(name):
    text = RULE_INPUTS[name]
    with bounded(RULE_BOUND, f"clean(format='text') on {name} (1 MB)"):
        clean(text.encode(), format="text")


def hostile_page(text: str) -> str:
    """A page that holds `text` in its title, its meta tags, its JSON-LD, its headline, a
    byline, a lead, a caption, a copyright line, class names ... and in a paragraph."""
    attr, shown = html.escape(text, quote=True), html.escape(text, quote=False)
    data = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": text,
            "description": text,
            "keywords": text,
            "author": {"@type": "Person", "name": text},
            "datePublished": text,
            "articleBody": text,
        }
    ).replace("</", "<\\/")
    metas = "".join(
        f'<meta {kind}="{key}" content="{attr}">'
        for kind, key in (
            ("name", "description"), ("property", "og:title"), ("name", "keywords"),
            ("property", "article:tag"), ("name", "author"), ("name", "copyright"),
            ("property", "og:site_name"), ("property", "article:published_time"),
        )
    )  # fmt: skip
    prose = "<p>" + "The council met on Tuesday to discuss the budget for the coming year. " * 5 + "</p>"
    body = (
        f"<h1>{shown}</h1><div class='byline'>{shown}</div><a rel='author' href='/a'>{shown}</a>"
        f"<p class='lead'>{shown}</p><time datetime='{attr}'>{shown}</time>"
        f"<figure><img src='x.jpg'><figcaption>{shown}</figcaption></figure>"
        f"<p>Copyright {shown}</p><div class='{attr}'>x</div><a rel='tag' href='/t'>{shown}</a>"
        f"<p>{shown}</p><footer><p>© {shown}</p></footer>"
    )
    return (
        f"<!doctype html><html><head><meta charset=utf-8><title>{shown}</title>{metas}"
        f"<script type='application/ld+json'>{data}</script></head>"
        f"<body><article><h1>Budget talks</h1>{prose}{body}{prose}</article></body></html>"
    )


# The page holds its text some 25 times: 40 KB of it make a page of 1 MB. (The page of "<!--" takes
# longest, some 7 s here: libxml2's HTML serialiser (lxml 6.1) writes an attribute value full of
# "<!--" in quadratic time, and htmldate's date search serialises the page: not a pattern of ours.)
PAGE_TEXTS = {
    "spaces": "Jane" + " " * 40_000 + "Doe",
    "tabs and newlines": pumped("\t\n ", 40_000),
    "<!-- repeated": pumped("<!--", 40_000),
    "<script> repeated": pumped("<script>", 40_000),
    "© and spaces": "©" + " " * 40_000,
    "labels and spaces": pumped("Von  By  Published  |  ", 40_000),
    "labels after capitals": pumped("CC BY-", 40_000),
    "a long word": "@x " + "a" * 40_000,
}


@pytest.mark.parametrize("name", list(PAGE_TEXTS))
def test_clean_html_way_is_linear_on_1_mb(name):
    page = hostile_page(PAGE_TEXTS[name]).encode()
    assert len(page) > MB
    with bounded(RULE_BOUND, f"clean(format='html') on a page of {name} (1 MB)"):
        clean(page, format="html")
