"""The fingerprint a rerun compares: what the outputs depend on besides the input."""

from importlib.metadata import version

import pytest

from cleaners import Options
from cli.fingerprint import UPSTREAM, fingerprint, installed_version


@pytest.mark.parametrize("name", UPSTREAM)
def test_installed_versions_are_those_pip_records(name):
    assert installed_version(name) == version(name)


def test_a_package_not_installed_has_no_version():
    assert installed_version("no_such_package_here") == "none"


def test_options_change_the_fingerprint():
    assert fingerprint(Options()) == fingerprint(Options())
    assert fingerprint(Options()) != fingerprint(Options(recall=True))


def test_the_removals_mode_changes_the_fingerprint():
    assert fingerprint(Options()) == fingerprint(Options(), "summary")
    assert len({fingerprint(Options(), mode) for mode in ("full", "summary", "none")}) == 3
