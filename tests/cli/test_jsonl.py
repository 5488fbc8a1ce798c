"""--output-format jsonl: a line per document, with the field names datatrove and dolma read,
to stdout, one file or shards; and --files-from, as `find -print0` feeds it."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import DATA, PAGE, TEXTS
from tests.cli.test_main import REPO


def lines_of(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


README_COMMAND = (
    "find samples -name '*.txt' -print0 | boilerstrip clean --files-from - -0 --output-format jsonl"
)


def test_the_readmes_find_print0_command_gives_a_jsonl_line_per_file(tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"{README_COMMAND} > out.jsonl" in readme
    out = tmp_path / "out.jsonl"
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    result = subprocess.run(
        f"{README_COMMAND} > {out}", shell=True, capture_output=True, cwd=REPO, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stderr
    records = lines_of(out)
    found = sorted(str(path.relative_to(REPO)) for path in REPO.glob("samples/**/*.txt"))
    assert sorted(record["id"] for record in records) == found
    for record in records:
        assert set(record) == {"id", "text", "metadata"} and record["text"]
        assert {"title", "source", "stats", "removals_by_rule", "cleaning"} <= set(record["metadata"])


def test_a_files_from_list_keeps_the_bytes_of_each_name(tmp_path):
    name = os.fsdecode(b"new\nline-caf\xe9.txt")
    (tmp_path / name).write_bytes((DATA / TEXTS[0]).read_bytes())
    listing = tmp_path / "list"
    listing.write_bytes(os.fsencode(tmp_path / name) + b"\0")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "cli", "clean", "--files-from", str(listing), "-0", "-o", str(out)],
        capture_output=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (out / "new\nline-caf\udce9.txt").exists()


def test_jsonl_to_a_file_carries_the_input_records_id_and_fields(cli, tmp_path):
    shard = tmp_path / "in.jsonl"
    text = (DATA / TEXTS[1]).read_text(encoding="utf-8")
    shard.write_text(json.dumps({"id": "r-7", "text": text, "lang": "en", "url": "https://x.org/a"}) + "\n")
    out = tmp_path / "clean.jsonl"
    result = cli("clean", shard, "--output-format", "jsonl", "-o", out)
    assert result.exit_code == 0, result.stderr
    (record,) = lines_of(out)
    assert record["id"] == "r-7" and record["metadata"]["lang"] == "en"
    assert record["metadata"]["source"]["line"] == 1 and not list(tmp_path.glob(".*.tmp"))


def test_jsonl_shards_under_a_folder_hold_shard_size_documents_each(cli, tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for copy in range(5):
        (corpus / f"{copy}.txt").write_bytes((DATA / TEXTS[copy % 3]).read_bytes())
    out = tmp_path / "shards"
    result = cli("clean", corpus, "--output-format", "jsonl", "-o", out, "--shard-size", "2", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    shards = sorted(path.name for path in out.glob("part-*.jsonl"))
    assert shards == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert [len(lines_of(out / name)) for name in shards] == [2, 2, 1]
    report = json.loads((out / "boilerstrip-report.json").read_text(encoding="utf-8"))
    assert report["counts"]["ok"] == 5


def test_an_empty_run_still_writes_its_jsonl_file(cli, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert cli("clean", tmp_path / "empty.txt", "--output-format", "jsonl", "-o", out).exit_code == 1
    assert out.read_bytes() == b""


def test_a_page_and_a_text_in_one_jsonl_output(cli, tmp_path):
    result = cli("clean", DATA / PAGE, DATA / TEXTS[0], "--output-format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and sorted(r["metadata"]["format"] for r in records) == ["html", "text"]


def test_a_pools_lines_come_through_its_spool_files_and_the_spool_goes(tmp_path):
    shards = tmp_path / "in"
    shards.mkdir()
    text = (DATA / TEXTS[2]).read_text(encoding="utf-8")
    for shard in range(3):
        rows = [json.dumps({"id": f"s{shard}-{n}", "text": f"{text}\n\nRecord {n}."}) for n in range(20)]
        (shards / f"shard{shard}.jsonl").write_text("\n".join(rows) + "\n")
    spool_root, out = tmp_path / "tmp", tmp_path / "out.jsonl"
    spool_root.mkdir()
    argv = [
        sys.executable,
        "-m",
        "cli",
        "clean",
        str(shards),
        "--output-format",
        "jsonl",
        "-o",
        str(out),
        "-j",
        "2",
    ]
    result = subprocess.run(
        argv, capture_output=True, cwd=REPO, timeout=120, env={**os.environ, "TMPDIR": str(spool_root)}
    )
    assert result.returncode == 0, result.stderr
    records = lines_of(out)
    assert sorted(record["id"] for record in records) == sorted(
        f"s{s}-{n}" for s in range(3) for n in range(20)
    )
    assert all("Runners from 41 countries" in record["text"] for record in records)  # whole lines
    assert list(spool_root.iterdir()) == []
