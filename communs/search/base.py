"""What both search stores share: the catalog for records, a search engine for chunks, and one protocol between.

:class:`CatalogSearchStore` implements :class:`~communs.search.store.SearchStore` over a
:class:`~communs.search.catalog.Catalog` (collections and documents, in the relational database) and an engine
that a subclass provides (chunks, vectors, terms: the embedded SQLite index, or Milvus), through a few hooks
(``_index``, ``_unindex``, ``_rows``, ``_document_rows``, ``_scope``, ``_semantic``, ``_lexical``).

A document is written all or nothing across the two: its id is reserved in the catalog, its chunks indexed (the
engine writes them all or, on a failure, removes what it wrote), then its row written, which is what makes it
exist; if the row cannot be written (the collection deleted meanwhile, the database down), its chunks are removed.
Reads go through the catalog, so chunks whose row does not exist (yet, or any more) are never returned; a process
killed between the two writes leaves chunks that no reader sees, and :meth:`CatalogSearchStore.sweep` removes.
Deletes go the other way: the row first (the document is gone for every reader), then the chunks.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from communs.errors import InvalidRequestError, NotFoundError
from communs.search.catalog import Catalog
from communs.search.ranking import normalize_bm25, score_fusion
from communs.search.records import (
    Chunk,
    ChunkInput,
    ChunkRow,
    Collection,
    Document,
    SearchMethod,
    SearchResult,
    Visibility,
    build_chunk,
)
from communs.search.schema import dumps
from communs.search.vectors import checked_vector, normalized

HYBRID_CANDIDATES = 4  # hybrid fuses the top (4 * k, at least 20) of each method
ORPHAN_MARGIN = 8  # extra candidates asked for, in case some belong to a document being written or deleted
EMPTY = object()  # a scope (see _scope) that no chunk is in


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


class CatalogSearchStore:
    catalog: Catalog
    dimensions: int | None  # the embedding size to enforce; None: each collection keeps its first one

    def __init__(self, catalog: Catalog, dimensions: int | None, pool_name: str) -> None:
        self.catalog = catalog
        self.dimensions = dimensions
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix=pool_name)

    # -- the engine's hooks -----------------------------------------------------
    def _index(self, document: Document, chunks: Sequence[ChunkInput], vectors: list[np.ndarray]) -> None:
        """Store a document's chunks, all of them or (raising) none."""
        raise NotImplementedError

    def _unindex(self, collection_id: int, document_ids: Sequence[int] | None) -> None:
        """Remove the chunks of these documents of the collection (None: all its chunks)."""
        raise NotImplementedError

    def _rows(self, collection_ids: Sequence[int], chunk_ids: Sequence[int]) -> dict[int, ChunkRow]:
        raise NotImplementedError

    def _document_rows(self, document: Document, limit: int | None, offset: int) -> list[ChunkRow]:
        """A document's chunks in order."""
        raise NotImplementedError

    def _scope(self, collection_ids: list[int], filters: dict[str, Any] | None) -> Any:
        """What ``_semantic`` and ``_lexical`` restrict the search to: the engine's form of the filters, or EMPTY."""
        raise NotImplementedError

    def _semantic(
        self, collection_ids: list[int], vector: np.ndarray, limit: int, scope: Any
    ) -> list[tuple[int, float]]:
        """(chunk id, cosine), best first."""
        raise NotImplementedError

    def _lexical(self, collection_ids: list[int], query: str, limit: int, scope: Any) -> list[tuple[int, float]]:
        """(chunk id, raw BM25, higher is better), best first."""
        raise NotImplementedError

    def _indexed_documents(self) -> dict[int, int]:
        """Every document that has chunks in the engine, with its collection."""
        raise NotImplementedError

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        self.catalog.close()

    # -- collections ----------------------------------------------------------
    def create_collection(
        self, name: str, description: str | None, visibility: Visibility, owner_id: int | None
    ) -> Collection:
        return self.catalog.create_collection(name, description, visibility, owner_id)

    def get_collection(self, collection_id: int) -> Collection | None:
        return self.catalog.get_collection(collection_id)

    def list_collections(self, owner_id: int | None, *, include_public: bool = True) -> list[Collection]:
        """Collections owned by ``owner_id`` (None: the master key's), and the public ones."""
        return self.catalog.list_collections(owner_id, include_public=include_public)

    def update_collection(
        self,
        collection_id: int,
        *,
        name: str | None = None,
        description: str | None = None,
        visibility: Visibility | None = None,
    ) -> Collection:
        return self.catalog.update_collection(collection_id, name=name, description=description, visibility=visibility)

    def delete_collection(self, collection_id: int) -> bool:
        """Its records first (gone for every reader), then its chunks."""
        existed = self.catalog.delete_collection(collection_id)
        self._unindex(int(collection_id), None)
        return existed

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
        """Store a document and its chunks, all or nothing (see the module docstring); returns the document id."""
        dumps(metadata, "document metadata")
        for index, chunk in enumerate(chunks):
            dumps(chunk.metadata, f"chunk {index} metadata")
        known = self.catalog.dimensions([collection_id])
        if int(collection_id) not in known:
            raise NotFoundError(f"collection {collection_id} not found")
        dimensions = self.dimensions or known[int(collection_id)]
        vectors: list[np.ndarray] = []
        for index, chunk in enumerate(chunks):
            vector = checked_vector(chunk.vector, dimensions, index)
            dimensions = dimensions or len(vector)
            vectors.append(vector)
        if dimensions and known[int(collection_id)] != dimensions:
            fixed = self.catalog.fix_dimensions(collection_id, dimensions)  # the first writer wins
            if fixed is None:
                raise NotFoundError(f"collection {collection_id} not found")
            if fixed != dimensions:
                raise InvalidRequestError(f"embeddings of {dimensions} dimensions, the collection holds {fixed}")
        document = Document(
            id=self.catalog.reserve_document_id(),
            collection_id=int(collection_id),
            name=name,
            media_type=media_type,
            page_count=page_count,
            ocr_pages=ocr_pages,
            chunk_count=len(chunks),
            metadata=metadata or {},
            created_at=int(time.time()),
        )
        self._index(document, chunks, vectors)
        try:
            self.catalog.add_document(document)  # the document exists from here on
        except BaseException:
            try:
                self._unindex(document.collection_id, [document.id])
            except Exception:  # noqa: BLE001 - the first error is the one to report; sweep() cleans up
                pass
            raise
        return document.id

    def get_document(self, document_id: int) -> Document | None:
        return self.catalog.get_document(document_id)

    def list_documents(self, collection_id: int, *, limit: int | None = None, offset: int = 0) -> list[Document]:
        return self.catalog.list_documents(collection_id, limit=limit, offset=offset)

    def delete_document(self, document_id: int) -> bool:
        document = self.catalog.delete_document(document_id)
        if document is None:
            return False
        self._unindex(document.collection_id, [document.id])
        return True

    def get_chunks(self, document_id: int, *, limit: int | None = None, offset: int = 0) -> list[Chunk]:
        document = self.catalog.get_document(document_id)
        if document is None:
            return []
        return [build_chunk(row, document) for row in self._document_rows(document, limit, offset)]

    def index_chunks(self, document: Document, chunks: Sequence[ChunkInput]) -> None:
        """Index the chunks of a document the catalog already holds (``communs search migrate``), all or none, in
        place of any the engine holds for it."""
        dimensions = self.dimensions or self.catalog.dimensions([document.collection_id]).get(document.collection_id)
        vectors = [checked_vector(chunk.vector, dimensions, index) for index, chunk in enumerate(chunks)]
        self._unindex(document.collection_id, [document.id])
        self._index(document, chunks, vectors)

    def sweep_mark(self) -> int:
        """An id above every document id reserved so far (itself reserved, never used): a later ``sweep(below=``
        this mark``)`` leaves alone the documents reserved after it, those that may be being written."""
        return self.catalog.reserve_document_id()

    def sweep(self, *, below: int | None = None) -> int:
        """Remove the chunks whose document does not exist (a process killed while writing one left them); how many
        documents' chunks went. ``below``: only those of document ids under this :meth:`sweep_mark`, taken long
        enough ago for any document then being written to be whole; None: every orphan (run it when no document
        is being written: one being written would lose its chunks)."""
        orphans: dict[int, list[int]] = {}
        existing = self.catalog.document_ids()
        for document_id, collection_id in self._indexed_documents().items():
            if document_id not in existing and (below is None or document_id < below):
                orphans.setdefault(collection_id, []).append(document_id)
        for collection_id, document_ids in orphans.items():
            self._unindex(collection_id, document_ids)
        return sum(len(ids) for ids in orphans.values())

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
        ids = self._searched(searched_ids(collection_ids, method, query_vector, k), query_vector)
        if not ids:
            return []
        scope = self._scope(ids, filters)
        if scope is EMPTY:
            return []
        vector = normalized(query_vector) if query_vector is not None else np.empty(0, dtype=np.float32)
        wanted = k + ORPHAN_MARGIN
        if method == "semantic":
            hits = self._semantic(ids, vector, wanted, scope)
        elif method == "lexical":
            hits = normalize_bm25(self._lexical(ids, query, wanted, scope))
        else:  # hybrid (searched_ids refused any other method)
            candidates = max(HYBRID_CANDIDATES * k, 20)
            pending = self._pool.submit(self._lexical, ids, query, candidates, scope)
            semantic = self._semantic(ids, vector, candidates, scope)
            hits = score_fusion(semantic, pending.result())
        if score_threshold is not None:
            hits = [hit for hit in hits if hit[1] >= score_threshold]
        hits = hits[:wanted]
        rows = self._rows(ids, [chunk_id for chunk_id, _ in hits])
        documents = self.catalog.documents(row.document_id for row in rows.values())
        results = [
            SearchResult(score=round(score, 6), method=method, chunk=build_chunk(rows[chunk_id], document))
            for chunk_id, score in hits
            if chunk_id in rows and (document := documents.get(rows[chunk_id].document_id)) is not None
        ]  # a chunk of a document being written, or deleted meanwhile, is skipped
        return results[:k]

    def _searched(self, collection_ids: list[int], query_vector: Sequence[float] | None) -> list[int]:
        """The collections that exist and hold chunks, after checking the query's embedding size against theirs."""
        if not collection_ids:
            return []
        sizes = self.catalog.dimensions(collection_ids)
        if query_vector is not None:
            length = len(query_vector)
            for collection_id, dims in sizes.items():
                if dims and dims != length:
                    raise InvalidRequestError(
                        f"collection {collection_id} holds {dims}-dimension vectors, but the query embedding has "
                        f"{length}: it was indexed with another embeddings model"
                    )
        return [c for c in collection_ids if sizes.get(c)]
