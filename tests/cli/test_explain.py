"""`boilerstrip explain`: the rendering against stored expected output, in-process and as a real
process; --json, --rule, stdin, styles on a terminal, and the failures (exit 1 and 2)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleaners import Options, clean
from cleaners.rulebook import LOGGED_IDS, METADATA_FILLED
from cleaners.settings import FORMATS
from cli import options

TESTS_DATA = Path(__file__).resolve().parent.parent / "data"
DATA = TESTS_DATA / "explain"
DUMP, PAGE = "harbour_lights.txt", "quay_market.html"
PAGE_DUMP = TESTS_DATA / "dumps" / "news_menu_footer.txt"  # a page dump: the classifier's parts


def expected(name: str) -> str:
    return (DATA / f"{Path(name).stem}.expected.txt").read_text(encoding="utf-8")


def command() -> list[str]:
    """The installed console script, or the module where the package is not installed."""
    script = shutil.which("boilerstrip", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "cli"]


def boilerstrip(*args: str | Path, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "COLUMNS")}
    return subprocess.run(
        [*command(), *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=DATA,
        env={**environment, **env},
        timeout=120,
    )


def explained(cli, *args: str | Path) -> dict:
    result = cli("explain", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", [DUMP, PAGE])
def test_rendering_matches_the_stored_one(cli, name, monkeypatch):
    monkeypatch.chdir(DATA)
    result = cli("explain", name, "--width", "100")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == expected(name)


@pytest.mark.parametrize("name", [DUMP, PAGE])
def test_a_real_process_in_a_pipe_draws_the_same_plain_text(name):
    result = boilerstrip("explain", name, COLUMNS="100")
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode("utf-8") == expected(name)
    assert b"\x1b" not in result.stdout


def test_every_removal_is_marked_and_labelled():
    """The plain text alone says what went: each removed line marked -, under its rule's label."""
    rendering = expected(DUMP).splitlines()
    for label, line in [
        ("[title] headline -> metadata title", "Harbour lights festival returns after two-year gap"),
        ("[byline] byline -> metadata author, sitename", "By Maria Okafor, Coastline Gazette"),
        ("[share_row] share buttons", "Share this article: Facebook Twitter Email"),
        ("[donation_appeal] donation or membership appeal", "Support independent local journalism."),
        ("[license_footer] licence or copyright footer -> metadata license", "© 2025 Coastline Gazette."),
    ]:
        at = next(i for i, row in enumerate(rendering) if row.endswith(f"- {label}"))
        assert rendering[at + 1][3:].startswith(f"- {line}")
    assert (
        '   ~ [tracking_pixel] tracking pixel image, cut: <img src="https://stats.example.net/p.gif"'
        in rendering
    )


def test_lines_wrap_in_full_at_the_width(cli, monkeypatch):
    monkeypatch.chdir(DATA)
    narrow = cli("explain", DUMP, "--width", "60").stdout
    assert max(map(len, narrow.splitlines())) <= 60
    words = " ".join(row[5:] for row in narrow.splitlines() if row[:5].strip() in {"", "4"})
    assert "drawing thousands of visitors to the waterfront despite a cold wind off the sea." in words


def test_json_blocks_cover_the_document_in_order(cli):
    raw = (DATA / DUMP).read_bytes()
    document = clean(raw, Options())
    data = explained(cli, DATA / DUMP)
    assert data["format"] == "text"
    assert data["metadata"] == document.metadata.as_dict()
    numbers = [no for block in data["blocks"] for no in range(block["lines"][0], block["lines"][1] + 1)]
    assert numbers == [line.no for line in document.lines]
    assert [(b["lines"], b["kept"], b["rule"]) for b in data["blocks"]] == [
        ([1, 1], False, "title"),
        ([2, 2], False, "byline"),
        ([3, 3], False, "share_row"),
        ([4, 5], True, None),
        ([6, 6], False, "photo_caption"),
        ([7, 7], True, None),
        ([8, 8], False, "photo_caption.repeat"),
        ([9, 9], True, None),
        ([10, 10], False, "donation_appeal"),
        ([11, 11], False, "license_footer"),
    ]
    byline = data["blocks"][1]
    assert byline == {
        "lines": [2, 2],
        "kept": False,
        "rule": "byline",
        "reason": "byline",
        "text": "By Maria Okafor, Coastline Gazette",
        "to_metadata": ["author", "sitename"],
    }
    assert data["blocks"][3]["text"] == "\n".join(line.text for line in document.lines[3:5])
    assert data["cuts"] == [
        {
            "line": 4,
            "rule": "tracking_pixel",
            "reason": "tracking pixel image",
            "text": '<img src="https://stats.example.net/p.gif" width="1" height="1">',
        }
    ]
    assert data["pruned"] == []
    assert data["summary"]["lines"] == 11
    assert (data["summary"]["kept"], data["summary"]["removed"]) == (4, 7)
    assert sum(data["summary"]["removals_by_rule"].values()) == len(document.removals)


