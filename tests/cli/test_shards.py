"""Shards: WARC files and JSONL shards, built here with the libraries themselves, read record
by record into documents under OUT/<shard name>/, each refusal named with its reason."""

import gzip
import io
import json
import uuid
from pathlib import Path, PurePath

import pytest
from fastwarc import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType

from cli.inputs import JsonlFields, shard_kind
from cli.readers import Task
from cli.shards import read_shard, safe_name
from tests.cli.conftest import DATA, PAGE, TEXTS

PAGE_BYTES = (DATA / PAGE).read_bytes()
TEXT = (DATA / TEXTS[0]).read_text(encoding="utf-8")


def response(
    url: str, status: int = 200, body: bytes = PAGE_BYTES, content_type: str = "text/html", **headers
):
    record = WarcRecord()
    record.init_headers(record_type=WarcRecordType.response, record_urn=uuid.uuid4().urn[4:].encode())
    record.headers["WARC-Target-URI"] = url
    for name, value in headers.items():
        record.headers[name.replace("_", "-")] = value
    http = f"HTTP/1.1 {status} Reason\r\nContent-Type: {content_type}\r\n\r\n".encode()
    record.set_bytes_content(http + body)
    record.is_http = True
    return record


def warc(path: Path, records, gzipped: bool = False) -> Path:
    if gzipped:
        writer = GzipWriter(str(path))
        for record in records:
            record.write(writer)
        writer.close()
    else:
        buffer = io.BytesIO()
        for record in records:
            record.write(buffer)
        path.write_bytes(buffer.getvalue())
    return path


def records_of(path: Path, max_bytes: int = 1_000_000, fields: JsonlFields | None = None):
    task = Task(str(path), PurePath("shard"), path=str(path))
    return list(read_shard(task, shard_kind(str(path)), max_bytes, fields or JsonlFields()))


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_warc_gives_a_document_per_html_response_and_a_reason_for_the_others(tmp_path, gzipped):
    path = warc(
        tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"),
        [
            response("https://example.org/news/story.html"),
            response("https://example.org/gone", status=404, body=b"not found"),
            response("https://example.org/logo.png", body=b"\x89PNG....", content_type="image/png"),
            response("https://example.org/long", WARC_Truncated="length"),
            response("https://example.org/plain.txt", body=TEXT.encode(), content_type="text/plain"),
        ],
        gzipped,
    )
    records = records_of(path)
    kept = [record for record in records if not record.refusal]
    assert [record.origin["url"] for record in kept] == [
        "https://example.org/news/story.html",
        "https://example.org/plain.txt",
    ]
    assert kept[0].raw == PAGE_BYTES and kept[0].origin["warc_record_id"].startswith("<urn:uuid:")
    assert kept[0].origin["warc_date"] and kept[0].stem.parent == PurePath("shard")
    assert [record.refusal for record in records if record.refusal] == [
        ("skipped", "HTTP status 404"),
        ("skipped", "not HTML or text (image/png)"),
        ("skipped", "truncated by the crawler (length)"),
    ]


def test_a_record_cut_short_by_the_end_of_the_file_is_skipped_as_truncated(tmp_path):
    whole = warc(
        tmp_path / "whole.warc", [response("https://example.org/a"), response("https://example.org/b")]
    )
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:-200])
    (first, second) = records_of(cut)
    assert first.refusal is None
    assert second.refusal[0] == "skipped" and second.refusal[1].startswith("truncated:")


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/../../../etc/passwd",
        "/etc/passwd",
        "http://example.org/a\x00b",
        "http://example.org/" + "x" * 5000,
        "http://example.org/..",
        "file:///..",
    ],
)
def test_no_url_names_an_output_outside_the_shard_folder(tmp_path, url):
    (record,) = records_of(warc(tmp_path / "c.warc", [response(url)]))
    name = record.stem.name
    assert record.stem.parent == PurePath("shard") and "/" not in name and "\0" not in name
    assert name not in (".", "..") and not name.startswith(".") and len(name) <= 100


def test_a_url_crawled_twice_gets_two_names(tmp_path):
    records = records_of(warc(tmp_path / "c.warc", [response("https://example.org/a")] * 1))
    again = records_of(
        warc(tmp_path / "d.warc", [response("https://example.org/a"), response("https://example.org/a")])
    )
    assert records[0].stem == again[0].stem != again[1].stem


def test_safe_names_are_stable_and_distinct():
    assert safe_name("doc-1") == "doc-1"
    assert safe_name("a/b") == safe_name("a/b") != safe_name("a_b")
    assert safe_name("") != safe_name(" ")


def jsonl(path: Path, lines: list[str]) -> Path:
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


