"""The regex programs compiled at install: the same pattern objects as re.compile's, and a
table that does not fit this interpreter is never used."""

import marshal
import re

import pytest

from cleaners import regex
from cleaners.regex import DECLARED, ENGINE, compile_pattern, installed_programs, program, programs_table


@pytest.fixture
def table_at(tmp_path, monkeypatch):
    """Point the library at a program table of the test's own."""

    def write(content: bytes):
        path = tmp_path / "patterns.sre"
        path.write_bytes(content)
        monkeypatch.setattr(regex, "PROGRAMS", path)
        installed_programs.cache_clear()
        return path

    yield write
    installed_programs.cache_clear()


def test_every_rule_pattern_gets_the_program_re_compile_makes():
    marshal.loads(programs_table())  # imports every library module: all its patterns are declared
    assert len(DECLARED) > 100
    for lazy in DECLARED:
        compiled = re.compile(lazy.pattern, lazy.given_flags)
        # re.Pattern equality compares the flags, the source and the program itself.
        assert regex._sre.compile(lazy.pattern, *program(lazy.pattern, lazy.given_flags)) == compiled


def test_a_pattern_from_the_table_matches_as_re_compiles_it(table_at):
    source, flags = r"(?P<day>\d{1,2})\.\s*(?P<month>märz|mai)\b", int(re.IGNORECASE)
    table_at(marshal.dumps((ENGINE, {(source, flags): program(source, flags)})))
    assert (source, flags) in installed_programs()
    pattern = compile_pattern(source, flags)
    assert pattern == re.compile(source, flags)
    assert pattern.search("am 3. MÄRZ 2024").groupdict() == {"day": "3", "month": "MÄRZ"}


def test_a_table_of_another_interpreter_is_ignored(table_at):
    source = r"a+b"
    forged = list(program(source, 0))
    forged[1] = program(r"x", 0)[1]  # a program that is not this pattern's
    table_at(marshal.dumps((("3.0.0", 0, 0), {(source, 0): tuple(forged)})))
    assert installed_programs() == {}
    assert compile_pattern(source, 0).fullmatch("aab")


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps([1, 2])])
def test_a_broken_table_is_ignored(table_at, content):
    table_at(content)
    assert installed_programs() == {}
    assert compile_pattern(r"\d+", 0).findall("1 22") == ["1", "22"]


def test_no_table_compiles_as_usual(tmp_path, monkeypatch):
    monkeypatch.setattr(regex, "PROGRAMS", tmp_path / "absent.sre")
    installed_programs.cache_clear()
    try:
        assert installed_programs() == {}
        assert compile_pattern(r"b\w+", 0).search("a bag").group() == "bag"
    finally:
        installed_programs.cache_clear()


RUN_TEXTS = (
    "Jane Doe ,  CNN", "a  |  b | c", "x\t\t/ \u00a0y", "  , lead", "end ,  ", "A , , B",
    "Name  for  Outlet", "a - b  –  c", "one  and  two", "   ", "", "x \n , \n y", "© 2019  Jane",
)  # fmt: skip


def test_run_start_keeps_the_first_match():
    """A pattern with RUN_START finds the match it finds without it (see cleaners/regex.py):
    the first one, and, but where a match may end inside a run of spaces, all of them."""
    marshal.loads(programs_table())
    guarded = [lazy for lazy in DECLARED if isinstance(lazy.pattern, str) and regex.RUN_START in lazy.pattern]
    assert len(guarded) >= 10
    for lazy in guarded:
        unguarded = re.compile(lazy.pattern.replace(regex.RUN_START, ""), lazy.given_flags)
        # "\s[-–]\s" ends inside a run of spaces: those patterns are split once, never more.
        split_once = r"\s[-–" in lazy.pattern
        for text in RUN_TEXTS:
            assert lazy.split(text, maxsplit=1) == unguarded.split(text, maxsplit=1), (lazy, text)
            if not split_once:
                assert lazy.split(text) == unguarded.split(text), (lazy, text)
