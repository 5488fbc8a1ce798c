"""Start-up: `import cleaners` compiles no rule's pattern and loads neither way's heavy
modules; a document loads only what its way needs."""

import importlib
import importlib.metadata
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cleaners
from cleaners.regex import LazyPattern, lazy_compile

ROOT = Path(__file__).resolve().parents[2]
DUMP = ROOT / "tests" / "data" / "dumps" / "clean_article.txt"
# Loaded by the HTML way, the classifier (text way) or a rare document alone.
HEAVY = (
    "cleaners.html",
    "cleaners.classifier",
    "lxml",
    "trafilatura",
    "justext",
    "chardet",
    "email.utils",
    "importlib.metadata",
)


def loaded_after(code: str) -> list[str]:
    """The HEAVY modules a fresh interpreter holds after running `code`."""
    probe = f"import sys\n{code}\nprint([m for m in {HEAVY!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    return eval(result.stdout.decode())


def test_import_loads_neither_way():
    assert loaded_after("import cleaners") == []


def test_a_text_dump_loads_no_html_module():
    code = f"import cleaners\ncleaners.clean(open({str(DUMP)!r}, 'rb').read())"
    assert loaded_after(code) == ["cleaners.classifier"]


def test_a_page_loads_no_classifier():
    page = (
        b"<html><head><title>T</title></head><body><p>"
        + b"Some words of a page. " * 20
        + b"</p></body></html>"
    )
    loaded = loaded_after(f"import cleaners\ncleaners.clean({page!r})")
    assert "cleaners.classifier" not in loaded and "trafilatura" in loaded


def library_modules():
    for found in pkgutil.walk_packages(cleaners.__path__, "cleaners."):
        if not found.name.startswith("cleaners.html"):  # the HTML way's own modules load with a page
            yield importlib.import_module(found.name)


@pytest.mark.parametrize("module", list(library_modules()), ids=lambda module: module.__name__)
def test_a_module_compiles_its_patterns_on_first_use(module):
    for name, value in vars(module).items():
        for item in value if isinstance(value, tuple | list) else (value,):
            assert not isinstance(item, re.Pattern), f"{module.__name__}.{name}: use lazy_compile"


def test_a_lazy_pattern_compiles_once_on_first_use():
    pattern = lazy_compile(r"(?P<word>b\w+)", re.IGNORECASE)
    assert pattern.pattern == r"(?P<word>b\w+)" and "search" not in vars(pattern)
    assert pattern.search("a Big bag")["word"] == "Big"
    assert pattern.search == vars(pattern)["search"]  # the compiled pattern's own, from now on
    compiled = re.compile(r"(?P<word>b\w+)", re.IGNORECASE)
    assert pattern.flags == compiled.flags and pattern.groupindex == compiled.groupindex
    assert pattern.sub("-", "a Big bag") == "a - -" and pattern.split("abc") == compiled.split("abc")
    assert [m.group() for m in pattern.finditer("ba, bb")] == ["ba", "bb"]


def test_a_lazy_pattern_has_only_a_patterns_attributes():
    with pytest.raises(AttributeError):
        lazy_compile("a").no_such_method  # noqa: B018
    assert isinstance(lazy_compile("a"), LazyPattern)


def test_a_bad_lazy_pattern_fails_on_first_use():
    pattern = lazy_compile("(")
    with pytest.raises(re.error):
        pattern.match("(")


def test_the_version_is_the_one_pip_installed():
    # Written once, in cleaners/__init__.py; pyproject.toml reads it from there.
    assert cleaners.__version__ == importlib.metadata.version("boilerstrip")
