"""The corpus passes over a run's outputs: the lines a site repeats go (corpus_repeat), each
logged; an article's lines and a much-quoted sentence stay; the same in any number of
workers, on Dask, and on a rerun."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli.corpus import LINES_NAME
from tests.cli.conftest import files_under
from tests.cli.corpus_sites import QUOTATION, SITES, boilerplate, write_corpus

REPORT = "boilerstrip-report.json"


@pytest.fixture
def sites(tmp_path: Path):
    return write_corpus(tmp_path / "sites")


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in files_under(out) if name != REPORT}


def without_lines_file(found: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in found.items() if name != LINES_NAME}


def text_of(out: Path, name: str) -> str:
    return (out / name).with_suffix(".txt").read_text(encoding="utf-8")


def meta_of(out: Path, name: str) -> dict:
    return json.loads((out / name).with_suffix(".meta.json").read_text(encoding="utf-8"))


def test_every_shared_line_goes_and_every_article_line_stays(cli, sites, tmp_path):
    out = tmp_path / "out"
    result = cli("clean", sites.root, "-o", out, "-j", "1", "--removals", "full")
    assert result.exit_code == 0, result.stderr
    for name, article in sites.articles.items():
        text, meta = text_of(out, name), meta_of(out, name)
        site = next(site for site in SITES if name.startswith(site.folder))
        lines = text.splitlines()
        assert not set(boilerplate(site)) & set(lines), name
        assert all(paragraph in lines for paragraph in article.paragraphs), name
        assert article.headline in lines or meta["metadata"]["title"] == article.headline
        logged = [removal for removal in meta["removals"] if removal["rule"] == "corpus_repeat"]
        assert logged and all(" documents of " in removal["reason"] for removal in logged)
        assert meta["stats"]["chars_out"] == len(text)
    quoting = [name for name in sites.articles if QUOTATION in text_of(out, name)]
    assert len(quoting) == 6  # article-like: six documents are not enough to take it
    report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    assert report["removals_by_rule"]["corpus_repeat"] >= 4 * len(sites.articles)
    assert (out / LINES_NAME).is_file()


def test_off_with_zero_and_by_default_for_a_small_corpus(cli, sites, tmp_path):
    assert cli("clean", sites.root, "-o", tmp_path / "off", "--corpus-repeats", "0").exit_code == 0
    small = write_corpus(tmp_path / "small", counts=(20, 10, 10))
    assert cli("clean", small.root, "-o", tmp_path / "small-out").exit_code == 0
    for out in (tmp_path / "off", tmp_path / "small-out"):
        meta = meta_of(out, "estuary-echo/story-003.txt")
        assert "corpus_repeat" not in meta["removals_by_rule"]
        assert SITES[0].boilerplate_bottom[0] in text_of(out, "estuary-echo/story-003.txt")
        assert not (out / LINES_NAME).exists()


def test_the_same_outputs_in_any_number_of_workers(cli, sites, tmp_path):
    runs = {}
    for jobs in ("1", "2", "3"):
        result = cli("clean", sites.root, "-o", tmp_path / jobs, "-j", jobs)
        assert result.exit_code == 0, result.stderr
        runs[jobs] = outputs(tmp_path / jobs)
    assert runs["1"] == runs["2"] == runs["3"]


def test_the_same_outputs_on_a_local_dask_cluster(cli, sites, tmp_path):
    pytest.importorskip("distributed")
    assert cli("clean", sites.root, "-o", tmp_path / "local", "-j", "1").exit_code == 0
    result = cli("clean", sites.root, "-o", tmp_path / "dask", "-j", "2", "--scheduler", "local")
    assert result.exit_code == 0, result.stderr
    assert outputs(tmp_path / "local") == outputs(tmp_path / "dask")


def test_a_rerun_skips_the_changed_documents_and_keeps_them(cli, sites, tmp_path):
    out = tmp_path / "out"
    assert cli("clean", sites.root, "-o", out, "-j", "1").exit_code == 0
    first = outputs(out)
    assert cli("clean", sites.root, "-o", out, "-j", "2").exit_code == 0
    report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    assert report["counts"]["skipped"] == len(sites.articles)
    assert report["removals_by_rule"]["corpus_repeat"] >= 4 * len(sites.articles)
    assert outputs(out) == first
    # Turned off, the pass puts back what it took out: the outputs of a run without it.
    assert cli("clean", sites.root, "-o", out, "--corpus-repeats", "0").exit_code == 0
    assert cli("clean", sites.root, "-o", tmp_path / "off", "--corpus-repeats", "0").exit_code == 0
    assert {name: data for name, data in outputs(out).items() if name != LINES_NAME} == outputs(
        tmp_path / "off"
    )


def test_a_rerun_with_new_documents_counts_the_skipped_ones(cli, sites, tmp_path):
    out = tmp_path / "out"
    small = write_corpus(tmp_path / "grown", counts=(48, 10, 10))
    assert cli("clean", small.root, "-o", out).exit_code == 0  # 48: off
    grown = write_corpus(tmp_path / "grown", counts=(50, 10, 10))
    assert cli("clean", grown.root, "-o", out).exit_code == 0
    assert cli("clean", grown.root, "-o", tmp_path / "fresh").exit_code == 0
    assert without_lines_file(outputs(out)) == without_lines_file(outputs(tmp_path / "fresh"))


@pytest.mark.parametrize("extra", [[], ["--output-format", "jsonl"]])
def test_the_pass_needs_output_pairs(cli, sites, tmp_path, extra):
    document = sites.root / "estuary-echo" / "story-000.txt"
    result = cli("clean", document, "--corpus-repeats", "3", *extra)
    assert result.exit_code == 2
    assert "--corpus-repeats" in result.stderr


def test_a_real_process_removes_the_repeats(sites, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cli", "clean", str(sites.root), "-o", str(out), "-j", "2", "-q"]
    assert subprocess.run(command, capture_output=True, check=False).returncode == 0
    text = text_of(out, "coastline-courier/story-004.txt")
    assert SITES[2].masthead not in text.splitlines()
    assert meta_of(out, "coastline-courier/story-004.txt")["removals_by_rule"]["corpus_repeat"] >= 4


def test_copies_are_flagged_with_the_first_in_input_order(cli, sites, tmp_path):
    out = tmp_path / "out"
    assert cli("clean", sites.root, "-o", out, "-j", "2").exit_code == 0
    flagged = {name: meta_of(out, name).get("duplicate_of") for name in sites.articles}
    copies = {name: flag for name, flag in flagged.items() if flag}
    exact, original = sites.exact_copy
    edited, edited_original = sites.edited_copy
    assert set(copies) == {exact, edited}
    assert copies[exact] == {"name": str(sites.root / original), "similarity": 1.0}
    assert copies[edited]["name"] == str(sites.root / edited_original)
    assert 0.8 <= copies[edited]["similarity"] < 1.0
    assert not any(flagged[name] for name in sites.same_story)
    report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    entries = {entry["source"]: entry for entry in report["documents"]}
    assert entries[str(sites.root / exact)]["duplicate_of"] == copies[exact]
    assert "duplicate_of" not in entries[str(sites.root / original)]


def test_drop_duplicates_writes_only_the_first(cli, sites, tmp_path):
    out = tmp_path / "out"
    assert cli("clean", sites.root, "-o", out, "--drop-duplicates").exit_code == 0
    exact, original = sites.exact_copy
    edited, _ = sites.edited_copy
    for copy in (exact, edited):
        assert not (out / copy).with_suffix(".txt").exists()
        assert not (out / copy).with_suffix(".meta.json").exists()
    assert (out / original).with_suffix(".txt").exists()
    report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    entries = {entry["source"]: entry for entry in report["documents"]}
    assert entries[str(sites.root / exact)]["removed"] == [
        str((out / exact).with_suffix(".meta.json")),
        str((out / exact).with_suffix(".txt")),
    ]
    # A rerun cleans the dropped copies again, and drops them again.
    assert cli("clean", sites.root, "-o", out, "--drop-duplicates", "-j", "2").exit_code == 0
    assert not (out / exact).with_suffix(".txt").exists()


def test_a_lines_file_older_than_the_texts_is_not_believed(cli, sites, tmp_path):
    out = tmp_path / "out"
    assert cli("clean", sites.root, "-o", out).exit_code == 0
    first, lines = outputs(out), (out / LINES_NAME).read_bytes()
    # A run that cleaned every document again and stopped before its passes: the texts are the
    # cleaning's own, the lines file the one before.
    assert cli("clean", sites.root, "-o", out, "--force", "--corpus-repeats", "0").exit_code == 0
    (out / LINES_NAME).write_bytes(lines)
    assert cli("clean", sites.root, "-o", out).exit_code == 0
    assert without_lines_file(outputs(out)) == without_lines_file(first)
