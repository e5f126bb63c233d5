"""The plain records the search layer stores and returns.

Frozen dataclasses of JSON types only (``dataclasses.asdict`` gives a JSON-ready dict), shaped
after the Albert API: integer ids, Unix-second timestamps, and search results as
``{score, method, chunk: {id, content, metadata: {document_id, document_name, page, ...}}}``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, NamedTuple

Visibility = Literal["private", "public"]
SearchMethod = Literal["semantic", "lexical", "hybrid"]
VISIBILITIES: tuple[Visibility, ...] = ("private", "public")
METHODS: tuple[SearchMethod, ...] = ("hybrid", "semantic", "lexical")


@dataclass(frozen=True)
class Collection:
    id: int
    name: str
    description: str | None
    visibility: Visibility
    owner_id: int | None  # the user who owns it; None: the master key
    documents: int  # how many documents it holds
    created_at: int
    updated_at: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Document:
    id: int
    collection_id: int
    name: str
    media_type: str | None
    page_count: int
    ocr_pages: int  # how many pages were read by OCR
    chunk_count: int
    metadata: dict[str, Any]
    created_at: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Chunk:
    """A stored chunk. ``metadata`` holds the document's metadata, the chunk's own (which wins), then
    ``document_id``, ``document_name``, ``collection_id``, ``index``, ``page`` (the first page, or
    None), ``pages`` and ``section``."""

    id: int
    content: str
    metadata: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_albert(self) -> dict[str, Any]:
        """The chunk as the Albert API gives it."""
        meta = self.metadata
        return {
            "object": "chunk",
            "id": self.id,
            "collection_id": meta.get("collection_id"),
            "document_id": meta.get("document_id"),
            "content": self.content,
            "metadata": meta,
        }


@dataclass(frozen=True)
class SearchResult:
    score: float
    method: SearchMethod
    chunk: Chunk

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_albert(self) -> dict[str, Any]:
        """The result as the Albert API gives it (in /v1/search and a chat's ``search_results``)."""
        return {"object": "search", "method": self.method, "score": self.score, "chunk": self.chunk.to_albert()}


@dataclass(frozen=True)
class ChunkInput:
    """One chunk to store: its text, where it comes from, and its (any-norm) embedding."""

    content: str
    pages: list[int] = field(default_factory=list)
    section: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    vector: Sequence[float] | None = None  # a list or a numpy array; None is refused by the store


class ChunkRow(NamedTuple):
    """A chunk as an engine stores it: ``metadata`` is the chunk's own."""

    id: int
    collection_id: int
    document_id: int
    idx: int  # its place in its document
    content: str
    pages: list[int]
    section: str | None
    metadata: dict[str, Any]


def build_chunk(row: ChunkRow, document: Document) -> Chunk:
    """A chunk with its metadata merged (see :class:`~communs.search.records.Chunk`)."""
    pages = [int(p) for p in row.pages]
    merged = {
        **document.metadata,
        **row.metadata,
        "document_id": document.id,
        "document_name": document.name,
        "collection_id": row.collection_id,
        "index": row.idx,
        "page": pages[0] if pages else None,
        "pages": pages,
        "section": row.section,
    }
    return Chunk(id=row.id, content=row.content, metadata=merged)
