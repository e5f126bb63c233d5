"""The search store on Milvus: a fleet's one search engine, and no index file in any process.

:class:`MilvusSearchStore` implements :class:`~communs.search.store.SearchStore` over a Milvus server through
``pymilvus`` (Milvus Lite's gRPC server in tests, Milvus Standalone or Distributed in production). Nothing is
cached in the process: every read asks the server, with strong consistency, so a write by any replica is seen by
the next search of every other one.

The records (collections, documents) live in the catalog (:mod:`communs.search.catalog`, the fleet's PostgreSQL);
Milvus holds the chunks only, keyed by the catalog's ids: ``<prefix>_chunks_<dims>`` holds the chunks of every
collection whose embeddings have ``dims`` dimensions, with their normalised vector (COSINE), their analysed terms
(our French analysis, :mod:`communs.search.analysis`, not the engine's: Milvus's own French stemmer missed
inflected forms) and the BM25 sparse vector that Milvus computes from them, and ``meta``: the document's metadata
overlaid by the chunk's, for filters. How a document is written across the two, all or nothing, is
:mod:`communs.search.base`'s; on a failure the chunks already inserted are deleted (and
:meth:`~communs.search.base.CatalogSearchStore.sweep` removes those a killed process left behind). Scores mean what
they mean on the embedded store (:mod:`communs.search.ranking`): cosine, BM25 relative to the best, and the same
score fusion. Chunk ids are Milvus's own (auto_id: unique, but beyond 2**53 on a Milvus server).

Before the split, ``<prefix>_collections`` and ``<prefix>_documents`` held the records in Milvus: the first start
copies them into the catalog (ids kept) and drops them.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
import sqlalchemy as sa

from communs.errors import ConfigurationError, InvalidRequestError
from communs.search.analysis import analyze, query_terms
from communs.search.base import EMPTY, CatalogSearchStore
from communs.search.catalog import Catalog
from communs.search.milvus_support import (
    CHUNK_FIELDS,
    chunk_row,
    document_from_record,
    encoded_terms,
    filter_expression,
    ints,
)
from communs.search.records import ChunkInput, ChunkRow, Collection, Document

INSERT_BATCH = 256
QUERY_LIMIT = 16_384  # the most rows one Milvus query returns
MAX_VARCHAR = 65_535


# pymilvus pings every 10 s, even on an idle connection; a gRPC server that keeps its default policy (Milvus Lite
# does) answers the third idle ping with GOAWAY "too_many_pings", and the next call waits for a reconnection that
# may time out. Ping only while a call is running, and rarely: a dead connection still fails the next call, which
# gRPC retries on a new one.
GRPC_OPTIONS = {"grpc.keepalive_time_ms": 120_000, "grpc.keepalive_permit_without_calls": False}


class MilvusSearchStore(CatalogSearchStore):
    def __init__(
        self,
        uri: str,
        *,
        catalog: Catalog,
        token: str | None = None,
        prefix: str = "communs",
        dimensions: int | None = None,
        index_type: str = "AUTOINDEX",
        timeout: float = 30.0,
    ) -> None:
        """``catalog``: where the records live (every replica of a fleet opens the same one)."""
        try:
            from pymilvus import MilvusClient
        except ImportError:  # pragma: no cover - the fleet extra is not installed
            raise ConfigurationError("the Milvus search backend needs pymilvus: pip install 'communs[fleet]'") from None
        if not prefix.replace("_", "").isalnum():
            raise ConfigurationError(f"search prefix {prefix!r}: letters, digits and _ only")
        self.uri = uri
        self.prefix = prefix
        self.index_type = index_type
        self.client = MilvusClient(uri=uri, token=token or "", timeout=timeout, grpc_options=GRPC_OPTIONS)
        self._ensured: set[str] = set()
        self._ensure_lock = threading.Lock()
        super().__init__(catalog, dimensions, "search-milvus")
        self._adopt_records()

    # -- Milvus collections -----------------------------------------------------
    def _chunks(self, dimensions: int) -> str:
        return f"{self.prefix}_chunks_{dimensions}"

    def _chunk_collection(self, dimensions: int, *, create: bool) -> str | None:
        name = self._chunks(dimensions)
        if name in self._ensured:
            return name
        from pymilvus import DataType, Function, FunctionType

        with self._ensure_lock:
            if not self.client.has_collection(name):
                if not create:
                    return None
                schema = self.client.create_schema(auto_id=True)
                schema.add_field("id", DataType.INT64, is_primary=True)
                schema.add_field("collection_id", DataType.INT64)
                schema.add_field("document_id", DataType.INT64)
                schema.add_field("idx", DataType.INT64)
                schema.add_field("content", DataType.VARCHAR, max_length=MAX_VARCHAR)
                schema.add_field(
                    "terms",
                    DataType.VARCHAR,
                    max_length=MAX_VARCHAR,
                    enable_analyzer=True,
                    analyzer_params={"tokenizer": "standard"},  # terms are single words: see encode_term
                )
                schema.add_field("info", DataType.JSON)  # pages, section, page, document_name, own metadata
                schema.add_field("meta", DataType.JSON)  # the document's metadata overlaid by the chunk's
                schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dimensions)
                schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
                schema.add_function(
                    Function(
                        name="bm25",
                        function_type=FunctionType.BM25,
                        input_field_names=["terms"],
                        output_field_names=["sparse"],
                    )
                )
                index = self.client.prepare_index_params()
                index.add_index("vector", index_type=self.index_type, metric_type="COSINE")
                index.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
                self.client.create_collection(name, schema=schema, index_params=index, consistency_level="Strong")
            self._ensured.add(name)
        return name

    def _chunk_collections(self) -> list[str]:
        start = f"{self.prefix}_chunks_"
        return [name for name in self.client.list_collections() if name.startswith(start)]

    def _query_all(self, collection: str, expression: str, fields: list[str]) -> list[dict[str, Any]]:
        """Every row matching ``expression``: one query, or batches past the 16384 rows a query may return."""
        rows = list(self.client.query(collection, filter=expression, output_fields=fields, limit=QUERY_LIMIT))
        if len(rows) < QUERY_LIMIT:
            return rows
        rows = []
        iterator = self.client.query_iterator(collection, batch_size=1000, filter=expression, output_fields=fields)
        try:
            while batch := iterator.next():
                rows.extend(batch)
        finally:
            iterator.close()
        return rows

    def close(self) -> None:
        super().close()
        self.client.close()

    def _names(self, collection_ids: Sequence[int]) -> list[str]:
        """The chunk collections that hold the chunks of these collections."""
        sizes = {self.dimensions or dims for dims in self.catalog.dimensions(collection_ids).values()}
        return [name for dims in sorted(d for d in sizes if d) if (name := self._chunk_collection(dims, create=False))]

    def _adopt_records(self) -> None:
        """Copy the records that Milvus held before the catalog did (``<prefix>_collections`` and
        ``<prefix>_documents``) into the catalog, ids kept, then drop them."""
        names = (f"{self.prefix}_collections", f"{self.prefix}_documents")
        if not self.client.has_collection(names[0]):
            return
        found: list[tuple[Collection, int | None]] = []
        for row in self._query_all(names[0], "id >= 0", ["id", "visibility", "record"]):
            record = row["record"]
            found.append(
                (
                    Collection(
                        int(row["id"]),
                        record["name"],
                        record.get("description"),
                        row["visibility"],
                        record.get("owner_id"),
                        0,
                        int(record["created_at"]),
                        int(record["updated_at"]),
                    ),
                    record.get("dimensions"),
                )
            )
        documents = []
        if self.client.has_collection(names[1]):
            documents = [document_from_record(row) for row in self._query_all(names[1], "id >= 0", ["id", "record"])]
        try:
            self.catalog.adopt(found, documents)
        except sa.exc.IntegrityError:  # another replica adopted them at the same time: what it missed, again
            self.catalog.adopt(found, documents)
        for name in names:
            self.client.drop_collection(name)

    # -- the engine's part (see communs.search.base) --------------------------
    def _index(self, document: Document, chunks: Sequence[ChunkInput], vectors: list[np.ndarray]) -> None:
        entities = []
        for index, (chunk, vector) in enumerate(zip(chunks, vectors)):
            terms = encoded_terms(analyze(f"{chunk.section}\n{chunk.content}" if chunk.section else chunk.content))
            pages = [int(p) for p in chunk.pages]
            entities.append(
                {
                    "collection_id": document.collection_id,
                    "document_id": document.id,
                    "idx": index,
                    "content": chunk.content,
                    "terms": terms,
                    "info": {
                        "pages": pages,
                        "page": pages[0] if pages else None,
                        "section": chunk.section,
                        "document_name": document.name,
                        "metadata": chunk.metadata,
                    },
                    "meta": {**document.metadata, **chunk.metadata},
                    "vector": vector.tolist(),
                }
            )
            for field in ("content", "terms"):
                if len(entities[-1][field].encode()) > MAX_VARCHAR:
                    raise InvalidRequestError(f"chunk {index} is too long for the search engine ({field})")
        if not entities:
            return
        name = self._chunk_collection(len(vectors[0]), create=True)
        assert name is not None
        try:
            for start in range(0, len(entities), INSERT_BATCH):
                self.client.insert(name, entities[start : start + INSERT_BATCH])
        except BaseException:
            try:
                self.client.delete(name, filter=f"document_id == {document.id}")
            except Exception:  # noqa: BLE001 - the first error is the one to report; sweep() cleans up
                pass
            raise

    def _unindex(self, collection_id: int, document_ids: Sequence[int] | None) -> None:
        expression = f"collection_id == {int(collection_id)}"
        if document_ids is not None:
            expression += f" and document_id in {ints(document_ids)}"
        for name in self._chunk_collections():
            self.client.delete(name, filter=expression)

    def _rows(self, collection_ids: Sequence[int], chunk_ids: Sequence[int]) -> dict[int, ChunkRow]:
        if not chunk_ids:
            return {}
        rows: dict[int, ChunkRow] = {}
        for name in self._names(collection_ids):
            for row in self.client.query(name, filter=f"id in {ints(chunk_ids)}", output_fields=CHUNK_FIELDS):
                rows[int(row["id"])] = chunk_row(row)
        return rows

    def _document_rows(self, document: Document, limit: int | None, offset: int) -> list[ChunkRow]:
        rows = [
            chunk_row(row)
            for name in self._names([document.collection_id])
            for row in self._query_all(name, f"document_id == {document.id}", CHUNK_FIELDS)
        ]
        rows.sort(key=lambda row: row.idx)
        return rows[offset : None if limit is None else offset + limit]

    def _indexed_documents(self) -> dict[int, int]:
        found: dict[int, int] = {}
        for name in self._chunk_collections():
            for row in self._query_all(name, "document_id >= 0", ["document_id", "collection_id"]):
                found[int(row["document_id"])] = int(row["collection_id"])
        return found

    def flush(self) -> None:
        """Seal the rows inserted so far, after a bulk load: Milvus indexes sealed segments (Milvus Lite searches
        unsealed rows one by one, seconds per search at 10k rows), and seals on its own only as segments fill."""
        for name in self._chunk_collections():
            self.client.flush(name)

    def chunk_count(self, collection_id: int) -> int:
        """How many chunks a collection holds (those of documents being written included)."""
        total = 0
        for name in self._chunk_collections():
            rows = self.client.query(name, filter=f"collection_id == {int(collection_id)}", output_fields=["count(*)"])
            total += int(rows[0]["count(*)"]) if rows else 0
        return total

    def document_chunk_count(self, document: Document) -> int:
        """How many chunks of a document the engine holds."""
        total = 0
        for name in self._names([document.collection_id]):
            rows = self.client.query(name, filter=f"document_id == {document.id}", output_fields=["count(*)"])
            total += int(rows[0]["count(*)"]) if rows else 0
        return total

    def _scope(self, collection_ids: list[int], filters: dict[str, Any] | None) -> Any:
        """(the chunk collections to search, the filter expression), or EMPTY."""
        names = self._names(collection_ids)
        if not names:
            return EMPTY
        expression = f"collection_id in {ints(collection_ids)}"
        extra = filter_expression(filters) if filters else ""
        return names, expression + (f" and {extra}" if extra else "")

    def _semantic(
        self, collection_ids: list[int], vector: np.ndarray, limit: int, scope: Any
    ) -> list[tuple[int, float]]:
        names, expression = scope
        hits: list[tuple[int, float]] = []
        for name in names:
            if not name.endswith(f"_{vector.shape[0]}"):
                continue
            result = self.client.search(
                name,
                data=[vector.tolist()],
                anns_field="vector",
                limit=limit,
                filter=expression,
                output_fields=["id"],
                search_params={"metric_type": "COSINE"},
            )
            hits.extend((int(hit["id"]), float(hit["distance"])) for hit in result[0])
        return sorted(hits, key=lambda hit: (-hit[1], hit[0]))[:limit]

    def _lexical(self, collection_ids: list[int], query: str, limit: int, scope: Any) -> list[tuple[int, float]]:
        names, expression = scope
        return self.lexical_terms(names, query_terms(query), limit, expression)

    def lexical_scores(
        self, collection_ids: Sequence[int], terms: Sequence[str], limit: int
    ) -> list[tuple[int, float]]:
        """(chunk id, raw BM25 score) for terms already analysed, best first, as
        :meth:`SqliteSearchStore.lexical_scores` (a caller weighing groups of terms adds them up)."""
        collection_ids = list(dict.fromkeys(int(c) for c in collection_ids))
        if not collection_ids or limit <= 0:
            return []
        return self.lexical_terms(self._names(collection_ids), terms, limit, f"collection_id in {ints(collection_ids)}")

    def lexical_terms(
        self, names: list[str], terms: Sequence[str], limit: int, expression: str
    ) -> list[tuple[int, float]]:
        """(chunk id, BM25 score, higher is better), best first, for terms already analysed."""
        text = encoded_terms(dict.fromkeys(terms))
        if not text:
            return []
        hits: list[tuple[int, float]] = []
        for name in names:
            result = self.client.search(
                name,
                data=[text],
                anns_field="sparse",
                limit=limit,
                filter=expression,
                output_fields=["id"],
                search_params={"metric_type": "BM25"},
            )
            # a BM25 score is positive; Milvus Lite gives it negated, as a distance
            hits.extend((int(hit["id"]), abs(float(hit["distance"]))) for hit in result[0])
        return sorted(hits, key=lambda hit: (-hit[1], hit[0]))[:limit]
