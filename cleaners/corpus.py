"""Corpus-level cleaning, as data: the lines a site repeats across its documents (cc_net,
Wenzek et al. 2019), and documents that copy another (exact and near duplicates).

Pure functions over clean texts: the workers summarise each document (its lines' hashes, its
MinHash signature); the application (cli/corpus.py) counts, decides and rewrites outputs.

A clean text is paragraphs, one a line, separated by one blank line: its "lines" here are the
paragraphs, numbered from 1 in that order.
"""

from __future__ import annotations

import hashlib
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cleaners.lexicon.stoplists import stoplist_of
from cleaners.regex import lazy_compile

DEFAULT_REPEATS = 5  # K: a line in at least K documents of one source goes
MIN_SOURCE_DOCUMENTS = 50  # the pass is on by default when a source has this many documents
# A line that reads as article prose (a much-quoted sentence) goes only at a higher count:
# ARTICLE_LIKE_FACTOR times K documents.
ARTICLE_LIKE_FACTOR = 4
ARTICLE_LIKE_CHARS = 100  # at least this long,
ARTICLE_LIKE_STOPWORDS = 0.3  # with at least this share of stopwords, ending as a sentence
SENTENCE_END = lazy_compile(r"""[.!?…]["'’”»)]*$""")

PUNCTUATION_OR_SPACE = lazy_compile(r"[\W_]+")
DIGIT = lazy_compile(r"\d")
WORD = lazy_compile(r"\w+")


def normalise_line(text: str) -> str:
    """cc_net's normalisation: case-folded, accents kept, every digit 0, runs of punctuation and
    spaces one space, stripped: "Page 12 of 30 —" and "page 3 of 9" are one line."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return PUNCTUATION_OR_SPACE.sub(" ", DIGIT.sub("0", folded)).strip()


def line_hash(text: str) -> int:
    """The 64-bit hash of a line's normalised form (blake2b: the same in every process,
    unlike hash())."""
    digest = hashlib.blake2b(normalise_line(text).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def join_paragraphs(kept: Sequence[str]) -> str:
    """The clean text's shape: one blank line between paragraphs, a final newline."""
    return "\n\n".join(kept) + "\n" if kept else ""


@dataclass(frozen=True)
class LineSummary:
    """What a worker sends back of a document for the repeats pass: the 64-bit hash of each of
    its clean text's lines, in order (8 bytes a line), and which lines read as article prose."""

    hashes: bytes
    article_like: frozenset[int] = frozenset()  # 0-based line indices

    @property
    def values(self) -> array:
        found = array("Q")
        found.frombytes(self.hashes)
        return found


def summarise_lines(text: str, language: str | None = None) -> LineSummary:
    """`language`: the text's ISO 639-1 code when known (the sidecar's), so that it is not
    detected again (that took 70% of the summary's time)."""
    lines = paragraphs(text)
    stoplist = stoplist_of(language)
    if stoplist is None:
        stoplist = text_stoplist(text)
    hashes = array("Q", (line_hash(line) for line in lines))
    prose = frozenset(index for index, line in enumerate(lines) if is_article_like(line, stoplist))
    return LineSummary(hashes.tobytes(), prose)


def text_stoplist(text: str) -> frozenset[str]:
    """The stoplist of the text's language (justext's), empty when none is found."""
    from cleaners.classifier.language import detect_language, stoplists

    language = detect_language(WORD.findall(text.casefold()))
    return stoplists()[language] if language else frozenset()


def is_article_like(line: str, stoplist: frozenset[str]) -> bool:
    """Long, ending as a sentence, and a good share of its words stopwords: prose, which a site
    quotes but does not repeat as furniture."""
    if len(line) < ARTICLE_LIKE_CHARS or not SENTENCE_END.search(line.rstrip()):
        return False
    words = WORD.findall(line.casefold())
    return bool(words) and sum(word in stoplist for word in words) / len(words) >= ARTICLE_LIKE_STOPWORDS


@dataclass
class LineCounts:
    """source -> line hash -> in how many documents of the source the line occurs. Adding is
    commutative: the counts are the same in any order the documents come."""

    by_source: dict[str, Counter[int]] = field(default_factory=dict)
    documents: Counter[str] = field(default_factory=Counter)

    def add(self, source: str, summary: LineSummary) -> None:
        self.by_source.setdefault(source, Counter()).update(set(summary.values))
        self.documents[source] += 1

    def largest_source(self) -> int:
        return max(self.documents.values(), default=0)


