"""What the Milvus store needs around the engine: our terms as words its tokenizers keep whole, metadata filters as
Milvus expressions, and a local Milvus Lite server (tests, benchmarks, a developer's machine)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from communs.errors import ConfigurationError, InvalidRequestError
from communs.search.records import ChunkRow, Document
from communs.search.schema import check_filter

_COLUMN_FILTERS = {"document_id", "collection_id", "document_name", "section", "page"}


def encode_term(term: str) -> str:
    """A term as one word for any Milvus tokenizer (letters, digits and ``_``): ``l.123-4`` -> ``l_d123_h4``.

    Milvus Lite's tokenizers split on punctuation (it has no whitespace tokenizer), so the characters our analysis
    keeps inside terms are spelt out; the mapping is one-to-one (``_`` itself becomes ``_u``)."""
    if term.isalnum():
        return term
    return "".join(_ESCAPES.get(char, char) for char in term)


_ESCAPES = {"_": "_u", ".": "_d", "-": "_h", "/": "_s", ",": "_c", "'": "_q"}


def encoded_terms(terms: Iterable[str]) -> str:
    return " ".join(encode_term(term) for term in terms)


def _literal(value: Any) -> str:
    """A value as a Milvus filter literal (strings double-quoted, with JSON escapes)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    raise InvalidRequestError(
        "a filter value must be a string, number, boolean or null", param="filters"
    )  # pragma: no cover - checked earlier


def filter_expression(filters: dict[str, Any]) -> str:
    """Equality filters as a Milvus boolean expression over a chunk, as :func:`communs.search.schema.filter_sql`
    reads them: ``document_id``, ``document_name``, ``collection_id``, ``section`` and ``page`` name the chunk's
    own fields; any other key its metadata (the chunk's, else its document's)."""
    clauses: list[str] = []
    for key, value in filters.items():
        value = check_filter(key, value)
        if key in ("document_id", "collection_id"):
            clauses.append(f"{key} == {int(value)}" if isinstance(value, (int, float)) else "false")
            continue
        field = f'info["{key}"]' if key in _COLUMN_FILTERS else f'meta["{key}"]'
        if value is None:
            clauses.append(f"{field} is null")
        elif isinstance(value, bool):  # the embedded store reads true as 1 (json_extract)
            clauses.append(f"{field} == {_literal(value)} or {field} == {int(value)}")
        else:
            clauses.append(f"{field} == {_literal(value)}")
    return " and ".join(f"({clause})" for clause in clauses)


def ints(values: Iterable[int]) -> str:
    return "[" + ", ".join(str(int(v)) for v in values) + "]"


@contextlib.contextmanager
def lite_server(folder: Path, *, timeout: float = 60.0) -> Iterator[str]:
    """A Milvus Lite gRPC server (``milvus-lite server``) on a free local port, its data under ``folder``; yields
    its URI, stops it on exit. For tests, benchmarks and a developer's machine: production points at a Milvus
    Standalone or Distributed server."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "server.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "milvus_lite", "server", "--host", "127.0.0.1", "--port", str(port)]
            + ["--data-dir", os.fspath(folder / "data")],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1.0).close()
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        tail = (folder / "server.log").read_text(errors="replace")[-500:]
                        message = f"the Milvus Lite server did not start on port {port}: {tail}"
                        raise ConfigurationError(message) from None
                    time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


CHUNK_FIELDS = ["id", "collection_id", "document_id", "idx", "content", "info"]


def document_from_record(row: dict[str, Any]) -> Document:
    """A document from its row in ``<prefix>_documents``, where Milvus held the records before the catalog did (its
    id, and the record as JSON)."""
    record = row["record"]
    return Document(
        id=int(row["id"]),
        collection_id=int(record["collection_id"]),
        name=record["name"],
        media_type=record.get("media_type"),
        page_count=int(record.get("page_count") or 0),
        ocr_pages=int(record.get("ocr_pages") or 0),
        chunk_count=int(record.get("chunk_count") or 0),
        metadata=record.get("metadata") or {},
        created_at=int(record["created_at"]),
    )


def chunk_row(row: dict[str, Any]) -> ChunkRow:
    """A chunk as ``<prefix>_chunks_<dims>`` holds it."""
    info = row["info"]
    return ChunkRow(
        id=int(row["id"]),
        collection_id=int(row["collection_id"]),
        document_id=int(row["document_id"]),
        idx=int(row["idx"]),
        content=row["content"],
        pages=list(info.get("pages") or []),
        section=info.get("section"),
        metadata=info.get("metadata") or {},
    )
