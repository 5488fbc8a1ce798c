"""The hostile suite: what a crawl can bring, each case beside good files, in one real run.
Whatever the case, no traceback and no hang: exit 1 when a document failed, every good file
written, every bad one named on stderr (one line each) and in the report with its reason."""

import base64
import errno
import gzip
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cli import outdir, writers
from cli.outdir import claimed
from tests.cli.conftest import DATA, PAGE, TEXTS
from tests.cli.test_main import REPO

GOOD_TEXT = (DATA / TEXTS[0]).read_bytes()
NON_UTF8_NAME = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes in a name on a UTF-8 system
# Each bad file, and the words its one-line reason holds.
BAD = {
    "empty.txt": "empty input",
    "blank.html": "empty input",
    "picture.txt": "binary",
    "bomb.txt.gz": "decompresses to more than",  # 100 KB that inflate to 100 MB
    "huge.txt": "over the limit",
    os.fsdecode(b"forged\nerror: x.txt"): "empty input",  # a newline must not forge a line
}
SENTENCE = "The harbour ferry resumed its crossings on Monday after a strike of nine days."
ARTICLE = f"<p>{SENTENCE}</p>" + "<p>Passengers queued from dawn, and the first boat left on time.</p>" * 3
# Pages and texts that once lost their text silently: each must come out whole, a change named.
SURVIVORS = {
    "deep.html": (
        "<html><body>" + "<div>" * 100_000 + ARTICLE + "</div>" * 100_000 + "</body></html>"
    ).encode(),
    "soup.html": ("<html><body>" + "<span>x</span>" * 1_000_000 + ARTICLE + "</body></html>").encode(),
    "open-comment.html": f"<html><body><!-- a comment never closed {ARTICLE}</body></html>".encode(),
    "utf16.txt": (SENTENCE + "\n\n").encode("utf-16-le") * 20,  # no BOM
    "nuls.txt": (SENTENCE + "\n\n").encode() * 400 + b"\0\0" + (SENTENCE + "\n").encode(),
    "mixed.txt": f"{SENTENCE}\n\nThe crews of the Köln and the Zürich cheered as the café on the pier opened."
    "\n\n".encode()
    + "The caf\xe9 owner said it was her best morning of the year.\n".encode("latin-1"),
}
# Lines that once took minutes (regexes gone quadratic): each is done in well under --timeout.
QUADRATIC_ONCE = {
    "handle-run.txt": b"@x " + b"a" * 100_000,
    "url-run.txt": b"http://x.com " + b"a" * 100_000,
    "open-comments.txt": b"<!--" * 25_000,
    "open-scripts.txt": b"<script>" * 12_500,
    "mail-beside-blob.txt": b"Write to desk@example.org " + base64.b64encode(os.urandom(45_000)),
}
WARNED = {"deep.html": "nested", "soup.html": "simplified", "open-comment.html": "comment left open"}
SKIPPED = {
    "pipe.txt": "FIFO",
    "socket": "socket",
    "dangling.txt": "dangling symbolic link",
    "loop.txt": "loops",
}


def build(root: Path) -> None:
    root.mkdir()
    for name in (*TEXTS, PAGE):
        (root / name).write_bytes((DATA / name).read_bytes())
    (root / NON_UTF8_NAME).write_bytes(GOOD_TEXT)
    (root / "new\nline.txt").write_bytes(GOOD_TEXT)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.html").write_bytes(b"  \n\t\n")
    (root / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4096))
    (root / "bomb.txt.gz").write_bytes(gzip.compress(b"\0" * 100_000_000, compresslevel=9))
    with open(root / "huge.txt", "wb") as huge:  # 100 MB on one line, over the default limit
        huge.write(b"word " * 20_000_000)
    (root / os.fsdecode(b"forged\nerror: x.txt")).write_bytes(b"")
    for name, content in {**SURVIVORS, **QUADRATIC_ONCE}.items():
        (root / name).write_bytes(content)
    os.mkfifo(root / "pipe.txt")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(root / "socket"))
    listener.close()
    os.symlink("nowhere.txt", root / "dangling.txt")
    os.symlink("loop.txt", root / "loop.txt")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    build(root / "in")
    result = subprocess.run(
        [sys.executable, "-m", "cli", "clean", str(root / "in"), "-o", str(root / "out"), "-j", "2"],
        capture_output=True,
        cwd=REPO,
        timeout=300,
    )
    report = json.loads((root / "out" / "boilerstrip-report.json").read_bytes())
    return root, result, {entry["source"]: entry for entry in report["documents"]}


def shown_path(root: Path, name: str) -> str:
    return str(root / "in" / name).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def test_the_run_fails_without_a_traceback(hostile_run):
    _, result, _ = hostile_run
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr


def test_every_good_file_is_written_under_its_own_name(hostile_run):
    root, _, documents = hostile_run
    for name in (*TEXTS, PAGE, NON_UTF8_NAME, "new\nline.txt"):
        stem = name.rsplit(".", 1)[0]
        assert (root / "out" / f"{stem}.txt").stat().st_size > 0, name
        assert (root / "out" / f"{stem}.meta.json").exists(), name
    assert os.fsencode(root / "out" / "caf\udce9.txt").endswith(b"caf\xe9.txt")  # the same bytes
    sidecar = json.loads((root / "out" / "caf\udce9.meta.json").read_bytes())
    assert sidecar["source"]["path"].endswith("caf\\xe9.txt")
    assert documents[shown_path(root, NON_UTF8_NAME)]["status"] == "ok"
    assert documents[shown_path(root, "new\\nline.txt")]["status"] == "ok"


