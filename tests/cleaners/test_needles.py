import random

import pytest

from cleaners.document import Document
from cleaners.lookup import lines_with
from cleaners.needles import NeedleIndex, NeedleSet, find_lines


def brute_force(lines: list[str], needles: tuple[str, ...]) -> list[int]:
    return [i for i, line in enumerate(lines) if any(n in line for n in needles)]


def random_lines(seed: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = ["a", "b", "ab", " / ", "/", "|", " ", "donate", "é"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8))) for _ in range(30)]


NEEDLE_TUPLES = [("ab",), ("/", " / "), ("donate", "é", "|"), ("b a",), ("zzz",)]


def test_index_and_find_lines_agree_with_a_line_by_line_look():
    for seed in range(20):
        lines = random_lines(seed)
        text = "\n".join(lines)
        needles = NeedleSet()
        for group in NEEDLE_TUPLES:
            needles.cover(group)
        index = NeedleIndex(text, map(len, lines), needles)
        for group in NEEDLE_TUPLES:
            expected = brute_force(lines, group)
            assert index.lines_with(group) == expected
            assert find_lines(text, group) == expected


def test_a_new_needle_gives_a_new_version_and_a_needle_may_not_hold_a_newline():
    needles = NeedleSet()
    needles.cover(("a", "b"))
    version = needles.version
    needles.cover(("b",))
    assert needles.version == version  # nothing new
    needles.cover(("c",))
    assert needles.version == version + 1
    with pytest.raises(ValueError):
        needles.cover(("a\nb",))


def test_document_index_follows_edits_and_new_needles():
    doc = Document.from_text("Support us\nplain\nSubscribe | now\nmore | support")
    assert [line.no for line in lines_with(doc, ("support", "subscri", "|"))] == [1, 3, 4]
    assert [line.no for line in lines_with(doc, ("plain", "more", "nothing"))] == [2, 4]
    doc.lines[1].text = "now support"  # the index is built anew after an edit
    assert [line.no for line in lines_with(doc, ("support", "subscri", "|"))] == [1, 2, 3, 4]
    assert [line.no for line in lines_with(doc, ("|",), folded=False)] == [3, 4]
