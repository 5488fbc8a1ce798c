"""Typo suggestions: an unknown option is answered with a real one only when the names are close."""

import pytest

from tests.cli.test_main import boilerstrip


@pytest.mark.parametrize(
    ("typed", "offered"),
    [("--jbos", "--jobs"), ("--ouput", "--output"), ("--quite", "--quiet"), ("--tmeout", "--timeout")],
)
def test_a_close_typo_is_offered_the_option(cli, typed, offered):
    result = cli("clean", typed)
    assert result.exit_code == 2
    assert f"(Possible options: {offered})" in " ".join(result.stderr.split())


@pytest.mark.parametrize("typed", ["--bogus", "--xyz", "--colour"])
def test_a_name_unlike_any_option_is_offered_none(cli, typed):
    result = cli("clean", typed)
    assert result.exit_code == 2
    assert f"No such option: {typed}" in result.stderr
    assert "Possible options" not in result.stderr


def test_the_real_command_suggests_alike():
    result = boilerstrip("clean", "--bogus")
    assert result.returncode == 2
    assert b"No such option: --bogus" in result.stderr
    assert b"Possible options" not in result.stderr


def test_shell_completion_is_offered(cli):
    result = cli("--help")
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


def test_every_command_help_has_an_example(cli):
    from typer.main import get_command

    from cli.app import app

    for name in get_command(app).commands:
        result = cli(name, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout, name
