"""The configuration file: found as --config, ./boilerstrip.toml or [tool.boilerstrip] in
./pyproject.toml; its rules off, phrases, patterns and sites reach the cleaning; its [clean]
values are defaults the command line beats; every bad key is one line naming the file and the
key, exit 2; a changed configuration cleans the documents again."""

import hashlib
import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cli.config import CLEAN_KEYS, canonical, find_config, load_config
from tests.cli.conftest import files_under

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "config"
STORY = "quay_reopens.txt"  # a news dump with a credited photo caption and a house notice
CAPTION = "Passengers board the first ferry to call at the rebuilt quay in Eastport on Saturday morning."
NOTICE = "Gazette readers can collect a free tide table at our Eastport office on Harbour Street."
SITE = "harbourgazette.example.com"


@pytest.fixture
def here(tmp_path, monkeypatch):
    """A working directory holding the story: where a configuration is looked for."""
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(DATA / STORY, work / STORY)
    monkeypatch.chdir(work)
    return work


def write(path: Path, toml: str) -> Path:
    path.write_text(textwrap.dedent(toml), encoding="utf-8")
    return path


def sidecar(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def removals(meta: dict) -> list[tuple[str, str]]:
    return [(removal["rule"], removal["reason"]) for removal in meta["removals"]]


def test_without_a_configuration_the_caption_goes(cli, here):
    result = cli("clean", STORY, "--meta", "story.json")
    assert result.exit_code == 0 and CAPTION not in result.stdout
    meta = sidecar(here / "story.json")
    assert ("photo_caption", "photo caption with credit") in removals(meta)
    assert meta["cleaning"]["config"] is None and meta["cleaning"]["options"]["rules_off"] == []


def test_turning_photo_caption_off_keeps_the_credited_caption(cli, here):
    config = write(here / "boilerstrip.toml", '[rules]\noff = ["photo_caption"]\n')
    result = cli("clean", STORY, "--meta", "story.json")
    assert result.exit_code == 0, result.stderr
    assert f"{CAPTION} (AP Photo/Jane Doe)\n" in result.stdout
    meta = sidecar(here / "story.json")
    assert all(rule != "photo_caption" for rule, _ in removals(meta))
    assert ("byline", "byline") in removals(meta)  # the other rules still run
    cleaning = meta["cleaning"]
    assert cleaning["options"]["rules_off"] == ["photo_caption"]
    assert cleaning["config"] == {
        "path": str(config),
        "sha256": hashlib.sha256(canonical({"rules": {"off": ["photo_caption"]}})).hexdigest(),
    }


def test_a_family_phrase_and_pattern_remove_lines_no_rule_knows(cli, here):
    write(
        here / "boilerstrip.toml",
        """\
        [appeals]
        phrases = ["collect a  FREE tide table"]
        [captions]
        patterns = ['^Engineers rebuilt \\w+ metres']
        """,
    )
    result = cli("clean", STORY, "--meta", "story.json")
    assert NOTICE not in result.stdout and "Engineers rebuilt" not in result.stdout
    logged = removals(sidecar(here / "story.json"))
    assert ("donation_appeal", "configured phrase 'collect a FREE tide table'") in logged
    assert ("photo_caption", r"configured pattern '^Engineers rebuilt \w+ metres'") in logged


SITE_CONFIG = f"""\
[sites."{SITE}"]
appeals.phrases = ["collect a free tide table"]
"""


def test_a_site_phrase_applies_to_the_records_of_that_host_alone(cli, here):
    write(here / "boilerstrip.toml", SITE_CONFIG)
    shutil.copy(DATA / "quay_records.jsonl", here)
    assert cli("clean", "quay_records.jsonl", "-o", "out", "-q").exit_code == 0
    gazette = (here / "out" / "quay_records" / "gazette.txt").read_text(encoding="utf-8")
    syndicated = (here / "out" / "quay_records" / "syndicated.txt").read_text(encoding="utf-8")
    assert NOTICE not in gazette and NOTICE in syndicated  # www. and the subdomain: the same site
    assert gazette == syndicated.replace(f"\n\n{NOTICE}\n", "\n")
    meta = sidecar(here / "out" / "quay_records" / "gazette.meta.json")
    assert ("donation_appeal", "configured phrase 'collect a free tide table'") in removals(meta)
    assert meta["metadata"]["url"] == "https://www.harbourgazette.example.com/news/quay-reopens"
    assert meta["cleaning"]["options"]["sites"] == {
        SITE: {"rules_off": [], "phrases": {"appeals": ["collect a free tide table"]}, "patterns": {}}
    }


def test_a_site_is_known_by_the_canonical_link_a_page_declares(cli, here):
    write(here / "boilerstrip.toml", SITE_CONFIG)
    page = (DATA / "quay_reopens.html").read_text(encoding="utf-8")
    (here / "ours.html").write_text(page, encoding="utf-8")
    (here / "theirs.html").write_text(page.replace(SITE, "daily.example.org"), encoding="utf-8")
    assert NOTICE not in cli("clean", "ours.html").stdout
    assert NOTICE in cli("clean", "theirs.html").stdout


def test_a_site_turns_a_rule_off_for_its_documents(cli, here):
    write(here / "boilerstrip.toml", f'[sites."{SITE}".rules]\noff = ["photo_caption", "byline"]\n')
    shutil.copy(DATA / "quay_records.jsonl", here)
    assert cli("clean", "quay_records.jsonl", "-o", "out", "-q").exit_code == 0
    assert CAPTION in (here / "out" / "quay_records" / "gazette.txt").read_text(encoding="utf-8")
    assert CAPTION not in (here / "out" / "quay_records" / "syndicated.txt").read_text(encoding="utf-8")


# Every problem: exit 2, one line naming the file and the key, nothing written.
PROBLEMS = [  # (the file, the key named, what the message says)
    ("[appeals]\npatterns = ['(unclosed']\n", "appeals.patterns", "is not a valid regular expression"),
    ("[appeals]\npatterns = ['(\\w+) \\1']\n", "appeals.patterns", "is not linear-time: a backreference"),
    ("[bylines]\npatterns = ['(?<=By )\\w+']\n", "bylines.patterns", "is not linear-time: a lookahead"),
    ("[navigation]\npatterns = ['x*']\n", "navigation.patterns", "matches the empty string"),
    ('[rules]\noff = ["photo_captions"]\n', "rules.off", "unknown rule id 'photo_captions' (did you mean"),
    ('[rules]\noff = ["photo_caption.repeats"]\n', "rules.off", "unknown rule id 'photo_caption.repeats'"),
    ('[rules]\noff = ["corpus_repeat"]\n', "rules.off", "whole run's outputs: --corpus-repeats 0"),
    ('[rules]\noff = "photo_caption"\n', "rules.off", "must be a list of strings, not 'photo_caption'"),
    ("[rules]\nof = []\n", "rules.of", "unknown key (the keys of rules: off)"),
    ("colour = true\n", "colour", "unknown key (the keys: clean, rules, appeals"),
    ("[captions]\nphrases = [1]\n", "captions.phrases", "must be a list of strings, not a list"),
    ("[captions]\nphrases = ['  ']\n", "captions.phrases", "an empty phrase would match every line"),
    ('[clean]\npreset = "fast"\n', "clean.preset", "must be one of 'balanced', 'precision', 'recall'"),
    ("[clean]\njobs = 0\n", "clean.jobs", "must be a whole number of at least 1, not 0"),
    ("[clean]\ntimeout = true\n", "clean.timeout", "must be a number of seconds"),
    ('[clean]\nremovals = "some"\n', "clean.removals", "must be one of 'full', 'summary', 'none'"),
    ("[clean]\njob = 2\n", "clean.job", "unknown key (the keys of clean: preset, format"),
    ('[sites."https://example.com/news"]\n', 'sites."https://example.com/news"', "is not a host name"),
    ('[sites."example.com".rules]\noff = ["bylne"]\n', 'sites."example.com".rules.off', "'bylne'"),
    ('[sites."example.com"]\nclean.jobs = 2\n', 'sites."example.com".clean', "unknown key"),
    ('[sites."a.com"]\n[sites."www.a.com"]\nrules.off = []\n', 'sites."www.a.com"', "the same site"),
]  # fmt: skip


@pytest.mark.parametrize(("toml", "key", "problem"), PROBLEMS, ids=[key for _, key, _ in PROBLEMS])
def test_a_bad_key_is_one_line_naming_the_file_and_the_key(cli, here, toml, key, problem):
    write(here / "boilerstrip.toml", toml)
    result = cli("clean", STORY, "-o", "out")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: boilerstrip.toml: {key}: ") and problem in result.stderr
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    assert not (here / "out").exists()


def test_a_toml_syntax_error_names_the_file_and_where(cli, here):
    write(here / "site.toml", '[rules]\noff = ["byline"]\nnew rule = 1\n')
    result = cli("clean", STORY, "--config", "site.toml")
    problem = "Expected '=' after a key in a key/value pair (at line 3, column 5)"
    assert (result.exit_code, result.stderr) == (2, f"error: site.toml: invalid TOML: {problem}\n")


def test_a_missing_config_file_is_named(cli, here):
    result = cli("clean", STORY, "--config", "nowhere.toml")
    assert (result.exit_code, result.stderr) == (
        2,
        "error: nowhere.toml: cannot read (No such file or directory)\n",
    )


def test_pyproject_tool_table_is_found_and_its_keys_named_in_full(cli, here):
    pyproject = write(
        here / "pyproject.toml",
        """\
        [project]
        name = "corpus"

        [tool.boilerstrip.rules]
        off = ["photo_caption"]
        """,
    )
    assert find_config() == here / "pyproject.toml"
    result = cli("clean", STORY, "--meta", "story.json")
    assert CAPTION in result.stdout
    assert sidecar(here / "story.json")["cleaning"]["config"]["path"] == str(pyproject)
    pyproject.write_text(pyproject.read_text().replace('"photo_caption"', '"photo_captoin"'))
    result = cli("clean", STORY)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: pyproject.toml: tool.boilerstrip.rules.off: unknown rule id")


def test_a_pyproject_without_the_table_is_no_configuration(here):
    write(here / "pyproject.toml", '[project]\nname = "boilerstrip-corpus"\n')
    assert find_config() is None and load_config() is None
    write(here / "pyproject.toml", "[project\nname = 'not ours'\n")  # broken, but not ours: left alone
    assert find_config() is None


def test_boilerstrip_toml_comes_before_pyproject_and_config_before_both(here):
    write(here / "pyproject.toml", "[tool.boilerstrip.rules]\noff = ['byline']\n")
    assert load_config().tuning == {"rules_off": ["byline"]}
    write(here / "boilerstrip.toml", "[rules]\noff = ['title']\n")
    assert load_config().tuning == {"rules_off": ["title"]}
    other = write(here / "other.toml", "[rules]\noff = ['dateline']\n")
    assert load_config(other).tuning == {"rules_off": ["dateline"]}
    assert load_config(other).file == str(other)


def report(out: Path) -> dict:
    return json.loads((out / "boilerstrip-report.json").read_text(encoding="utf-8"))


def test_an_option_on_the_command_line_beats_the_config(cli, here):
    write(
        here / "boilerstrip.toml",
        """\
        [clean]
        output-format = "jsonl"
        jobs = 1
        timeout = 12.5
        format = "text"
        preset = "precision"
        fail-on = "warning"
        """,
    )
    assert cli("clean", STORY, "-o", "out.jsonl").exit_code == 0
    record = json.loads((here / "out.jsonl").read_text(encoding="utf-8"))
    assert record["metadata"]["cleaning"]["options"]["precision"] is True
    args = ("--output-format", "pair", "-j", "2", "--timeout", "3", "--format", "auto", "--recall")
    assert cli("clean", STORY, "-o", "out", *args, "--fail-on", "never").exit_code == 0
    assert files_under(here / "out") == [
        "boilerstrip-report.json",
        "quay_reopens.meta.json",
        "quay_reopens.txt",
    ]
    options = report(here / "out")["options"]
    assert (options["jobs"], options["timeout"], options["format"], options["fail_on"]) == (
        2,
        3.0,
        "auto",
        "never",
    )
    assert (options["precision"], options["recall"]) == (False, True)  # --recall beats the preset
    assert cli("clean", STORY, "-o", "out2", "--output-format", "pair").exit_code == 0
    options = report(here / "out2")["options"]
    assert (options["jobs"], options["timeout"], options["format"], options["fail_on"]) == (
        1,
        12.5,
        "text",
        "warning",
    )
    assert (options["precision"], options["recall"]) == (True, False)
    assert options["config"]["path"] == str(here / "boilerstrip.toml")


def test_the_removals_key_is_accepted_for_the_removals_option(cli, here):
    write(here / "boilerstrip.toml", '[clean]\nremovals = "summary"\n')
    assert load_config().clean == {"removals": "summary"}
    assert cli("clean", STORY).exit_code == 0


def test_a_changed_config_cleans_the_documents_again(cli, here):
    config = write(here / "boilerstrip.toml", "# our corpus\n[rules]\noff = ['byline']\n")
    assert cli("clean", STORY, "-o", "out").exit_code == 0
    assert cli("clean", STORY, "-o", "out").exit_code == 0
    assert report(here / "out")["counts"]["skipped"] == 1  # unchanged: current
    config.write_text("[rules] # the same settings, written otherwise\noff = [ 'byline' ]\n")
    assert cli("clean", STORY, "-o", "out").exit_code == 0
    assert report(here / "out")["counts"]["skipped"] == 1
    config.write_text("[rules]\noff = ['byline']\n[appeals]\nphrases = ['free tide table']\n")
    assert cli("clean", STORY, "-o", "out").exit_code == 0
    assert report(here / "out")["counts"] == {"ok": 1, "warning": 0, "failed": 0, "skipped": 0, "filtered": 0}
    assert NOTICE not in (here / "out" / "quay_reopens.txt").read_text(encoding="utf-8")
    config.unlink()  # no configuration at all: other settings again
    assert cli("clean", STORY, "-o", "out").exit_code == 0
    assert report(here / "out")["counts"]["ok"] == 1


def test_every_clean_key_names_an_option_of_clean_or_the_removals_to_come():
    import inspect

    from cli.app import clean

    parameters = set(inspect.signature(clean).parameters)
    keys = {key.replace("-", "_") for key in CLEAN_KEYS} - {"preset"}
    assert keys - parameters <= {"removals"}


def run_process(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli", *map(str, args)], capture_output=True, cwd=cwd, timeout=60, text=True
    )


def test_a_real_process_reads_the_config_and_refuses_a_bad_one(here):
    write(here / "boilerstrip.toml", '[rules]\noff = ["photo_caption"]\n[clean]\njobs = 2\n')
    done = run_process("clean", STORY, "-o", "out", cwd=here)
    assert done.returncode == 0, done.stderr
    assert CAPTION in (here / "out" / "quay_reopens.txt").read_text(encoding="utf-8")
    assert report(here / "out")["options"]["jobs"] == 2
    write(here / "boilerstrip.toml", "[appeals]\npatterns = ['(a+)\\1']\n")
    done = run_process("clean", STORY, "-o", "out2", cwd=here)
    assert done.returncode == 2 and not (here / "out2").exists()
    assert done.stderr.splitlines() == [
        r"error: boilerstrip.toml: appeals.patterns: '(a+)\1' is not linear-time: a backreference cannot be "
        "matched without backtracking (patterns run on RE2, in linear time)"
    ]


README = (REPO / "README.md").read_text(encoding="utf-8")


def readme_config() -> str:
    section = README.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```toml\n(.*?)```", section, re.DOTALL)
    return block


def test_the_readme_example_config_loads_and_names_every_key(tmp_path):
    from cleaners.rulebook import FAMILIES

    config = load_config(write(tmp_path / "boilerstrip.toml", readme_config()))
    example = readme_config()
    assert set(config.clean) | {"preset"} == {key.replace("-", "_") for key in CLEAN_KEYS} | {"preset"}
    assert all(f"\n{key} = " in example for key in CLEAN_KEYS)
    assert set(config.tuning["phrases"]) == set(config.tuning["patterns"]) == set(FAMILIES)
    assert config.tuning["rules_off"] and config.tuning["sites"]
