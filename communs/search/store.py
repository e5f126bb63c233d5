"""The search store: collections, documents and their embedded chunks, with ranked retrieval.

:class:`SearchStore` is the interface; :class:`SqliteSearchStore` the embedded implementation,
one SQLite file and no server: SQLite tables for the records, FTS5 (BM25) over analysed French
terms for lexical search, and per-collection numpy matrices (see :mod:`communs.search.vectors`)
for brute-force cosine search. Access rules live above, in :mod:`communs.search.service`; the
store trusts its caller. Thread-safe: one SQLite connection per thread (WAL: readers never wait
for the writer), writes serialised. Scores are described in :mod:`communs.search.ranking`.

Several processes may share the file (API replicas on one data home): every write to a collection's chunks
bumps its row in ``vector_versions`` in the same transaction, and each search first reads the versions of the
collections it searches (one indexed SELECT): a collection another process wrote to since this process cached
its vectors (or its BM25 statistics) is reloaded, so no replica serves a stale matrix.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np

from communs.errors import InvalidRequestError, NotFoundError
from communs.search import lexical
from communs.search.analysis import analyze
from communs.search.ranking import normalize_bm25, score_fusion
from communs.search.records import Chunk, ChunkInput, Collection, Document, SearchMethod, SearchResult, Visibility
from communs.search.schema import (
    CHUNK_SQL,
    COLLECTION_SQL,
    DOCUMENT_SQL,
    SCHEMA,
    chunk_from_row,
    collection_from_row,
    document_from_row,
    dumps,
    filter_sql,
)
from communs.search.vectors import VectorIndex, checked_vector, normalized

T = TypeVar("T")
HYBRID_CANDIDATES = 4  # hybrid fuses the top (4 * k, at least 20) of each method


def searched_ids(collection_ids: Sequence[int], method: str, query_vector: Sequence[float] | None, k: int) -> list[int]:
    """The collections a search reads, each once (none: nothing to search, k <= 0 included), after refusing an
    unknown method or a semantic/hybrid search without the query's embedding — the same on every store."""
    ids = list(dict.fromkeys(int(c) for c in collection_ids))
    if not ids or k <= 0:
        return []
    if method not in ("semantic", "lexical", "hybrid"):
        raise InvalidRequestError(f"unknown search method {method!r}: use hybrid, semantic or lexical", param="method")
    if method != "lexical" and query_vector is None:
        raise InvalidRequestError(f"{method} search needs the query's embedding")
    return ids


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


