"""``communs search migrate --to milvus``: copy the embedded index's chunks into Milvus.

Collections and documents are records of the catalog (:mod:`communs.search.catalog`), which both stores share: they
keep their ids, and nothing about them is copied. Each document's chunks are copied with their vectors as stored (no
re-embedding); chunks get Milvus's ids. A document whose chunks Milvus already holds, all of them, is skipped (one
with only some, from an interrupted copy, is copied again), so an interrupted copy runs again from where it stopped.
At the end the copied rows are sealed (:meth:`MilvusSearchStore.flush`: searches then use the index) and each
collection's chunks are counted on both sides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from communs.search.milvus import MilvusSearchStore
from communs.search.store import SqliteSearchStore

# (documents copied or skipped so far, documents in all, the document's name)
Progress = Callable[[int, int, str], None]


@dataclass
class MigrationReport:
    collections: int = 0
    documents: int = 0
    skipped: int = 0  # already in Milvus
    chunks: int = 0
    mismatches: list[str] = field(default_factory=list)  # "collection 3: 12 chunks here, 11 in Milvus"

    @property
    def ok(self) -> bool:
        return not self.mismatches


def migrate(
    source: SqliteSearchStore, target: MilvusSearchStore, *, progress: Progress | None = None
) -> MigrationReport:
    """Copy the chunks of every document of the catalog from ``source`` into ``target``; see the module docstring."""
    report = MigrationReport()
    collections = source.catalog.all_collections()
    total = sum(collection.documents for collection in collections)
    done = 0
    for collection in collections:
        report.collections += 1
        for document in source.list_documents(collection.id):
            done += 1
            chunks = source.chunk_inputs(document.id)
            if target.document_chunk_count(document) == len(chunks):
                report.skipped += 1
            else:
                target.index_chunks(document, chunks)
                report.documents += 1
                report.chunks += len(chunks)
            if progress is not None:
                progress(done, total, document.name)
    if report.chunks:
        target.flush()
    for collection in collections:
        here, there = source.chunk_count(collection.id), target.chunk_count(collection.id)
        if here != there:
            report.mismatches.append(f"collection {collection.id}: {here} chunks here, {there} in Milvus")
    return report
