"""The search store on Milvus: a fleet's one search engine, and no index file in any process.

:class:`MilvusSearchStore` implements :class:`~communs.search.store.SearchStore` over a Milvus server through
``pymilvus`` (Milvus Lite's gRPC server in tests, Milvus Standalone or Distributed in production). Nothing is
cached in the process: every read asks the server, with strong consistency, so a write by any replica is seen by
the next search of every other one.

Milvus collections (names start with ``prefix``):

- ``<prefix>_collections`` and ``<prefix>_documents``: the records (a JSON field each; Milvus needs a vector
  field in every collection, so each has a 2-dimension placeholder);
- ``<prefix>_chunks_<dims>``: the chunks of every collection whose embeddings have ``dims`` dimensions, with
  their normalised vector (COSINE), their analysed terms (our French analysis, :mod:`communs.search.analysis`,
  not the engine's: Milvus's own French stemmer missed inflected forms) and the BM25 sparse vector that Milvus
  computes from them, and ``meta``: the document's metadata overlaid by the chunk's, for filters.

A document is written all or nothing: its chunks first, then its record, which is what makes it exist. Reads see
only chunks whose document record exists; on a failure the chunks already written are deleted (and
:meth:`MilvusSearchStore.sweep` removes those a killed process left behind). Scores mean what they mean on the
embedded store (:mod:`communs.search.ranking`): cosine, BM25 relative to the best, and the same score fusion.

Ids: collections and documents get 53-bit ids (milliseconds since 2024 and 10 random bits: exact in JSON and
JavaScript, unique unless two replicas create one in the same millisecond and draw the same bits, 1 in 1024);
chunk ids are Milvus's own (auto_id: unique, but beyond 2**53 on a Milvus server).
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from communs.errors import ConfigurationError, InvalidRequestError, NotFoundError
from communs.search.analysis import analyze, query_terms
from communs.search.milvus_support import (
    CHUNK_FIELDS,
    chunk_from_row,
    document_from_record,
    encoded_terms,
    filter_expression,
    ints,
)
from communs.search.ranking import normalize_bm25, score_fusion
from communs.search.records import Chunk, ChunkInput, Collection, Document, SearchMethod, SearchResult, Visibility
from communs.search.schema import dumps
from communs.search.store import HYBRID_CANDIDATES, searched_ids
from communs.search.vectors import checked_vector, normalized

EPOCH_MS = 1_704_067_200_000  # 2024-01-01T00:00:00Z
INSERT_BATCH = 256
QUERY_LIMIT = 16_384  # the most rows one Milvus query returns
ORPHAN_MARGIN = 8  # extra candidates asked for, in case some belong to a document being written
MAX_VARCHAR = 65_535
NO_OWNER = -1  # owner_id None (the master key) in an INT64 field
_PLACEHOLDER = [1.0, 0.0]


class MilvusSearchStore:
    def __init__(
        self,
        uri: str,
        *,
        token: str | None = None,
        prefix: str = "communs",
        dimensions: int | None = None,
        index_type: str = "AUTOINDEX",
        timeout: float = 30.0,
    ) -> None:
        try:
            from pymilvus import MilvusClient
        except ImportError:  # pragma: no cover - the fleet extra is not installed
            raise ConfigurationError("the Milvus search backend needs pymilvus: pip install 'communs[fleet]'") from None
        if not prefix.replace("_", "").isalnum():
            raise ConfigurationError(f"search prefix {prefix!r}: letters, digits and _ only")
        self.uri = uri
        self.prefix = prefix
        self.dimensions = dimensions
        self.index_type = index_type
        self.client = MilvusClient(uri=uri, token=token or "", timeout=timeout)
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="search-milvus")
        self._ensured: set[str] = set()
        self._ensure_lock = threading.Lock()
        self._last_id = 0
        self._id_lock = threading.Lock()
        self._records(self._collections)
        self._records(self._documents)

    # -- Milvus collections -----------------------------------------------------
    @property
    def _collections(self) -> str:
        return f"{self.prefix}_collections"

    @property
    def _documents(self) -> str:
        return f"{self.prefix}_documents"

    def _chunks(self, dimensions: int) -> str:
        return f"{self.prefix}_chunks_{dimensions}"

    def _records(self, name: str) -> str:
        """A record collection: id, owner (collections) or collection_id (documents), a JSON record."""
        if name in self._ensured:
            return name
        from pymilvus import DataType

        with self._ensure_lock:
            if not self.client.has_collection(name):
                schema = self.client.create_schema(auto_id=False)
                schema.add_field("id", DataType.INT64, is_primary=True)
                schema.add_field("owner", DataType.INT64)  # collections: owner_id; documents: collection_id
                schema.add_field("visibility", DataType.VARCHAR, max_length=16)
                schema.add_field("record", DataType.JSON)
                schema.add_field("placeholder", DataType.FLOAT_VECTOR, dim=2)
                index = self.client.prepare_index_params()
                index.add_index("placeholder", index_type="AUTOINDEX", metric_type="COSINE")
                self.client.create_collection(name, schema=schema, index_params=index, consistency_level="Strong")
            self._ensured.add(name)
        return name

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

    def _new_ids(self, count: int = 1) -> list[int]:
        """Fresh 53-bit ids, increasing within this process (see the module docstring)."""
        with self._id_lock:
            now = (int(time.time() * 1000) - EPOCH_MS) << 10 | random.getrandbits(10)
            first = max(now, self._last_id + 1)
            self._last_id = first + count - 1
        return list(range(first, first + count))

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
        self._pool.shutdown(wait=True)
        self.client.close()

    # -- collections ----------------------------------------------------------
    def create_collection(
        self, name: str, description: str | None, visibility: Visibility, owner_id: int | None
    ) -> Collection:
        now = int(time.time())
        (collection_id,) = self._new_ids()
        record = {
            "name": name,
            "description": description,
            "owner_id": owner_id,
            "created_at": now,
            "updated_at": now,
            "dimensions": self.dimensions,
        }
        self._put_collection(collection_id, visibility, record)
        return Collection(collection_id, name, description, visibility, owner_id, 0, now, now)

    def restore_collection(self, collection: Collection) -> None:
        """Create (or overwrite) a collection with the id, owner and dates it has in another store."""
        record = {
            "name": collection.name,
            "description": collection.description,
            "owner_id": collection.owner_id,
            "created_at": collection.created_at,
            "updated_at": collection.updated_at,
            "dimensions": self.dimensions,
        }
        self._put_collection(collection.id, collection.visibility, record)

    def chunk_count(self, collection_id: int) -> int:
        """How many chunks a collection holds (those of documents being written included)."""
        total = 0
        for name in self._chunk_collections():
            rows = self.client.query(name, filter=f"collection_id == {int(collection_id)}", output_fields=["count(*)"])
            total += int(rows[0]["count(*)"]) if rows else 0
        return total

    def _put_collection(self, collection_id: int, visibility: str, record: dict[str, Any]) -> None:
        owner = NO_OWNER if record["owner_id"] is None else int(record["owner_id"])
        self.client.upsert(
            self._collections,
            [
                {
                    "id": collection_id,
                    "owner": owner,
                    "visibility": visibility,
                    "record": record,
                    "placeholder": _PLACEHOLDER,
                }
            ],
        )

    def _collection_rows(self, expression: str) -> list[dict[str, Any]]:
        return self._query_all(self._collections, expression, ["id", "visibility", "record"])

    def _document_count(self, collection_id: int) -> int:
        rows = self.client.query(self._documents, filter=f"owner == {collection_id}", output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0

    def _collection(self, row: dict[str, Any]) -> Collection:
        record = row["record"]
        return Collection(
            id=int(row["id"]),
            name=record["name"],
            description=record.get("description"),
            visibility=row["visibility"],
            owner_id=record.get("owner_id"),
            documents=self._document_count(int(row["id"])),
            created_at=record["created_at"],
            updated_at=record["updated_at"],
        )

    def get_collection(self, collection_id: int) -> Collection | None:
        rows = self._collection_rows(f"id == {int(collection_id)}")
        return self._collection(rows[0]) if rows else None

    def list_collections(self, owner_id: int | None, *, include_public: bool = True) -> list[Collection]:
        """Collections owned by ``owner_id`` (None: the master key's), and the public ones."""
        owner = NO_OWNER if owner_id is None else int(owner_id)
        expression = f"owner == {owner}" + (' or visibility == "public"' if include_public else "")
        rows = sorted(self._collection_rows(expression), key=lambda row: int(row["id"]))
        return [self._collection(row) for row in rows]

    def update_collection(
        self,
        collection_id: int,
        *,
        name: str | None = None,
        description: str | None = None,
        visibility: Visibility | None = None,
    ) -> Collection:
        rows = self._collection_rows(f"id == {int(collection_id)}")
        if not rows:
            raise NotFoundError(f"collection {collection_id} not found")
        record = dict(rows[0]["record"])
        if name is not None:
            record["name"] = name
        if description is not None:
            record["description"] = description
        record["updated_at"] = int(time.time())
        self._put_collection(collection_id, visibility or rows[0]["visibility"], record)
        collection = self.get_collection(collection_id)
        assert collection is not None
        return collection

    def _touch(self, collection_id: int, **changes: Any) -> None:
        rows = self._collection_rows(f"id == {int(collection_id)}")
        if rows:
            record = {**rows[0]["record"], "updated_at": int(time.time()), **changes}
            self._put_collection(collection_id, rows[0]["visibility"], record)

    def delete_collection(self, collection_id: int) -> bool:
        """The record first (the collection is gone for every reader), then its documents and chunks."""
        collection_id = int(collection_id)
        existed = bool(self._collection_rows(f"id == {collection_id}"))
        self.client.delete(self._collections, filter=f"id == {collection_id}")
        self.client.delete(self._documents, filter=f"owner == {collection_id}")
        for name in self._chunk_collections():
            self.client.delete(name, filter=f"collection_id == {collection_id}")
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
        *,
        document_id: int | None = None,
        created_at: int | None = None,
    ) -> int:
        """Store a document and its chunks, all or nothing (see the module docstring); returns the document id.

        ``document_id`` and ``created_at``: kept from another store (``communs search migrate``)."""
        dumps(metadata, "document metadata")  # the same checks as the embedded store
        for index, chunk in enumerate(chunks):
            dumps(chunk.metadata, f"chunk {index} metadata")
        rows = self._collection_rows(f"id == {int(collection_id)}")
        if not rows:
            raise NotFoundError(f"collection {collection_id} not found")
        dimensions = self.dimensions or rows[0]["record"].get("dimensions")
        vectors = []
        for index, chunk in enumerate(chunks):
            vector = checked_vector(chunk.vector, dimensions, index)
            dimensions = dimensions or len(vector)
            vectors.append(vector)
        now = int(time.time()) if created_at is None else int(created_at)
        if document_id is None:
            (document_id,) = self._new_ids()
        document_meta = metadata or {}
        entities = []
        for index, (chunk, vector) in enumerate(zip(chunks, vectors)):
            terms = encoded_terms(analyze(f"{chunk.section}\n{chunk.content}" if chunk.section else chunk.content))
            pages = [int(p) for p in chunk.pages]
            entities.append(
                {
                    "collection_id": int(collection_id),
                    "document_id": document_id,
                    "idx": index,
                    "content": chunk.content,
                    "terms": terms,
                    "info": {
                        "pages": pages,
                        "page": pages[0] if pages else None,
                        "section": chunk.section,
                        "document_name": name,
                        "metadata": chunk.metadata,
                    },
                    "meta": {**document_meta, **chunk.metadata},
                    "vector": vector.tolist(),
                }
            )
            for field in ("content", "terms"):
                if len(entities[-1][field].encode()) > MAX_VARCHAR:
                    raise InvalidRequestError(f"chunk {index} is too long for the search engine ({field})")
        record = {
            "collection_id": int(collection_id),
            "name": name,
            "media_type": media_type,
            "page_count": page_count,
            "ocr_pages": ocr_pages,
            "chunk_count": len(chunks),
            "metadata": document_meta,
            "created_at": now,
            "dimensions": dimensions,
        }
        chunks_name = self._chunk_collection(dimensions, create=True) if dimensions else None
        try:
            if chunks_name:
                for start in range(0, len(entities), INSERT_BATCH):
                    self.client.insert(chunks_name, entities[start : start + INSERT_BATCH])
            if not rows[0]["record"].get("dimensions") and dimensions:
                self._touch(collection_id, dimensions=dimensions)
            self.client.insert(
                self._documents,
                [
                    {
                        "id": document_id,
                        "owner": int(collection_id),
                        "visibility": "",
                        "record": record,
                        "placeholder": _PLACEHOLDER,
                    }
                ],
            )  # the document exists from here on
        except BaseException:
            if chunks_name:
                try:
                    self.client.delete(chunks_name, filter=f"document_id == {document_id}")
                except Exception:  # noqa: BLE001 - the first error is the one to report; sweep() cleans up
                    pass
            raise
        self._touch(collection_id)
        return document_id

    def _document_rows(self, expression: str) -> list[dict[str, Any]]:
        return self._query_all(self._documents, expression, ["id", "record"])

    def get_document(self, document_id: int) -> Document | None:
        rows = self._document_rows(f"id == {int(document_id)}")
        return document_from_record(rows[0]) if rows else None

    def list_documents(self, collection_id: int, *, limit: int | None = None, offset: int = 0) -> list[Document]:
        rows = sorted(self._document_rows(f"owner == {int(collection_id)}"), key=lambda row: int(row["id"]))
        end = None if limit is None else offset + limit
        return [document_from_record(row) for row in rows[offset:end]]

    def delete_document(self, document_id: int) -> bool:
        rows = self._document_rows(f"id == {int(document_id)}")
        if not rows:
            return False
        record = rows[0]["record"]
        self.client.delete(self._documents, filter=f"id == {int(document_id)}")  # gone for every reader
        dimensions = record.get("dimensions")
        names = [self._chunks(dimensions)] if dimensions else self._chunk_collections()
        for name in names:
            if self.client.has_collection(name):
                self.client.delete(name, filter=f"document_id == {int(document_id)}")
        self._touch(int(record["collection_id"]))
        return True

    def get_chunks(self, document_id: int, *, limit: int | None = None, offset: int = 0) -> list[Chunk]:
        document = self.get_document(document_id)
        if document is None:
            return []
        rows = self._document_rows(f"id == {int(document_id)}")
        dimensions = rows[0]["record"].get("dimensions")
        name = self._chunk_collection(dimensions, create=False) if dimensions else None
        if name is None:
            return []
        chunks = self._query_all(name, f"document_id == {int(document_id)}", CHUNK_FIELDS)
        chunks.sort(key=lambda row: int(row["idx"]))
        end = None if limit is None else offset + limit
        return [chunk_from_row(row, document) for row in chunks[offset:end]]

    def sweep(self) -> int:
        """Delete the chunks whose document does not exist (left by a process killed while writing one)."""
        documents = {int(row["id"]) for row in self._query_all(self._documents, "id >= 0", ["id"])}
        removed = 0
        for name in self._chunk_collections():
            orphans = {
                int(row["document_id"])
                for row in self._query_all(name, "document_id >= 0", ["document_id"])
                if int(row["document_id"]) not in documents
            }
            if orphans:
                result = self.client.delete(name, filter=f"document_id in {ints(orphans)}")
                removed += int(result.get("delete_count", 0) if isinstance(result, dict) else len(result))
        return removed

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
        """The ``k`` best chunks over the collections, best first, as :meth:`SqliteSearchStore.search`."""
        collection_ids = searched_ids(collection_ids, method, query_vector, k)
        if not collection_ids:
            return []
        expression = f"collection_id in {ints(collection_ids)}"
        if filters:
            extra = filter_expression(filters)
            if extra:
                expression += f" and {extra}"
        dimensions = self._dimensions(collection_ids)
        vector = normalized(query_vector) if query_vector is not None else None
        if vector is not None:
            for collection_id, dims in dimensions.items():
                if dims != vector.shape[0]:
                    raise InvalidRequestError(
                        f"collection {collection_id} holds {dims}-dimension vectors, but the query embedding has "
                        f"{vector.shape[0]}: it was indexed with another embeddings model"
                    )
        names = [
            name for dims in sorted(set(dimensions.values())) if (name := self._chunk_collection(dims, create=False))
        ]
        if not names:
            return []
        if method == "semantic":
            hits = self._semantic(names, vector, k + ORPHAN_MARGIN, expression)
        elif method == "lexical":
            hits = normalize_bm25(self._lexical(names, query, k + ORPHAN_MARGIN, expression))
        else:
            candidates = max(HYBRID_CANDIDATES * k, 20)
            pending = self._pool.submit(self._lexical, names, query, candidates, expression)
            semantic = self._semantic(names, vector, candidates, expression)
            hits = score_fusion(semantic, pending.result())
        if score_threshold is not None:
            hits = [hit for hit in hits if hit[1] >= score_threshold]
        chunks = self._chunks_by_id(names, [chunk_id for chunk_id, _ in hits[: k + ORPHAN_MARGIN]])
        results = [
            SearchResult(score=round(score, 6), method=method, chunk=chunks[chunk_id])
            for chunk_id, score in hits[: k + ORPHAN_MARGIN]
            if chunk_id in chunks
        ]  # a chunk of a document being written, or deleted meanwhile, is skipped
        return results[:k]

    def _dimensions(self, collection_ids: list[int]) -> dict[int, int]:
        """The embedding size of each collection that holds chunks."""
        rows = self._collection_rows(f"id in {ints(collection_ids)}")
        found: dict[int, int] = {}
        for row in rows:
            dims = self.dimensions or row["record"].get("dimensions")
            if dims:
                found[int(row["id"])] = int(dims)
        return found

    def _semantic(self, names: list[str], vector: Any, limit: int, expression: str) -> list[tuple[int, float]]:
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

    def lexical_scores(
        self, collection_ids: Sequence[int], terms: Sequence[str], limit: int
    ) -> list[tuple[int, float]]:
        """(chunk id, raw BM25 score) for terms already analysed, best first, as
        :meth:`SqliteSearchStore.lexical_scores` (a caller weighing groups of terms adds them up)."""
        collection_ids = list(dict.fromkeys(int(c) for c in collection_ids))
        if not collection_ids or limit <= 0:
            return []
        dimensions = self._dimensions(collection_ids)
        names = [
            name for dims in sorted(set(dimensions.values())) if (name := self._chunk_collection(dims, create=False))
        ]
        return self.lexical_terms(names, terms, limit, f"collection_id in {ints(collection_ids)}")

    def _lexical(self, names: list[str], query: str, limit: int, expression: str) -> list[tuple[int, float]]:
        return self.lexical_terms(names, query_terms(query), limit, expression)

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

    def _chunks_by_id(self, names: list[str], chunk_ids: list[int]) -> dict[int, Chunk]:
        if not chunk_ids:
            return {}
        rows: list[dict[str, Any]] = []
        for name in names:
            rows.extend(self.client.query(name, filter=f"id in {ints(chunk_ids)}", output_fields=CHUNK_FIELDS))
        document_ids = sorted({int(row["document_id"]) for row in rows})
        documents = {
            document.id: document
            for document in map(document_from_record, self._document_rows(f"id in {ints(document_ids)}"))
        }
        return {
            int(row["id"]): chunk_from_row(row, documents[int(row["document_id"])])
            for row in rows
            if int(row["document_id"]) in documents
        }
