"""`boilerstrip check OUT`: a real clean run passes; each way of breaking its outputs is named."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import DATA, PAGE, TEXTS

BOILERSTRIP = Path(sys.executable).parent / "boilerstrip"  # the console script of this environment
SHARE_ROW = "Share Facebook Twitter Email"
STORY = "harbour_ferry_strike"  # corpus/harbour_ferry_strike.txt: OUT/harbour_ferry_strike.*


@pytest.fixture
def out(cli, corpus, tmp_path):
    """What `boilerstrip clean corpus -o out` writes: four pairs and the run report."""
    out = tmp_path / "out"
    assert cli("clean", corpus, "-o", out, "-j", "1", "-q").exit_code == 0
    return out


def check(*args):
    """`boilerstrip check ARGS...` as a real process."""
    return subprocess.run([str(BOILERSTRIP), "check", *map(str, args)], capture_output=True, timeout=120)


def lines(stdout: str) -> list[str]:
    return stdout.splitlines()


def test_the_outputs_of_a_clean_run_pass(cli, out):
    result = cli("check", out)
    assert (result.exit_code, result.stdout) == (0, "")
    assert "checked 4 documents (8 files): no problems" in result.stderr
    process = check(out, "--min-words", "20")
    assert (process.returncode, process.stdout) == (0, b"")
    assert b"no problems" in process.stderr


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def edit_sidecar(path: Path, change) -> None:
    meta = json.loads(path.read_bytes())
    change(meta)
    path.write_text(json.dumps(meta), encoding="utf-8")


BREAKS = {
    "empty": lambda text, meta: text.write_text(""),
    "share row": lambda text, meta: append(text, "\nShare Facebook Twitter Email\n"),
    "entity": lambda text, meta: append(text, "\nSalt &amp; pepper were on every table.\n"),
    "markup": lambda text, meta: append(text, "\nA paragraph with a comment <!-- ad slot --> in it.\n"),
    "no sidecar": lambda text, meta: meta.unlink(),
    "corrupt sidecar": lambda text, meta: meta.write_text('{"schema_version": 3, "sou'),
    "not an object": lambda text, meta: meta.write_text("[1, 2]"),
    "other schema": lambda text, meta: edit_sidecar(meta, lambda m: m.update(schema_version=1)),
    "chars_out": lambda text, meta: edit_sidecar(meta, lambda m: m["stats"].update(chars_out=3)),
    "orphan sidecar": lambda text, meta: text.unlink(),
    "not UTF-8": lambda text, meta: text.write_bytes(b"caf\xe9 au lait\n"),
}
# What each break is named as: the file, the kind, and a piece of the detail.
NAMED = {
    "empty": ("txt", "empty", "no text"),
    "share row": ("txt", "boilerplate", "share_row (share buttons): Share Facebook Twitter Email"),
    "entity": ("txt", "boilerplate", "normalise_text"),
    "markup": ("txt", "boilerplate", "stray_markup (HTML markup in text): <!-- ad slot -->"),
    "no sidecar": ("txt", "missing-sidecar", f"no {STORY}.meta.json beside it"),
    "corrupt sidecar": ("meta.json", "bad-sidecar", "not valid JSON"),
    "not an object": ("meta.json", "bad-sidecar", "not a JSON object (an array)"),
    "other schema": ("meta.json", "schema-version", "schema_version 1, not 3"),
    "chars_out": ("meta.json", "mismatch", "stats.chars_out is 3, the text has"),
    "orphan sidecar": ("meta.json", "missing-text", f"no {STORY}.txt beside it"),
    "not UTF-8": ("txt", "not-utf8", "byte 3 is not UTF-8"),
}


@pytest.mark.parametrize("way", BREAKS)
def test_each_broken_output_is_named_and_fails_the_check(cli, out, way):
    BREAKS[way](out / f"{STORY}.txt", out / f"{STORY}.meta.json")
    suffix, kind, detail = NAMED[way]
    result = cli("check", out)
    assert result.exit_code == 1
    named = [line for line in lines(result.stdout) if line.startswith(f"{out / STORY}.{suffix}: {kind}: ")]
    assert len(named) == 1 and detail in named[0], result.stdout
    assert all(line.startswith(str(out / STORY)) for line in lines(result.stdout))  # the others pass
    assert "checked 4 documents" in result.stderr and "1 with problems" in result.stderr
    process = check(out)
    assert process.returncode == 1 and process.stdout.decode() == result.stdout


def test_json_lists_each_problem_with_its_rule_line_and_text(cli, out):
    append(out / f"{STORY}.txt", "\nFollow us on Twitter and Facebook for the latest updates.\n")
    (out / "local" / "library_reopens.meta.json").unlink()
    result = cli("check", out, "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["documents"], report["files"], report["with_problems"]) == (4, 7, 2)
    by_kind = {problem["kind"]: problem for problem in report["problems"]}
    follow = by_kind["boilerplate"]
    assert follow["path"] == str(out / f"{STORY}.txt")
    assert follow["rule"] == "social_follow"
    assert follow["text"] == "Follow us on Twitter and Facebook for the latest updates."
    text = (out / f"{STORY}.txt").read_text(encoding="utf-8")
    assert text.splitlines()[follow["line"] - 1] == follow["text"]
    assert by_kind["missing-sidecar"]["path"] == str(out / "local" / "library_reopens.txt")
    assert by_kind["missing-sidecar"]["rule"] is None
    assert json.loads(check(out, "--json").stdout) == report


def test_min_words_names_the_short_texts(cli, out):
    words = len((out / f"{STORY}.txt").read_text(encoding="utf-8").split())
    result = cli("check", out, "--min-words", words + 1)
    assert result.exit_code == 1
    assert f"{out / STORY}.txt: too-short: {words} words, fewer than --min-words {words + 1}" in lines(
        result.stdout
    )
    assert cli("check", out, "--min-words", "0").exit_code == 2


def test_hidden_files_and_the_report_are_not_outputs(cli, out):
    (out / ".draft.txt").write_text("")
    (out / ".cache").mkdir()
    (out / ".cache" / "x.meta.json").write_text("not json")
    (out / ".harbour_ferry_strike.txt.0123abcd.tmp").write_text("a temporary file a kill left")
    assert (out / "boilerstrip-report.json").is_file()
    assert cli("check", out).exit_code == 0


def test_a_name_is_shown_on_one_line(cli, out):
    name = "new\nline"
    for suffix in (".txt", ".meta.json"):
        os.rename(out / f"{STORY}{suffix}", out / f"{name}{suffix}")
    assert cli("check", out).exit_code == 0
    (out / f"{name}.txt").write_text("")
    result = cli("check", out)
    assert f"{out}/new\\nline.txt: empty: no text" in lines(result.stdout)
    assert all(line.startswith(f"{out}/new\\nline.") for line in lines(result.stdout))


def test_an_out_that_is_no_directory_is_a_usage_error(cli, tmp_path):
    result = cli("check", tmp_path / "missing")
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'missing'}: not a directory\n"
    (tmp_path / "file").write_text("x")
    process = check(tmp_path / "file")
    assert (process.returncode, process.stderr) == (
        2,
        f"error: {tmp_path / 'file'}: not a directory\n".encode(),
    )


def test_an_out_without_outputs_fails(cli, tmp_path):
    result = cli("check", tmp_path)
    assert result.exit_code == 1
    assert lines(result.stdout) == [f"{tmp_path}: no-outputs: no <name>.txt + <name>.meta.json or JSONL"]


def test_jsonl_shards_are_checked_record_by_record(cli, corpus, tmp_path):
    out = tmp_path / "shards"
    assert cli("clean", corpus, "--output-format", "jsonl", "-o", out, "-q").exit_code == 0
    result = cli("check", out)
    assert (result.exit_code, result.stdout) == (0, "")
    assert "checked 4 documents (1 file): no problems" in result.stderr
    shard = out / "part-00000.jsonl"
    record = json.loads(shard.read_text(encoding="utf-8").splitlines()[0])
    record["text"] += f"\n{SHARE_ROW}\n"
    with shard.open("a", encoding="utf-8") as file:
        file.write(json.dumps(record) + "\n" + '{"id": "cut short", "te' + "\n")
    result = cli("check", out)
    assert result.exit_code == 1
    share, mismatch, cut = lines(result.stdout)
    last_line, chars = record["text"].count("\n"), len(record["text"])
    assert share == f"{shard}:5: boilerplate: line {last_line}: share_row (share buttons): {SHARE_ROW}"
    chars_out = record["metadata"]["stats"]["chars_out"]
    assert mismatch == f"{shard}:5: mismatch: stats.chars_out is {chars_out}, the text has {chars} characters"
    assert cut.startswith(f"{shard}:6: bad-record: not valid JSON (")
    assert process_lines(check(out)) == lines(result.stdout)


def process_lines(process: subprocess.CompletedProcess) -> list[str]:
    return process.stdout.decode().splitlines()


def test_help_shows_an_example():
    wide = {**os.environ, "COLUMNS": "300"}  # the example on one line
    process = subprocess.run([str(BOILERSTRIP), "check", "--help"], capture_output=True, env=wide, timeout=60)
    assert process.returncode == 0
    assert b"boilerstrip check corpus/clean" in process.stdout and b"--min-words" in process.stdout


README_STEP = (
    "boilerstrip clean corpus/raw -o corpus/clean --quiet",
    "boilerstrip check corpus/clean --min-words 50",
)


def test_the_readmes_ci_step_passes_on_clean_articles(tmp_path):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert all(f"        {command}\n" in readme for command in README_STEP)  # as the Actions step runs them
    raw = tmp_path / "corpus" / "raw"
    raw.mkdir(parents=True)
    for name in (*TEXTS, PAGE):
        shutil.copy(DATA / name, raw / name)
    environment = {**os.environ, "PATH": f"{BOILERSTRIP.parent}:{os.environ['PATH']}"}
    script = " && ".join(README_STEP)
    result = subprocess.run(
        script, shell=True, cwd=tmp_path, env=environment, capture_output=True, timeout=120
    )
    assert (result.returncode, result.stdout) == (0, b""), result.stderr
    (raw / "stub.txt").write_text("Breaking: more soon.\n")  # an article the scraper cut short
    result = subprocess.run(
        script, shell=True, cwd=tmp_path, env=environment, capture_output=True, timeout=120
    )
    assert result.returncode == 1
    assert result.stdout.startswith(b"corpus/clean/stub.txt: ")


def test_a_config_sets_what_counts_as_boilerplate(cli, tmp_path):
    # captions kept by a config that turns their rule off are no problem for a check with it
    source = tmp_path / "story.txt"
    body = "The ferry ran aground on the sandbank at low tide, the coastguard said on Monday.\n"
    source.write_text(f"{body}Divers search the harbour at dawn. (AP Photo/Lena Ortiz)\n{body}")
    config = tmp_path / "boilerstrip.toml"
    config.write_text('[rules]\noff = ["photo_caption"]\n')
    out = tmp_path / "out"
    assert cli("clean", source, "-o", out, "-q", "--config", config).exit_code == 0
    assert cli("check", out, "--config", config).exit_code == 0
    flagged = cli("check", out, "--config", "/dev/null")
    assert flagged.exit_code == 1 and "photo_caption" in flagged.stdout
    # and a phrase the config adds is boilerplate to the check
    config.write_text('[rules]\noff = ["photo_caption"]\n[appeals]\nphrases = ["at low tide"]\n')
    phrased = cli("check", out, "--config", config)
    assert phrased.exit_code == 1 and "configured phrase" in phrased.stdout
