"""Shards: one input file that holds many documents, a JSONL shard or a WARC file, read as a
stream of records, one at a time (memory stays flat in the shard's size).

A record that cannot be a document is a Record with a `refusal`: failed (a JSONL line that
is not JSON) or skipped (a WARC record that is not a 200 HTML or text response); the others
of the shard go on. Every record's outputs go under OUT/<shard name>/, named from the record
by `safe_name`: no id or URL can write outside that folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from cli.compression import OPENERS, compression
from cli.inputs import JsonlFields
from cli.outcome import FAILED, SKIPPED
from cli.readers import Record, Task, broken_stream_as_input_error, opened

TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
NAME_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 80  # characters of an id or URL kept in an output name, before its digest


def safe_name(key: str, always_digest: bool = False) -> str:
    """An output name for a record id or URL: letters, digits, dot, dash and underscore, at
    most MAX_NAME of them, then a digest of the whole key wherever characters were replaced
    or cut (so two keys never share a name), or `always_digest`."""
    slug = NAME_CHARACTERS.sub("_", key).strip("._-")[:MAX_NAME]
    if slug == key and not always_digest:
        return slug
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{slug}-{digest}" if slug else digest


def read_shard(task: Task, kind: str, max_bytes: int, fields: JsonlFields) -> Iterator[Record]:
    """The records of a JSONL shard (compressed or not) or a WARC file (fastwarc reads its
    gzip or zstd framing itself); InputError when the stream breaks off."""
    with opened(task.path) as file, broken_stream_as_input_error("cannot read on"):
        if kind == "warc":
            yield from warc_records(task, file, max_bytes)
            return
        suffix = compression(task.path)
        with OPENERS[suffix](file) if suffix else contextlib.nullcontext(file) as stream:
            yield from jsonl_records(task, stream, max_bytes, fields)


def refused(task: Task, key: str, status: str, reason: str) -> Record:
    # Its stem is a name of its own in the shard's folder: a refusal removes no other's outputs.
    return Record(
        f"{task.name}#{key}", task.stem / safe_name(key, always_digest=True), b"", refusal=(status, reason)
    )


def jsonl_records(task: Task, stream: BinaryIO, max_bytes: int, fields: JsonlFields) -> Iterator[Record]:
    names: set[str] = set()
    for number, line in enumerate(lines_of(stream, max_bytes), start=1):
        if line is None:
            yield refused(
                task, f"line {number}", FAILED, f"line {number} is over the limit of {max_bytes} bytes"
            )
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield refused(task, f"line {number}", FAILED, f"line {number} is not JSON ({error})")
            continue
        yield jsonl_record(task, number, record, fields, names)


def jsonl_record(task: Task, number: int, record: Any, fields: JsonlFields, names: set[str]) -> Record:
    key = f"line {number}"
    if not isinstance(record, dict):
        return refused(task, key, FAILED, f"line {number} is not a JSON object")
    is_html = fields.html is not None and isinstance(record.get(fields.html), str)
    payload = record.get(fields.html if is_html else fields.text)
    if not isinstance(payload, str):
        return refused(task, key, FAILED, f"line {number} has no string field {fields.text!r}")
    given = record.get(fields.id)
    name = unique(safe_name(str(given)) if given not in (None, "") else f"line-{number}", number, names)
    extra = {field: value for field, value in record.items() if field not in fields}
    origin = {"line": number, "id": given, "fields": extra}
    return Record(
        f"{task.name}#{key}", task.stem / name, payload.encode("utf-8", "surrogatepass"), origin,
        format="html" if is_html else "text",
    )  # fmt: skip


def unique(name: str, number: int, names: set[str]) -> str:
    """The name, or with the record's number after it when an earlier record of the shard took
    it (a JSONL id given twice, a URL crawled twice)."""
    if name in names:
        name = f"{name}-{number}"
    names.add(name)
    return name


def lines_of(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The stream's lines, each read up to the cap; None for a line over it (skipped whole)."""
    while line := stream.readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
            pass  # the rest of the long line, dropped a cap at a time
        yield None


def warc_records(task: Task, stream: BinaryIO, max_bytes: int) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType  # only for a run with WARC files

    names: set[str] = set()
    for number, entry in enumerate(
        ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True)
    ):
        yield warc_record(task, entry, max_bytes, number, names)


def warc_record(task: Task, entry: Any, max_bytes: int, number: int, names: set[str]) -> Record:
    record_id = entry.record_id or f"offset {entry.stream_pos}"
    url = entry.headers.get("WARC-Target-URI") or ""
    reason = warc_refusal(entry, max_bytes)
    if reason:
        return refused(task, record_id, FAILED if "limit" in reason else SKIPPED, reason)
    declared = entry.content_length
    payload = entry.reader.read(max_bytes + 1)
    if len(payload) < declared:
        return refused(task, record_id, SKIPPED, f"truncated: {len(payload)} of {declared} payload bytes")
    origin = {
        "url": url,
        "warc_record_id": entry.record_id,
        "warc_date": entry.record_date.isoformat() if entry.record_date else None,
        "warc_offset": entry.stream_pos,
        "http_charset": entry.http_charset,
    }
    name = unique(safe_name(url.split("://", 1)[-1] or record_id, always_digest=True), number, names)
    return Record(f"{task.name}#{record_id}", task.stem / name, payload, origin)


def warc_refusal(entry: Any, max_bytes: int) -> str | None:
    """Why a WARC response is not a document, or None."""
    if entry.http_headers is None:
        return "not an HTTP response"
    status = entry.http_headers.status_code
    if status != 200:
        return f"HTTP status {status}"
    content_type = (entry.http_content_type or "").lower()
    if content_type and content_type not in TEXT_TYPES:
        return f"not HTML or text ({content_type})"
    if entry.headers.get("WARC-Truncated"):
        return f"truncated by the crawler ({entry.headers.get('WARC-Truncated')})"
    if entry.content_length > max_bytes:
        return f"{entry.content_length} payload bytes is over the limit of {max_bytes}"
    return None