class SqliteSearchStore:
    def __init__(self, path: str | Path, *, dimensions: int | None = None) -> None:
        """``dimensions``: the embedding size to enforce; None: each collection keeps its first one."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.dimensions = dimensions
        self._local = threading.local()
        self._connections: weakref.WeakSet[_Connection] = weakref.WeakSet()  # a dead thread's goes with it
        self._connections_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._vectors = VectorIndex(self._load_vectors)
        self._versions: dict[int, int] = {}  # the vector_versions row each collection's caches reflect
        self._versions_lock = threading.Lock()
        self._stats = lexical.TermStats()
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="search-lexical")
        self._conn().executescript(SCHEMA)

    # -- connections ----------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30, factory=_Connection
            )
            for pragma in (
                "journal_mode=WAL",
                "foreign_keys=ON",
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
        for (collection_id,) in self._conn().execute("SELECT id FROM collections").fetchall():
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
        self._pool.shutdown(wait=True)
        with self._connections_lock:
            for conn in list(self._connections):
                conn.close()
            self._connections.clear()
        self._local = threading.local()
        self._vectors.clear()

    # -- collections ----------------------------------------------------------
    def create_collection(
        self, name: str, description: str | None, visibility: Visibility, owner_id: int | None
    ) -> Collection:
        now = int(time.time())

        def insert(conn: sqlite3.Connection) -> int:
            return (
                conn.execute(
                    "INSERT INTO collections (name, description, visibility, owner_id, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (name, description, visibility, owner_id, now, now),
                ).lastrowid
                or 0
            )

        collection_id = self._write(insert)
        return Collection(collection_id, name, description, visibility, owner_id, 0, now, now)

    def get_collection(self, collection_id: int) -> Collection | None:
        row = self._conn().execute(COLLECTION_SQL + " WHERE c.id = ?", (collection_id,)).fetchone()
        return collection_from_row(row) if row else None

    def list_collections(self, owner_id: int | None, *, include_public: bool = True) -> list[Collection]:
        """Collections owned by ``owner_id`` (None: the master key's), and the public ones."""
        where = "c.owner_id IS ?" + (" OR c.visibility = 'public'" if include_public else "")
        rows = self._conn().execute(f"{COLLECTION_SQL} WHERE {where} ORDER BY c.id", (owner_id,)).fetchall()
        return [collection_from_row(row) for row in rows]

    def update_collection(
        self,
        collection_id: int,
        *,
        name: str | None = None,
        description: str | None = None,
        visibility: Visibility | None = None,
    ) -> Collection:
        changes: dict[str, str | int] = {
            key: value
            for key, value in (("name", name), ("description", description), ("visibility", visibility))
            if value is not None
        }
        changes["updated_at"] = int(time.time())
        assignments = ", ".join(f"{key} = ?" for key in changes)

        def update(conn: sqlite3.Connection) -> int:
            return conn.execute(
                f"UPDATE collections SET {assignments} WHERE id = ?", (*changes.values(), collection_id)
            ).rowcount

        if not self._write(update):
            raise NotFoundError(f"collection {collection_id} not found")
        collection = self.get_collection(collection_id)
        assert collection is not None
        return collection

    def delete_collection(self, collection_id: int) -> bool:
        def delete(conn: sqlite3.Connection) -> tuple[int, int]:
            version = self._bump(conn, collection_id)
            return conn.execute("DELETE FROM collections WHERE id = ?", (collection_id,)).rowcount, version

        deleted, version = self._write(delete)
        self._written(collection_id, version, lambda: self._vectors.invalidate(collection_id))
        return bool(deleted)

    # -- documents ------------------------------------------------------------
    def add_document(
        self,
        collection_id: int,
        name: str,
        media_type: str | None,
        page_count: int,
        ocr_pages: int,
        metadata: dict[str, Any] | None,
        chunks: Sequence[ChunkInput],
    ) -> int:
        """Store a document and its chunks in one transaction; returns the document id."""
        document_metadata = dumps(metadata, "document metadata")
        terms = [
            " ".join(analyze(f"{chunk.section}\n{chunk.content}" if chunk.section else chunk.content))
            for chunk in chunks
        ]  # analysed before the write lock is taken
        now = int(time.time())

        def insert(conn: sqlite3.Connection) -> tuple[int, list[int], list[np.ndarray], int]:
            if conn.execute("SELECT 1 FROM collections WHERE id = ?", (collection_id,)).fetchone() is None:
                raise NotFoundError(f"collection {collection_id} not found")
            dimensions = self.dimensions or self._collection_dimensions(conn, collection_id)
            document_id = conn.execute(
                "INSERT INTO documents (collection_id, name, media_type, page_count, ocr_pages, chunk_count, "
                "metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (collection_id, name, media_type, page_count, ocr_pages, len(chunks), document_metadata, now),
            ).lastrowid
            ids: list[int] = []
            vectors: list[np.ndarray] = []
            for index, (chunk, chunk_terms) in enumerate(zip(chunks, terms)):
                vector = checked_vector(chunk.vector, dimensions, index)
                dimensions = dimensions or len(vector)
                chunk_id = conn.execute(
                    "INSERT INTO chunks (document_id, collection_id, idx, section, pages, metadata, content, vector) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        document_id,
                        collection_id,
                        index,
                        chunk.section,
                        json.dumps([int(p) for p in chunk.pages]),
                        dumps(chunk.metadata, f"chunk {index} metadata"),
                        chunk.content,
                        vector.tobytes(),
                    ),
                ).lastrowid
                conn.execute(
                    "INSERT INTO chunks_fts (rowid, collection_id, terms) VALUES (?, ?, ?)",
                    (chunk_id, collection_id, chunk_terms),
                )
                ids.append(int(chunk_id or 0))
                vectors.append(vector)
            conn.execute("UPDATE collections SET updated_at = ? WHERE id = ?", (now, collection_id))
            return int(document_id or 0), ids, vectors, self._bump(conn, collection_id)

        document_id, ids, vectors, version = self._write(insert)  # on failure, rolled back: nothing to invalidate
        if ids:
            patch = lambda: self._vectors.append(collection_id, np.array(ids, dtype=np.int64), np.stack(vectors))  # noqa: E731
        else:
            patch = lambda: None  # noqa: E731
        self._written(collection_id, version, patch)
        return document_id

    @staticmethod
    def _collection_dimensions(conn: sqlite3.Connection, collection_id: int) -> int | None:
        row = conn.execute(
            "SELECT length(vector) FROM chunks WHERE collection_id = ? LIMIT 1", (collection_id,)
        ).fetchone()
        return row[0] // 4 if row else None

    def get_document(self, document_id: int) -> Document | None:
        row = self._conn().execute(DOCUMENT_SQL + " WHERE id = ?", (document_id,)).fetchone()
        return document_from_row(row) if row else None

    def list_documents(self, collection_id: int, *, limit: int | None = None, offset: int = 0) -> list[Document]:
        rows = (
            self._conn()
            .execute(
                DOCUMENT_SQL + " WHERE collection_id = ? ORDER BY id LIMIT ? OFFSET ?",
                (collection_id, -1 if limit is None else limit, offset),
            )
            .fetchall()
        )
        return [document_from_row(row) for row in rows]

    def delete_document(self, document_id: int) -> bool:
        def delete(conn: sqlite3.Connection) -> tuple[int, np.ndarray, int] | None:
            row = conn.execute("SELECT collection_id FROM documents WHERE id = ?", (document_id,)).fetchone()
            if row is None:
                return None
            ids = [r[0] for r in conn.execute("SELECT id FROM chunks WHERE document_id = ?", (document_id,))]
            conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
            conn.execute("UPDATE collections SET updated_at = ? WHERE id = ?", (int(time.time()), row[0]))
            return int(row[0]), np.array(ids, dtype=np.int64), self._bump(conn, int(row[0]))

        deleted = self._write(delete)
        if deleted is None:
            return False
        collection_id, ids, version = deleted
        self._written(collection_id, version, lambda: self._vectors.remove(collection_id, ids))
        return True

    def get_chunks(self, document_id: int, *, limit: int | None = None, offset: int = 0) -> list[Chunk]:
        rows = (
            self._conn()
            .execute(
                CHUNK_SQL + " WHERE c.document_id = ? ORDER BY c.idx LIMIT ? OFFSET ?",
                (document_id, -1 if limit is None else limit, offset),
            )
            .fetchall()
        )
        return [chunk_from_row(row) for row in rows]

    # -- search ---------------------------------------------------------------
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
    ) -> list[SearchResult]:
        """The ``k`` best chunks over the collections, best first, with scores >= ``score_threshold``.

        ``query_vector`` (the query's embedding) is needed by the semantic and hybrid methods.
        """
        collection_ids = searched_ids(collection_ids, method, query_vector, k)
        if not collection_ids:
            return []
        self._refresh(collection_ids)
        allowed = self._filtered_ids(collection_ids, filters) if filters else None
        if allowed is not None and len(allowed) == 0:
            return []
        if method == "semantic":
            hits = self._semantic(collection_ids, query_vector, k, allowed)
        elif method == "lexical":
            hits = normalize_bm25(self._lexical(collection_ids, query, k, allowed))
        else:  # hybrid (searched_ids refused any other method)
            candidates = max(HYBRID_CANDIDATES * k, 20)
            pending = self._pool.submit(self._lexical, collection_ids, query, candidates, allowed)
            semantic = self._semantic(collection_ids, query_vector, candidates, allowed)
            hits = score_fusion(semantic, pending.result())
        if score_threshold is not None:
            hits = [hit for hit in hits if hit[1] >= score_threshold]
        hits = hits[:k]
        chunks = self._chunks_by_id([chunk_id for chunk_id, _ in hits])
        return [
            SearchResult(score=round(score, 6), method=method, chunk=chunks[chunk_id])
            for chunk_id, score in hits
            if chunk_id in chunks
        ]  # a chunk deleted meanwhile is skipped

    def _semantic(
        self, collection_ids: list[int], query_vector: Sequence[float] | None, limit: int, allowed: np.ndarray | None
    ) -> list[tuple[int, float]]:
        query = normalized(query_vector if query_vector is not None else [])
        return self._vectors.search(collection_ids, query, limit, allowed)

    def _lexical(
        self, collection_ids: list[int], query: str, limit: int, allowed: np.ndarray | None
    ) -> list[tuple[int, float]]:
        return lexical.search(self._conn(), self._stats, collection_ids, query, limit, allowed)

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
                f"SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id "
                f"WHERE c.collection_id IN ({marks}) AND {conditions} ORDER BY c.id",
                (*collection_ids, *params),
            )
            .fetchall()
        )
        return np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))

    def _chunks_by_id(self, chunk_ids: list[int]) -> dict[int, Chunk]:
        if not chunk_ids:
            return {}
        marks = ", ".join("?" * len(chunk_ids))
        rows = self._conn().execute(f"{CHUNK_SQL} WHERE c.id IN ({marks})", chunk_ids).fetchall()
        return {row[0]: chunk_from_row(row) for row in rows}

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