def test_json_of_a_page_lists_its_pruned_elements(cli):
    data = explained(cli, DATA / PAGE)
    assert data["format"] == "html"
    assert [(p["rule"], p["reason"]) for p in data["pruned"]] == [
        ("figure_credit", "picture credit"),
        ("marked_block", "share bar"),
        ("marked_block", "newsletter box"),
    ]
    assert data["pruned"][2]["text"].startswith("Get the Gazette every morning")
    assert data["blocks"][0]["to_metadata"] == ["title"]


def test_rule_shows_its_parts_and_folds_the_other_removals(cli, monkeypatch):
    monkeypatch.chdir(DATA)
    rendering = cli("explain", DUMP, "--rule", "photo_caption", "--width", "100").stdout.splitlines()
    assert "   - [photo_caption] photo caption with credit" in rendering
    assert "   - [photo_caption.repeat] copy of a photo caption" in rendering
    assert " 3 . [share_row] share buttons: line 3 removed" in rendering
    assert not any("Share this article" in row for row in rendering)
    assert any("The harbour lights festival returned" in row for row in rendering)  # kept: context
    assert not any("[tracking_pixel]" in row for row in rendering)
    assert " ".join(rendering[-2:]).endswith(
        "removals by --rule photo_caption: photo_caption 1, photo_caption.repeat 1"
    )


def test_rule_of_a_part_is_that_part_alone(cli):
    part = explained(cli, PAGE_DUMP, "--rule", "classifier.title")
    assert [(b["rule"], b["kept"]) for b in part["blocks"]] == [("classifier.title", False)]
    assert part["blocks"][0]["to_metadata"] == ["title"]
    whole = explained(cli, PAGE_DUMP, "--rule", "classifier")
    assert {b["rule"] for b in whole["blocks"]} == {
        "classifier",
        "classifier.title",
        "classifier.byline",
        "classifier.dateline",
    }
    assert explained(cli, DATA / PAGE, "--rule", "marked_block")["blocks"] == []


def test_an_unknown_rule_is_a_usage_error_naming_the_closest(cli):
    result = cli("explain", DATA / DUMP, "--rule", "photo_captions")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        "error: --rule photo_captions: no rule has that id (closest: photo_caption"
    )


