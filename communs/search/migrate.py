"""``communs search migrate --to milvus``: copy the embedded store into Milvus, keeping every id.

Collections and documents keep their ids (clients' references and URLs stay valid); chunks get Milvus's ids. The
vectors are copied as stored (no re-embedding). A document already in Milvus is skipped, so an interrupted copy
runs again from where it stopped. At the end each collection's documents and chunks are counted on both sides.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from communs.errors import InvalidRequestError
from communs.search.milvus import MilvusSearchStore
from communs.search.records import ChunkInput
from communs.search.schema import COLLECTION_SQL, DOCUMENT_SQL, collection_from_row, document_from_row

# (documents copied or skipped so far, documents in all, the document's name)
Progress = Callable[[int, int, str], None]


@dataclass
class MigrationReport:
    collections: int = 0
    documents: int = 0
    skipped: int = 0  # already in Milvus
    chunks: int = 0
    mismatches: list[str] = field(default_factory=list)  # "collection 3: 12 documents here, 11 in Milvus"

    @property
    def ok(self) -> bool:
        return not self.mismatches


def migrate(source: Path, target: MilvusSearchStore, *, progress: Progress | None = None) -> MigrationReport:
    """Copy the SQLite search store at ``source`` into ``target``; see the module docstring."""
    if not source.is_file():
        raise InvalidRequestError(f"no embedded search store at {source}")
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        return _copy(conn, target, progress)
    finally:
        conn.close()


def _copy(conn: sqlite3.Connection, target: MilvusSearchStore, progress: Progress | None) -> MigrationReport:
    report = MigrationReport()
    collections = [collection_from_row(row) for row in conn.execute(COLLECTION_SQL + " ORDER BY c.id")]
    total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    done = 0
    for collection in collections:
        if target.get_collection(collection.id) is None:
            target.restore_collection(collection)
        report.collections += 1
        documents = [
            document_from_row(row)
            for row in conn.execute(DOCUMENT_SQL + " WHERE collection_id = ? ORDER BY id", (collection.id,))
        ]
        for document in documents:
            done += 1
            if target.get_document(document.id) is not None:
                report.skipped += 1
            else:
                chunks = [
                    ChunkInput(
                        content=content,
                        pages=json.loads(pages),
                        section=section,
                        metadata=json.loads(metadata),
                        vector=np.frombuffer(vector, dtype=np.float32).tolist(),
                    )
                    for content, pages, section, metadata, vector in conn.execute(
                        "SELECT content, pages, section, metadata, vector FROM chunks WHERE document_id = ? "
                        "ORDER BY idx",
                        (document.id,),
                    )
                ]
                target.add_document(
                    collection.id,
                    document.name,
                    document.media_type,
                    document.page_count,
                    document.ocr_pages,
                    document.metadata,
                    chunks,
                    document_id=document.id,
                    created_at=document.created_at,
                )
                report.documents += 1
                report.chunks += len(chunks)
            if progress is not None:
                progress(done, total, document.name)
        _check(conn, target, collection.id, report)
    return report


def _check(conn: sqlite3.Connection, target: MilvusSearchStore, collection_id: int, report: MigrationReport) -> None:
    documents, chunks = conn.execute(
        "SELECT (SELECT count(*) FROM documents WHERE collection_id = ?), "
        "(SELECT count(*) FROM chunks WHERE collection_id = ?)",
        (collection_id, collection_id),
    ).fetchone()
    copied = target.get_collection(collection_id)
    copied_documents = copied.documents if copied else 0
    copied_chunks = target.chunk_count(collection_id)
    if (documents, chunks) != (copied_documents, copied_chunks):
        report.mismatches.append(
            f"collection {collection_id}: {documents} documents and {chunks} chunks here, "
            f"{copied_documents} and {copied_chunks} in Milvus"
        )
