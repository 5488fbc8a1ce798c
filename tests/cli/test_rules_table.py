"""`boilerstrip rules`: every rule and part of the rulebook, its ways, what it removes, its
default, its family and configuration keys; as a table or JSON; with a configuration, what
that turns off."""

import json
import subprocess
import sys

from cleaners.rulebook import FAMILIES, LOGGED_IDS, RULES


def rows_of(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_lists_every_rule_and_part_in_the_rulebook_order(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no configuration here
    rows = rows_of(cli("rules", "--json"))
    assert [row["id"] for row in rows if row["part_of"] is None] == list(RULES)
    assert {row["id"] for row in rows} == LOGGED_IDS
    by_id = {row["id"]: row for row in rows}
    caption = by_id["photo_caption"]
    assert caption == {
        "id": "photo_caption",
        "part_of": None,
        "ways": ["text", "html"],
        "description": RULES["photo_caption"].description,
        "default": "on",
        "family": "captions",
        "config_keys": ["rules.off", "captions.phrases", "captions.patterns"],
    }
    assert by_id["photo_caption.repeat"]["part_of"] == "photo_caption"
    assert by_id["classifier"]["ways"] == ["text"] and by_id["aside"]["ways"] == ["html"]
    assert by_id["newsletter_appeal"]["family"] == "appeals"
    assert by_id["newsletter_appeal"]["config_keys"] == ["rules.off"]  # its family's carrier has them
    for name, family in FAMILIES.items():
        assert f"{name}.phrases" in by_id[family.carrier.id]["config_keys"]
    assert all("config" not in row for row in rows)


def test_the_table_shows_every_id_and_the_keys(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("rules")
    assert result.exit_code == 0
    for rule_id in LOGGED_IDS:
        assert f" {rule_id} " in result.stdout, rule_id
    assert "appeals.patterns" in result.stdout and "rules.off" in result.stdout


def test_with_a_configuration_it_says_what_that_turns_off(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "boilerstrip.toml").write_text(
        '[rules]\noff = ["photo_caption"]\n[sites."example.com".rules]\noff = ["byline"]\n'
    )
    by_id = {row["id"]: row for row in rows_of(cli("rules", "--json"))}
    assert by_id["photo_caption"]["config"] == {"off": True, "off_at": []}
    assert by_id["photo_caption.repeat"]["config"] == {"off": True, "off_at": []}  # with its rule
    assert by_id["byline"]["config"] == {"off": False, "off_at": ["example.com"]}
    assert by_id["title"]["config"] == {"off": False, "off_at": []}
    table = cli("rules").stdout
    assert "what boilerstrip.toml turns off" in table and "off at example.com" in table


def test_a_bad_configuration_is_refused_as_by_clean(cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[rules]\noff = ["nope"]\n')
    result = cli("rules", "--config", bad)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {bad}: rules.off: unknown rule id 'nope'")


def test_help_shows_an_example(cli):
    result = cli("rules", "--help")
    assert result.exit_code == 0
    assert "boilerstrip rules --json" in result.stdout and "--config" in result.stdout


def test_a_real_process_prints_the_json(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "cli", "rules", "--json"], capture_output=True, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert {row["id"] for row in json.loads(done.stdout)} == LOGGED_IDS