@pytest.mark.parametrize("name", ["shard.jsonl", "shard.jsonl.gz"])
def test_a_jsonl_shard_gives_a_document_per_line_and_names_each_bad_line(tmp_path, name):
    path = jsonl(
        tmp_path / name,
        [
            json.dumps({"id": "a-1", "text": TEXT, "lang": "en"}),
            "{not json",
            json.dumps(["a", "list"]),
            json.dumps({"id": "no-text"}),
            "",
            json.dumps({"id": "../../escape", "text": TEXT}),
            json.dumps({"id": "a-1", "text": TEXT}),
            json.dumps({"text": TEXT}),
        ],
    )
    records = records_of(path)
    refusals = [record.refusal for record in records if record.refusal]
    assert refusals[0][0] == "failed" and refusals[0][1].startswith("line 2 is not JSON (")
    assert refusals[1:] == [
        ("failed", "line 3 is not a JSON object"),
        ("failed", "line 4 has no string field 'text'"),
    ]
    kept = [record for record in records if not record.refusal]
    assert [record.stem.name for record in kept] == ["a-1", safe_name("../../escape"), "a-1-7", "line-8"]
    assert kept[0].raw.decode() == TEXT and kept[0].format == "text"
    assert kept[0].origin == {"line": 1, "id": "a-1", "fields": {"lang": "en"}}
    assert "/" not in kept[1].stem.name


def test_the_jsonl_fields_are_chosen_by_the_options(tmp_path):
    path = jsonl(
        tmp_path / "pages.jsonl",
        [
            json.dumps({"key": "p", "html": PAGE_BYTES.decode(), "body": "unused"}),
            json.dumps({"key": "t", "body": TEXT}),
        ],
    )
    page, text = records_of(path, fields=JsonlFields(text="body", html="html", id="key"))
    assert (page.stem.name, page.format, page.raw) == ("p", "html", PAGE_BYTES)
    assert (text.stem.name, text.format) == ("t", "text")


def test_a_line_over_the_limit_fails_alone(tmp_path):
    path = jsonl(tmp_path / "s.jsonl", [json.dumps({"text": "x" * 5000}), json.dumps({"text": TEXT})])
    long, good = records_of(path, max_bytes=2000)
    assert long.refusal == ("failed", "line 1 is over the limit of 2000 bytes")
    assert good.refusal is None and good.origin["line"] == 2


def test_a_cut_compressed_shard_fails_after_its_whole_lines(tmp_path):
    data = gzip.compress(("\n".join(json.dumps({"text": f"{TEXT} {n}"}) for n in range(50)) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(Exception, match="cannot read on"):
        records_of(path)


def test_a_warc_run_writes_each_page_under_the_warc_name_decoded_by_its_http_charset(cli, tmp_path):
    body = (
        "<html><body><h1>Le café</h1><p>"
        + "Un café crème au comptoir, servi chaud. " * 12
        + "</p></body></html>"
    )
    crawl = warc(
        tmp_path / "crawl.warc.gz",
        [
            response(
                "https://example.org/cafe",
                body=body.encode("latin-1"),
                content_type="text/html; charset=ISO-8859-1",
            ),
            response("https://example.org/gone", status=404, body=b"gone"),
        ],
        gzipped=True,
    )
    out = tmp_path / "out"
    result = cli("clean", crawl, "-o", out)
    assert result.exit_code == 0, result.stderr
    (text,) = (out / "crawl").glob("*.txt")
    assert "Un café crème" in text.read_text(encoding="utf-8")
    meta = json.loads(text.with_name(text.name.replace(".txt", ".meta.json")).read_text(encoding="utf-8"))
    assert meta["metadata"]["url"] == "https://example.org/cafe" and meta["encoding"]["method"] == "transport"
    assert meta["source"]["warc_record_id"].startswith("<urn:uuid:")
    report = json.loads((out / "boilerstrip-report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"ok": 1, "warning": 0, "failed": 0, "skipped": 1, "filtered": 0}


def bad_shards(folder: Path) -> dict[str, str]:
    """Shards named as a page beside them is (crawl), each with nothing but a refusal."""
    warc(folder / "crawl.warc", [response("https://example.org/gone", status=404, body=b"gone")])
    data = gzip.compress(b'{"text": "cut short"}\n' * 2000)
    (folder / "crawl.jsonl.gz").write_bytes(data[: len(data) // 2])
    (folder / "crawl.jsonl").write_text("{not json\n")
    return {"crawl.warc": "HTTP status 404", "crawl.jsonl.gz": "cannot read on", "crawl.jsonl": "not JSON"}


@pytest.mark.parametrize("shard", ["crawl.warc", "crawl.jsonl.gz", "crawl.jsonl"])
def test_a_shards_refusals_never_remove_a_same_named_documents_outputs(cli, tmp_path, shard):
    corpus, out, spare = tmp_path / "in", tmp_path / "out", tmp_path / "spare"
    corpus.mkdir(), spare.mkdir()
    reasons = bad_shards(spare)
    (spare / shard).rename(corpus / shard)
    (corpus / "crawl.html").write_bytes(PAGE_BYTES)
    for _ in range(2):  # the second run finds the page's outputs and must leave them
        result = cli("clean", corpus, "-o", out, "--jobs", "1", "--force")
        assert reasons[shard] in result.stderr
        assert (out / "crawl.txt").exists() and (out / "crawl.meta.json").exists()


def test_two_shards_of_one_name_are_a_collision(cli, tmp_path):
    bad_shards(tmp_path)
    result = cli("clean", tmp_path / "crawl.warc", tmp_path / "crawl.jsonl", "-o", tmp_path / "out")
    assert result.exit_code == 2 and "would both write" in result.stderr