@dataclass(frozen=True)
class RepeatedLine:
    index: int  # 0-based, among the clean text's lines
    count: int  # documents of the source holding it


def repeated_lines(summary: LineSummary, counts: Counter[int], repeats: int) -> list[RepeatedLine]:
    """The document's lines seen in at least `repeats` documents of its source (article-like
    lines: ARTICLE_LIKE_FACTOR times as many)."""
    found = []
    for index, value in enumerate(summary.values):
        needed = repeats * (ARTICLE_LIKE_FACTOR if index in summary.article_like else 1)
        if counts[value] >= needed:
            found.append(RepeatedLine(index, counts[value]))
    return found


def without_lines(text: str, indices: Iterable[int]) -> str:
    dropped = set(indices)
    return join_paragraphs([line for index, line in enumerate(paragraphs(text)) if index not in dropped])


def with_lines_restored(text: str, removed: Sequence[tuple[int, str]]) -> str:
    """The text before without_lines took `removed` ((index, line) pairs, sorted) out of it."""
    lines = paragraphs(text)
    for index, line in removed:
        lines.insert(index, line)
    return join_paragraphs(lines)


# Duplicates: the same text once normalised (exact), or the same word 5-grams for the most part
# (near: MinHash LSH, Broder 1997), found in input order so that the first copy is the original.
SHINGLE_WORDS = 5
NEAR_THRESHOLD = 0.8  # estimated Jaccard similarity of the shingle sets
PERMUTATIONS = 128  # 4 bytes each in a signature
MINHASH_SEED = 1  # every worker must hash alike
SCHEME = "affine32"


def exact_key(text: str) -> bytes:
    """The digest of the normalised text: two texts that differ in case, digits or spacing only
    have one. Empty for a text with no line: empty texts copy nothing."""
    lines = paragraphs(text)
    if not lines:
        return b""
    normalised = "\n".join(normalise_line(line) for line in lines)
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).digest()


def shingles(text: str) -> set[bytes]:
    words = normalise_line(" ".join(paragraphs(text))).split()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of the text's word 5-grams (empty for a text of fewer words)."""
    found = shingles(text)
    if not found:
        return b""
    from datasketch import MinHash

    minhash = MinHash(num_perm=PERMUTATIONS, seed=MINHASH_SEED, scheme=SCHEME)
    minhash.update_batch(sorted(found))
    return minhash.hashvalues.tobytes()


@dataclass(frozen=True)
class Duplicate:
    original: str  # the name of the first document in input order it copies
    similarity: float  # 1.0 for an exact copy; else the estimated Jaccard similarity


class DuplicateFinder:
    """Documents added in input order; each is checked against those before it that copy no
    other. The same documents in the same order give the same answers, whatever order the
    workers finished in."""

    def __init__(self, threshold: float = NEAR_THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.index = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        self.exact: dict[bytes, str] = {}
        self.signatures: dict[str, object] = {}
        self.order: dict[str, int] = {}

    def add(self, name: str, exact: bytes, hashes: bytes) -> Duplicate | None:
        if exact in self.exact:
            return Duplicate(self.exact[exact], 1.0)
        minhash = lean_minhash(hashes) if hashes else None
        if minhash is not None and (near := self.nearest(minhash)) is not None:
            return near
        self.exact[exact] = name
        self.order[name] = len(self.order)
        if minhash is not None:
            self.index.insert(name, minhash)
            self.signatures[name] = minhash
        return None

    def nearest(self, minhash: object) -> Duplicate | None:
        """The first document in input order whose signature is at least `threshold` alike."""
        for candidate in sorted(self.index.query(minhash), key=self.order.__getitem__):
            similarity = minhash.jaccard(self.signatures[candidate])
            if similarity >= self.threshold:
                return Duplicate(candidate, round(similarity, 3))
        return None


def lean_minhash(hashes: bytes) -> object:
    import numpy
    from datasketch import LeanMinHash

    return LeanMinHash(
        seed=MINHASH_SEED, hashvalues=numpy.frombuffer(hashes, dtype=numpy.uint32), scheme=SCHEME
    )
