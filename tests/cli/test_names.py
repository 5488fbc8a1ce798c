"""A name as shown in messages, the sidecar and the report: one line of valid UTF-8."""

import os

import pytest

from cli.names import shown


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plain.txt", "plain.txt"),
        ("café 日本.html", "café 日本.html"),
        (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt"),
        (os.fsdecode(b"\xff\xfe.txt"), "\\xff\\xfe.txt"),
        ("new\nline.txt", "new\\nline.txt"),
        ("a\rb\tc", "a\\rb\\tc"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("x\u2028y\x85z", "x\\u2028y\\x85z"),
        ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
    ],
)
def test_a_name_is_shown_as_one_line_of_utf8(name, expected):
    assert shown(name) == expected
    assert "\n" not in shown(name)
    shown(name).encode("utf-8")  # never raises


def test_the_shown_name_of_undecodable_bytes_names_those_bytes():
    name = os.fsdecode(b"r\xe9sum\xe9-\xc3\xa9.txt")  # two Latin-1 bytes beside a UTF-8 é
    assert shown(name) == "r\\xe9sum\\xe9-é.txt"