def test_every_bad_file_is_named_on_one_line_and_in_the_report(hostile_run):
    root, result, documents = hostile_run
    lines = result.stderr.decode("utf-8").splitlines()
    for name, reason in BAD.items():
        source = shown_path(root, name).replace("\n", "\\n")
        assert documents[source]["status"] == "failed" and reason in documents[source]["error"], name
        assert [line for line in lines if source in line] == [
            f"error: {source}: {documents[source]['error']}"
        ]
    assert len([line for line in lines if line.startswith("error: ")]) == len(BAD)


def test_pages_and_texts_that_once_lost_their_text_keep_it_and_name_the_change(hostile_run):
    root, result, documents = hostile_run
    for name in SURVIVORS:
        text = (root / "out" / f"{name.rsplit('.', 1)[0]}.txt").read_text(encoding="utf-8")
        assert SENTENCE in text and "\0" not in text, name
        entry = documents[shown_path(root, name)]
        assert entry["status"] in ("ok", "warning"), name
        if name in WARNED:
            assert entry["status"] == "warning" and WARNED[name] in entry["warning"], name
            assert f"warning: {shown_path(root, name)}: {entry['warning']}" in result.stderr.decode()
    mixed = (root / "out" / "mixed.txt").read_text(encoding="utf-8")
    assert "the Köln and the Zürich" in mixed and "The café owner" in mixed  # UTF-8 kept, Latin-1 read


def test_lines_that_once_took_minutes_are_cleaned_without_a_timeout(hostile_run):
    root, _, documents = hostile_run
    for name in QUADRATIC_ONCE:
        entry = documents[shown_path(root, name)]
        assert "timed out" not in (entry["error"] or ""), name


def test_special_files_and_broken_links_are_named_as_skipped(hostile_run):
    root, result, documents = hostile_run
    lines = result.stderr.decode("utf-8").splitlines()
    for name, reason in SKIPPED.items():
        entry = documents[shown_path(root, name)]
        assert entry["status"] == "skipped" and reason in entry["warning"], name
        assert f"skipped: {shown_path(root, name)}: {entry['warning']}" in lines


def test_a_full_disk_fails_the_document_it_hit_and_the_others_go_on(cli, tmp_path, monkeypatch):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    for name in TEXTS:
        (corpus / name).write_bytes((DATA / name).read_bytes())
    original = writers.atomic_write

    def full_disk(path, data):
        if path.name.startswith("library_reopens"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        original(path, data)

    monkeypatch.setattr(writers, "atomic_write", full_disk)
    result = cli("clean", corpus, "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    assert "library_reopens.txt: cannot write" in result.stderr and "No space left" in result.stderr
    assert (out / "harbour_ferry_strike.txt").exists() and (out / "city_marathon.meta.json").exists()
    assert not (out / "library_reopens.txt").exists()


def test_an_output_that_cannot_be_a_directory_fails_that_document(cli, tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / TEXTS[0]).write_bytes(GOOD_TEXT)
    (corpus / TEXTS[1]).write_bytes((DATA / TEXTS[1]).read_bytes())
    out.mkdir()
    (out / "sub").write_text("a file where the run needs a folder")
    result = cli("clean", corpus, "-o", out, "--jobs", "1")
    assert result.exit_code == 1 and "sub/harbour_ferry_strike.txt: cannot write" in result.stderr
    assert (out / "library_reopens.meta.json").exists()


def test_a_second_run_into_the_same_output_exits_2_naming_the_first(cli, tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / TEXTS[0]).write_bytes(GOOD_TEXT)
    out.mkdir()
    with claimed(out):  # as a run in progress holds it
        result = cli("clean", corpus, "-o", out)
    assert result.exit_code == 2
    assert (
        result.stderr.strip() == f"error: {out}: another boilerstrip run is writing there (pid {os.getpid()})"
    )
    assert not (out / "harbour_ferry_strike.txt").exists()
    assert cli("clean", corpus, "-o", out).exit_code == 0  # free again once the first is done


def test_a_fifo_named_as_an_input_fails_at_once_and_the_others_go_on(cli, tmp_path):
    fifo, good, out = tmp_path / "pipe.html", tmp_path / TEXTS[0], tmp_path / "out"
    os.mkfifo(fifo)  # nobody writes to it: opening it to read would wait forever
    good.write_bytes(GOOD_TEXT)
    result = cli("clean", fifo, good, "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    assert f"error: {fifo}: not a regular file (a FIFO): not read" in result.stderr.splitlines()
    assert (out / "harbour_ferry_strike.meta.json").exists()


def test_a_cdata_section_left_open_loses_no_sentence(cli, tmp_path):
    page = tmp_path / "cdata.html"
    page.write_text(f"<html><body><![CDATA[ never closed {ARTICLE}</body></html>", encoding="utf-8")
    result = cli("clean", page, "-o", tmp_path / "out")
    assert result.exit_code == 0 and SENTENCE in (tmp_path / "out" / "cdata.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only directory")
def test_a_read_only_output_directory_fails_every_document_by_name(cli, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / TEXTS[0]).write_bytes(GOOD_TEXT)
    out.chmod(0o555)
    try:
        result = cli("clean", tmp_path / TEXTS[0], "-o", out)
    finally:
        out.chmod(0o755)
    assert result.exit_code in (1, 2) and "Traceback" not in result.stderr
    assert str(out) in result.stderr


def test_an_output_directory_the_run_cannot_write_is_one_usage_error(cli, tmp_path, monkeypatch):
    def refused(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(outdir, "atomic_write", refused)  # as a read-only OUT answers, even to root
    (tmp_path / TEXTS[0]).write_bytes(GOOD_TEXT)
    result = cli("clean", tmp_path / TEXTS[0], "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'out'}: cannot write there (Permission denied)\n"