def test_stdin_is_read_with_dash(cli):
    raw = (DATA / DUMP).read_bytes()
    from_stdin = cli("explain", "-", "--width", "100", stdin=raw)
    assert from_stdin.exit_code == 0
    assert from_stdin.stdout == expected(DUMP).replace(DUMP, "<stdin>", 1)
    process = boilerstrip("explain", "-", "--json", stdin=raw)
    assert process.returncode == 0
    assert json.loads(process.stdout)["source"] == "<stdin>"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"\x00\x01\x02PNG\x00\x00" * 200, "binary"), (b"", "empty input"), (b"  \n\n", "empty input")],
)
def test_a_document_that_cannot_be_cleaned_fails_in_one_line(cli, tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    for code, stdout, stderr in [
        (lambda r: (r.exit_code, r.stdout, r.stderr))(cli("explain", path)),
        (lambda r: (r.returncode, r.stdout.decode(), r.stderr.decode()))(boilerstrip("explain", path)),
    ]:
        assert (code, stdout) == (1, "")
        assert stderr.startswith(f"error: {path}: ") and stderr.count("\n") == 1
        assert reason in stderr


def test_a_missing_file_fails_and_a_directory_is_a_usage_error(cli, tmp_path):
    missing = cli("explain", tmp_path / "none.txt")
    assert missing.exit_code == 1
    assert missing.stderr == f"error: {tmp_path / 'none.txt'}: cannot read (No such file or directory)\n"
    directory = cli("explain", tmp_path)
    assert directory.exit_code == 2
    assert directory.stderr == f"error: {tmp_path}: a directory (explain takes one file)\n"


def test_a_too_narrow_width_is_a_usage_error(cli):
    result = cli("explain", DATA / DUMP, "--width", "10")
    assert (result.exit_code, result.stderr) == (2, "error: --width must be at least 40, not 10\n")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(
    ("flag", "env", "styled"), [((), {}, True), (("--no-color",), {}, False), ((), {"NO_COLOR": "1"}, False)]
)
def test_a_terminal_gets_styles_unless_told_not_to(flag, env, styled):
    try:
        leader, follower = os.openpty()
    except OSError as error:  # a sandbox without /dev/ptmx
        pytest.skip(f"no pseudo-terminal ({error})")
    environment = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    try:
        process = subprocess.run(
            [*command(), "explain", DUMP, "--width", "100", *flag],
            stdout=follower,
            stderr=subprocess.PIPE,
            cwd=DATA,
            env={**environment, "TERM": "xterm-256color", **env},
            timeout=120,
        )
        os.close(follower)
        output = read_all(leader)
    finally:
        os.close(leader)
    assert process.returncode == 0
    assert ("\x1b[" in output) is styled
    assert "Share this article: Facebook Twitter Email" in output
    if styled:
        assert "\x1b[2;9mShare this article" in output  # dim and struck through


def read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal's other end is closed: all is read
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8")


def test_help_gives_an_example(cli):
    # That cli.app (and with it this command) loads without the library: test_main's --help test.
    result = cli("explain", "--help")
    assert result.exit_code == 0
    assert "Example: boilerstrip explain" in result.stdout


def test_the_module_agrees_with_the_library():
    assert options.FORMATS == FORMATS
    assert set(METADATA_FILLED) <= LOGGED_IDS


def test_the_readme_shows_real_output(cli, monkeypatch):
    readme = (TESTS_DATA.parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Seeing what was removed: explain\n", 1)[1].split("\n## ", 1)[0]
    shown = section.split(f"    {DUMP}: text way", 1)[1].split("\n\n|", 1)[0]
    monkeypatch.chdir(DATA)
    output = cli("explain", DUMP, "--width", "92").stdout
    assert f"    {DUMP}: text way{shown}\n" == "".join(
        f"    {row}\n" if row else "\n" for row in output.splitlines()
    )


def test_a_line_its_cut_left_blank_is_shown_removed_once(cli):
    dump = (
        b"date 2025-01-14\nThe valley night bus returns on Friday after a two-year gap, the operator said.\n"
    )
    result = cli("explain", "-", "--width", "100", stdin=dump)
    rows = result.stdout.splitlines()
    at = rows.index("  - [header_field] scraper header field (date) -> metadata date")
    assert rows[at + 1] == "1 - date 2025-01-14"
    assert not any(row.lstrip().startswith("~") for row in rows)
    data = json.loads(cli("explain", "-", "--json", stdin=dump).stdout)
    assert data["blocks"][0]["text"] == "date 2025-01-14"
    assert [cut["line"] for cut in data["cuts"]] == [1]


def test_a_config_steers_explain_as_it_steers_clean(cli, tmp_path):
    config = tmp_path / "boilerstrip.toml"
    config.write_text('[rules]\noff = ["photo_caption"]\n[appeals]\nphrases = ["look again at funding"]\n')
    source = DATA / "harbour_lights.txt"
    result = cli("explain", source, "--json", "--config", config)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    rules = {block["rule"] for block in data["blocks"] if not block["kept"]} | {
        c["rule"] for c in data["cuts"]
    }
    assert "photo_caption" not in rules and "donation_appeal" in rules
    options = Options(rules_off=("photo_caption",), phrases={"appeals": ["look again at funding"]})
    assert rules == {removal.rule for removal in clean(source.read_bytes(), options).removals}


def test_a_bad_config_is_a_usage_error_naming_the_key(cli, tmp_path):
    config = tmp_path / "boilerstrip.toml"
    config.write_text('[rules]\noff = ["no_such_rule"]\n')
    result = cli("explain", DATA / "harbour_lights.txt", "--config", config)
    assert result.exit_code == 2
    assert "rules.off: unknown rule id 'no_such_rule'" in result.stderr
