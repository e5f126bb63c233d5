"""The search store: collections, documents and their embedded chunks, with ranked retrieval.

:class:`SearchStore` is the interface; :class:`SqliteSearchStore` the embedded implementation: the records in the
catalog (:mod:`communs.search.catalog`: the relational database, or for an app's private index the same SQLite
file), the chunks in one SQLite file and no server: FTS5 (BM25) over analysed French terms for lexical search, and
per-collection numpy matrices (see :mod:`communs.search.vectors`) for brute-force cosine search. How the two are
written together is :mod:`communs.search.base`'s. Access rules live above, in :mod:`communs.search.service`; the
store trusts its caller. Thread-safe: one SQLite connection per thread (WAL: readers never wait for the writer),
writes serialised. Scores are described in :mod:`communs.search.ranking`.

Several processes may share the file (API replicas on one data home): every write to a collection's chunks
bumps its row in ``vector_versions`` in the same transaction, and each search first reads the versions of the
collections it searches (one indexed SELECT): a collection another process wrote to since this process cached
its vectors (or its BM25 statistics) is reloaded, so no replica serves a stale matrix.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np

from communs.search import lexical
from communs.search.analysis import analyze
from communs.search.base import EMPTY, HYBRID_CANDIDATES, CatalogSearchStore, searched_ids
from communs.search.catalog import Catalog
from communs.search.records import (
    Chunk,
    ChunkInput,
    ChunkRow,
    Collection,
    Document,
    SearchMethod,
    SearchResult,
    Visibility,
)
from communs.search.schema import CHUNK_SQL, REBUILD_CHUNKS, SCHEMA, chunk_row, dumps, filter_sql, overlay
from communs.search.vectors import VectorIndex

T = TypeVar("T")
__all__ = ["HYBRID_CANDIDATES", "SearchStore", "SqliteSearchStore", "searched_ids"]


class SearchStore(Protocol):
    def create_collection(
        self, name: str, description: str | None, visibility: Visibility, owner_id: int | None
    ) -> Collection: ...

    def get_collection(self, collection_id: int) -> Collection | None: ...

    def list_collections(self, owner_id: int | None, *, include_public: bool = True) -> list[Collection]: ...

    def update_collection(
        self,
        collection_id: int,
        *,
        name: str | None = None,
        description: str | None = None,
        visibility: Visibility | None = None,
    ) -> Collection: ...

    def delete_collection(self, collection_id: int) -> bool: ...

    def add_document(
        self,
        collection_id: int,
        name: str,
        media_type: str | None,
        page_count: int,
        ocr_pages: int,
        metadata: dict[str, Any] | None,
        chunks: Sequence[ChunkInput],
    ) -> int: ...

    def get_document(self, document_id: int) -> Document | None: ...

    def list_documents(self, collection_id: int, *, limit: int | None = None, offset: int = 0) -> list[Document]: ...

    def delete_document(self, document_id: int) -> bool: ...

    def get_chunks(self, document_id: int, *, limit: int | None = None, offset: int = 0) -> list[Chunk]: ...

    def search(
        self,
        collection_ids: Sequence[int],
        *,
        method: SearchMethod,
        query: str,
        query_vector: Sequence[float] | None = None,
        k: int = 10,
        score_threshold: float | None = None,
        filters: dict[str, Any] | None = None,
    ) -> list[SearchResult]: ...

    def lexical_scores(
        self, collection_ids: Sequence[int], terms: Sequence[str], limit: int
    ) -> list[tuple[int, float]]: ...

    def close(self) -> None: ...


class _Connection(sqlite3.Connection):
    """A connection that can be weakly referenced."""


class SqliteSearchStore(CatalogSearchStore):
    def __init__(self, path: str | Path, *, catalog: Catalog | None = None, dimensions: int | None = None) -> None:
        """``catalog``: where the records live (the deployment's: :func:`communs.search.ingest.open_store`); None: a
        private catalog in this same file (an app's own index). ``dimensions``: the embedding size to enforce;
        None: each collection keeps its first one.

        A file from before the catalog moved is brought up to date here (see :func:`_upgrade`)."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._connections: weakref.WeakSet[_Connection] = weakref.WeakSet()  # a dead thread's goes with it
        self._connections_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._vectors = VectorIndex(self._load_vectors)
        self._versions: dict[int, int] = {}  # the vector_versions row each collection's caches reflect
        self._versions_lock = threading.Lock()
        self._stats = lexical.TermStats()
        if catalog is not None and _same_file(catalog, self.path):
            catalog = None  # its tables are this file's: nothing to adopt
        self._write(_upgrade, catalog)
        super().__init__(catalog or Catalog.private(self.path), dimensions, "search-lexical")

    # -- connections ----------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30, factory=_Connection
            )
            for pragma in (
                "journal_mode=WAL",
                "synchronous=NORMAL",
                "busy_timeout=30000",
                "cache_size=-65536",
                "temp_store=MEMORY",
            ):
                conn.execute(f"PRAGMA {pragma}")
            self._local.conn = conn
            with self._connections_lock:
                self._connections.add(conn)
        return conn

    def _write(self, operation: Callable[..., T], *args: Any) -> T:
        """Run ``operation(conn, *args)`` in one transaction: all of it or none of it."""
        conn = self._conn()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = operation(conn, *args)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        return result

    def preload(self) -> None:
        """Load every collection's vectors now (~1 s per 100k chunks) rather than on its first search."""
        for (collection_id,) in self._conn().execute("SELECT DISTINCT collection_id FROM chunks").fetchall():
            self._vectors.matrix(collection_id)

    def _invalidate(self, collection_id: int) -> None:
        self._vectors.invalidate(collection_id)
        self._stats.invalidate(collection_id)

    @staticmethod
    def _bump(conn: sqlite3.Connection, collection_id: int) -> int:
        """In a write transaction: the collection's new vector version."""
        conn.execute(
            "INSERT INTO vector_versions (collection_id, version) VALUES (?, 1) "
            "ON CONFLICT (collection_id) DO UPDATE SET version = version + 1",
            (collection_id,),
        )
        return int(
            conn.execute("SELECT version FROM vector_versions WHERE collection_id = ?", (collection_id,)).fetchone()[0]
        )

    def _written(self, collection_id: int, version: int, patch: Callable[[], None]) -> None:
        """After this process committed ``version``: patch the cached matrix if it reflected the version just
        before (nobody else wrote in between), else drop it."""
        with self._versions_lock:
            seen = self._versions.get(collection_id, 0)
            if seen == version - 1:
                patch()
            elif seen < version:
                self._vectors.invalidate(collection_id)
            self._versions[collection_id] = max(seen, version)
        self._stats.invalidate(collection_id)

    def _refresh(self, collection_ids: Sequence[int]) -> None:
        """Drop the caches of the collections another process wrote to since this one cached them."""
        marks = ", ".join("?" * len(collection_ids))
        found = dict(
            self._conn()
            .execute(
                f"SELECT collection_id, version FROM vector_versions WHERE collection_id IN ({marks})", collection_ids
            )
            .fetchall()
        )
        with self._versions_lock:
            for collection_id in collection_ids:
                version = found.get(collection_id, 0)
                if version > self._versions.get(collection_id, 0):
                    self._invalidate(collection_id)
                    self._versions[collection_id] = version

    def close(self) -> None:
        super().close()
        with self._connections_lock:
            for conn in list(self._connections):
                conn.close()
            self._connections.clear()
        self._local = threading.local()
        self._vectors.clear()

    # -- the engine's part (see communs.search.base) --------------------------
    def _index(self, document: Document, chunks: Sequence[ChunkInput], vectors: list[np.ndarray]) -> None:
        terms = [
            " ".join(analyze(f"{chunk.section}\n{chunk.content}" if chunk.section else chunk.content))
            for chunk in chunks
        ]  # analysed before the write lock is taken
        collection_id = document.collection_id

        def insert(conn: sqlite3.Connection) -> tuple[list[int], int]:
            ids: list[int] = []
            for index, (chunk, chunk_terms, vector) in enumerate(zip(chunks, terms, vectors)):
                own = dumps(chunk.metadata, f"chunk {index} metadata")
                chunk_id = conn.execute(
                    "INSERT INTO chunks (document_id, collection_id, idx, section, pages, metadata, meta, doc_name, "
                    "content, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        document.id,
                        collection_id,
                        index,
                        chunk.section,
                        json.dumps([int(p) for p in chunk.pages]),
                        own,
                        json.dumps({**document.metadata, **chunk.metadata}, ensure_ascii=False),
                        document.name,
                        chunk.content,
                        vector.tobytes(),
                    ),
                ).lastrowid
                conn.execute(
                    "INSERT INTO chunks_fts (rowid, collection_id, terms) VALUES (?, ?, ?)",
                    (chunk_id, collection_id, chunk_terms),
                )
                ids.append(int(chunk_id or 0))
            return ids, self._bump(conn, collection_id)

        ids, version = self._write(insert)  # on failure, rolled back: nothing to invalidate
        if ids:
            patch = lambda: self._vectors.append(collection_id, np.array(ids, dtype=np.int64), np.stack(vectors))  # noqa: E731
        else:
            patch = lambda: None  # noqa: E731
        self._written(collection_id, version, patch)

    def _unindex(self, collection_id: int, document_ids: Sequence[int] | None) -> None:
        def delete(conn: sqlite3.Connection) -> tuple[np.ndarray | None, int]:
            if document_ids is None:
                conn.execute("DELETE FROM chunks WHERE collection_id = ?", (collection_id,))
                return None, self._bump(conn, collection_id)
            marks = ", ".join("?" * len(document_ids))
            where = f"collection_id = ? AND document_id IN ({marks})"
            ids = [
                row[0] for row in conn.execute(f"SELECT id FROM chunks WHERE {where}", (collection_id, *document_ids))
            ]
            conn.execute(f"DELETE FROM chunks WHERE {where}", (collection_id, *document_ids))
            return np.array(ids, dtype=np.int64), self._bump(conn, collection_id)

        ids, version = self._write(delete)
        if ids is None:
            self._written(collection_id, version, lambda: self._vectors.invalidate(collection_id))
        else:
            self._written(collection_id, version, lambda: self._vectors.remove(collection_id, ids))

    def _rows(self, collection_ids: Sequence[int], chunk_ids: Sequence[int]) -> dict[int, ChunkRow]:
        if not chunk_ids:
            return {}
        marks = ", ".join("?" * len(chunk_ids))
        rows = self._conn().execute(f"{CHUNK_SQL} WHERE c.id IN ({marks})", list(chunk_ids)).fetchall()
        return {row[0]: chunk_row(row) for row in rows}

    def _document_rows(self, document: Document, limit: int | None, offset: int) -> list[ChunkRow]:
        rows = (
            self._conn()
            .execute(
                CHUNK_SQL + " WHERE c.document_id = ? ORDER BY c.idx LIMIT ? OFFSET ?",
                (document.id, -1 if limit is None else limit, offset),
            )
            .fetchall()
        )
        return [chunk_row(row) for row in rows]

    def _indexed_documents(self) -> dict[int, int]:
        return dict(self._conn().execute("SELECT DISTINCT document_id, collection_id FROM chunks").fetchall())

    def chunk_inputs(self, document_id: int) -> list[ChunkInput]:
        """A document's chunks as stored, vectors included, in order (to copy them into another engine)."""
        rows = self._conn().execute(
            "SELECT content, pages, section, metadata, vector FROM chunks WHERE document_id = ? ORDER BY idx",
            (int(document_id),),
        )
        return [
            ChunkInput(
                content=content,
                pages=json.loads(pages),
                section=section,
                metadata=json.loads(metadata),
                vector=np.frombuffer(vector, dtype=np.float32).tolist(),
            )
            for content, pages, section, metadata, vector in rows
        ]

    def chunk_count(self, collection_id: int) -> int:
        """How many chunks a collection holds."""
        query = "SELECT count(*) FROM chunks WHERE collection_id = ?"
        return int(self._conn().execute(query, (int(collection_id),)).fetchone()[0])

    def _scope(self, collection_ids: list[int], filters: dict[str, Any] | None) -> Any:
        """The chunk ids the filters allow (a sorted array; EMPTY: none), or None: no filter."""
        self._refresh(collection_ids)
        if not filters:
            return None
        allowed = self._filtered_ids(collection_ids, filters)
        return EMPTY if len(allowed) == 0 else allowed

    def _semantic(
        self, collection_ids: list[int], vector: np.ndarray, limit: int, scope: Any
    ) -> list[tuple[int, float]]:
        return self._vectors.search(collection_ids, vector, limit, scope)

    def _lexical(self, collection_ids: list[int], query: str, limit: int, scope: Any) -> list[tuple[int, float]]:
        return lexical.search(self._conn(), self._stats, collection_ids, query, limit, scope)

    def lexical_scores(
        self, collection_ids: Sequence[int], terms: Sequence[str], limit: int
    ) -> list[tuple[int, float]]:
        """(chunk id, raw BM25 score) for terms already analysed, best first: for a caller that weighs groups of
        terms (BM25 adds up over terms, so ``a × bm25(A) + b × bm25(B)`` weighs the terms of A and B)."""
        collection_ids = list(dict.fromkeys(collection_ids))
        if collection_ids:
            self._refresh(collection_ids)
        return lexical.search_terms(self._conn(), self._stats, collection_ids, terms, limit)

    def _filtered_ids(self, collection_ids: list[int], filters: dict[str, Any]) -> np.ndarray:
        conditions, params = filter_sql(filters)
        marks = ", ".join("?" * len(collection_ids))
        rows = (
            self._conn()
            .execute(
                f"SELECT c.id FROM chunks c WHERE c.collection_id IN ({marks}) AND {conditions} ORDER BY c.id",
                (*collection_ids, *params),
            )
            .fetchall()
        )
        return np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))

    def _load_vectors(self, collection_id: int) -> tuple[np.ndarray, np.ndarray]:
        rows = (
            self._conn()
            .execute("SELECT id, vector FROM chunks WHERE collection_id = ? ORDER BY id", (collection_id,))
            .fetchall()
        )
        if not rows:
            return np.empty(0, dtype=np.int64), np.empty((0, 0), dtype=np.float32)
        ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        # a fresh, aligned array: numpy's matmul on a view of a bytes object is ~8x slower
        matrix = np.empty((len(rows), len(rows[0][1]) // 4), dtype=np.float32)
        for i, (_, blob) in enumerate(rows):
            matrix[i] = np.frombuffer(blob, dtype=np.float32)
        return ids, matrix


def _same_file(catalog: Catalog, path: Path) -> bool:
    database = catalog.engine.url.database if catalog.engine.dialect.name == "sqlite" else None
    return bool(database) and Path(str(database)).resolve() == path.resolve()


def _upgrade(conn: sqlite3.Connection, catalog: Catalog | None) -> None:
    """In one write transaction: make the index's tables, or bring a file from before the catalog moved up to date:
    its chunks rebuilt without references to ``documents`` (ids kept), and, when the records now live in
    ``catalog`` (the deployment's), its ``collections`` and ``documents`` rows copied there (ids, dates and owners
    kept; those already there skipped) then renamed ``moved_collections`` and ``moved_documents`` (kept, unread)."""
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "chunks" in tables and "doc_name" not in {row[1] for row in conn.execute("PRAGMA table_info(chunks)")}:
        conn.create_function("communs_overlay", 2, overlay, deterministic=True)
        seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'chunks'").fetchone()
        for statement in REBUILD_CHUNKS:
            conn.execute(statement)
        if seq:  # no id ever given again, not even that of a chunk deleted before
            conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'chunks'", seq)
    for statement in SCHEMA:
        conn.execute(statement)
    if catalog is None or not {"collections", "documents"} <= tables:
        return
    found: list[tuple[Collection, int | None]] = []
    for row in conn.execute(
        "SELECT c.id, c.name, c.description, c.visibility, c.owner_id, c.created_at, c.updated_at, "
        "(SELECT length(vector) / 4 FROM chunks WHERE chunks.collection_id = c.id LIMIT 1) FROM collections c"
    ):
        found.append((Collection(row[0], row[1], row[2], row[3], row[4], 0, row[5], row[6]), row[7]))
    documents = [
        Document(row[0], row[1], row[2], row[3], row[4], row[5], row[6], json.loads(row[7]), row[8])
        for row in conn.execute(
            "SELECT id, collection_id, name, media_type, page_count, ocr_pages, chunk_count, metadata, created_at "
            "FROM documents"
        )
    ]
    catalog.adopt(found, documents)  # committed before the renames: a crash in between adopts again, skipping
    conn.execute("ALTER TABLE collections RENAME TO moved_collections")
    conn.execute("ALTER TABLE documents RENAME TO moved_documents")
