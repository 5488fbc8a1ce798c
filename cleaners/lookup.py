"""Quick looks over a document's lines, for the only lines a rule's pattern can match.

A rule first asks which lines hold one of the needles that every match of its pattern holds
(`lines_with`), or which lines start or end as its pattern needs (`lines_starting_with`,
`lines_ending_with`), and runs its pattern on those alone. The looks go over the whole text
at once: the lines joined by newlines, folded once (see fold), and one Aho-Corasick pass
(cleaners/needles.py) for every needle any rule asks for. The index lives with the Document
and is built anew when a line's text changes.
"""

from __future__ import annotations

from cleaners.document import Document, Line
from cleaners.needles import NEEDLES, NeedleIndex, find_lines
from cleaners.regex import Regex

FEW_NEEDLES = 2  # up to this many, before any needle index: str.find for each
# Characters that re.IGNORECASE matches to a needle's letter although their lower() is not that
# letter (found by trying every code point; tests/cleaners/test_lookup.py checks it still holds
# for ASCII letters, tests/cleaners/lexicon/ for the other letters of the word lists): İ, ı, ſ,
# and the old Cyrillic letter forms (ᲂ for о, ᲄ for т).
CASE_ALIASES = {
    "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u1c80": "в", "\u1c81": "д", "\u1c82": "о",
    "\u1c83": "с", "\u1c84": "т", "\u1c85": "т", "\u1c86": "ъ", "\u1c87": "ѣ", "\u1c88": "ꙋ",
}  # fmt: skip
CASE_TABLE = str.maketrans(CASE_ALIASES)


def is_caseless(needle: str) -> bool:
    """No character of needle has a case: fold() leaves it, and makes it of no other."""
    return needle.lower() == needle == needle.upper() and "\u0307" not in needle


def fold(text: str) -> str:
    """Lower case such that a re.IGNORECASE match of a literal word in `text` is a plain
    substring of fold(text) (one character for one: offsets and newlines stay put)."""
    if not text.isascii() and any(alias in text for alias in CASE_ALIASES):
        text = text.translate(CASE_TABLE)
    return text.lower()


class LineIndex:
    """The text of a document's lines, as is and folded, and which lines hold which needles."""

    __slots__ = ("_folded", "_needles", "joined", "lines", "one_line_each")

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.joined = "\n".join(line.text for line in lines)
        # No line holds a newline: a position in the text tells its line.
        self.one_line_each = self.joined.count("\n") == len(lines) - 1
        self._folded: str | None = None
        self._needles: NeedleIndex | None = None

    def folded(self) -> str | None:
        """fold() of the text, or None when a line holds a newline (no line-to-line mapping)."""
        if self._folded is None:
            self._folded = fold(self.joined)
        return self._folded if self.one_line_each else None  # fold() keeps every newline

    def needle_index(self) -> NeedleIndex:
        if self._needles is None or self._needles.version != NEEDLES.version:
            self._needles = NeedleIndex(self.folded(), (len(line.text) for line in self.lines))
        return self._needles


def index_of(doc: Document) -> LineIndex:
    index = doc.current_index()
    if index is None:
        index = LineIndex(doc.lines)
        doc.keep_index(index)
    return index


def joined(doc: Document) -> str:
    """The text of all lines, kept or not, one newline between."""
    return index_of(doc).joined


def lines_with(doc: Document, needles: tuple[str, ...], folded: bool = True) -> list[Line]:
    """The lines, kept or not, whose text holds one of `needles`, in order.

    With `folded` the look is in fold(text), for needles in lower case: a re.IGNORECASE
    match of a literal word holds that word folded. Without, a needle is looked for as it
    is; one with no cased character is where it is in fold(text), which is char for char."""
    index = index_of(doc)
    lines = doc.lines
    if not index.one_line_each:  # a line holds a newline: look line by line
        look = fold if folded else str
        return [line for line in lines if any(n in look(line.text) for n in needles)]
    few = index._needles is None and len(needles) <= FEW_NEEDLES
    if not folded and (few or not all(map(is_caseless, needles))):
        # The first rules ask for "<" before normalise_text changes the text: a find per
        # needle in the text as it is, with no fold() and no index that would not last.
        return [lines[i] for i in find_lines(index.joined, needles)]
    if few:
        return [lines[i] for i in find_lines(index.folded(), needles)]
    NEEDLES.cover(needles)
    return [lines[i] for i in index.needle_index().lines_with(needles)]


def kept_with(doc: Document, needles: tuple[str, ...]) -> list[Line]:
    """The kept lines (see Document.kept) among lines_with(needles)."""
    return [line for line in lines_with(doc, needles) if line.kept and line.text.strip()]


def lines_ending_with(doc: Document, reversed_pattern: Regex) -> list[Line] | None:
    """The lines whose fold(), read backwards, `reversed_pattern` matches at its start (the
    pattern starts with "\\n": re finds a literal first character fast, so the pattern is
    tried only where a line ends); None when a line holds a newline."""
    folded = index_of(doc).folded()
    if folded is None:
        return None
    backwards = "\n" + folded[::-1]
    last, hits, index, counted = len(doc.lines) - 1, [], 0, 0
    for match in reversed_pattern.finditer(backwards):
        index += backwards.count("\n", counted, match.start())
        counted = match.start()
        hits.append(doc.lines[last - index])
    return hits[::-1]


def lines_starting_with(doc: Document, pattern: Regex) -> list[Line] | None:
    """The lines whose fold() `pattern` matches at its start: the pattern starts with "\\n",
    looked for in "\\n" + the folded text (a literal first character is found fast, so the
    pattern is tried only where a line starts); None when a line holds a newline."""
    folded = index_of(doc).folded()
    if folded is None:
        return None
    text = "\n" + folded
    hits, index, counted = [], 0, 0
    for match in pattern.finditer(text):
        index += text.count("\n", counted, match.start())
        counted = match.start()
        hits.append(doc.lines[index])
    return hits


def kept_starting_with(doc: Document, pattern: Regex) -> list[Line]:
    """The kept lines `pattern` finds at their start (see lines_starting_with); every kept line
    when there is no line-to-line view of the text."""
    found = lines_starting_with(doc, pattern)
    if found is None:
        return doc.kept()
    return [line for line in found if line.kept and line.text.strip()]
