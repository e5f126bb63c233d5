"""From a file to a searchable document: parse (OCR where needed), chunk, embed, store atomically.

Also builds the :class:`SearchService` of a process from its settings and model registry, so the
API and the CLI share one recipe.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communs.accounts.store import Principal
from communs.config import ModelType, Settings
from communs.documents import DocumentLimits, chunk_document, document_limits, parse_document
from communs.models.base import EmbeddingKind, Embeddings
from communs.models.registry import Registry
from communs.search.catalog import Catalog
from communs.search.records import Document
from communs.search.service import SearchService
from communs.search.store import SearchStore, SqliteSearchStore

PageProgress = Callable[[int, int], None]


def open_store(settings: Settings) -> SearchStore:
    """The search store the settings name: its records in the catalog of ``database_url`` (the relational database),
    its chunks in ``<home>/search.sqlite`` (the default) or the Milvus server at ``search_uri`` (a fleet's one search
    engine)."""
    assert settings.database_url is not None  # set by Settings
    catalog = Catalog.open(settings.database_url)
    if settings.search_backend == "milvus":
        from communs.search.milvus import MilvusSearchStore

        assert settings.search_uri is not None  # checked by Settings
        return MilvusSearchStore(
            settings.search_uri, catalog=catalog, token=settings.search_token, prefix=settings.search_prefix
        )
    settings.home.mkdir(parents=True, exist_ok=True)
    return SqliteSearchStore(settings.home / "search.sqlite", catalog=catalog)


def open_search(settings: Settings, registry: Registry) -> SearchService:
    """The search service over the settings' store (:func:`open_store`), embedding with the default embeddings
    model."""
    store = open_store(settings)

    async def embed(texts: list[str], kind: EmbeddingKind) -> Embeddings:
        model = registry.get(None, ModelType.TEXT_EMBEDDINGS)
        return await model.call(lambda provider: provider.embed(texts, kind))

    return SearchService(store, embed)


@dataclass
class IngestReport:
    document: Document
    pages: int
    ocr_pages: int
    chunks: int
    low_confidence_pages: list[int]

    def answer(self) -> dict[str, Any]:
        """What ``POST /v1/documents`` answers (and a long ingestion's job gives as its result)."""
        return {
            "id": self.document.id,
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "chunks": self.chunks,
            "low_confidence_pages": self.low_confidence_pages,
        }


async def ingest_file(
    service: SearchService,
    principal: Principal,
    collection_id: int,
    data: bytes,
    filename: str,
    *,
    settings: Settings | None = None,
    on_page: PageProgress | None = None,
    metadata: dict | None = None,
    chunk_size: int = 1200,
    chunk_overlap: int = 150,
    force_ocr: bool = False,
    page_indexes: list[int] | None = None,
) -> IngestReport:
    """Parse ``data`` and add it to the collection as one document (all or nothing).

    ``settings`` gives the limits (pages, image pixels) and the number of OCR workers (one per thread).
    """
    await service.get_collection(principal, collection_id)  # 404 before any parsing work
    limits: DocumentLimits = document_limits(settings) if settings is not None else {}
    workers = settings.threads if settings is not None else None
    parsed = await asyncio.to_thread(
        parse_document,
        data,
        filename,
        on_page=on_page,
        ocr_workers=workers,
        force_ocr=force_ocr,
        page_indexes=page_indexes,
        **limits,
    )
    chunks = await asyncio.to_thread(chunk_document, parsed, max_chars=chunk_size, overlap_chars=chunk_overlap)
    meta = {**parsed.metadata, **(metadata or {})}
    document = await service.ingest_chunks(
        principal,
        collection_id,
        Path(filename).name,
        parsed.media_type,
        len(parsed.pages),
        parsed.ocr_pages,
        meta,
        chunks,
    )
    low = [p.number for p in parsed.pages if p.ocr and p.confidence is not None and p.confidence < 60]
    return IngestReport(
        document=document,
        pages=len(parsed.pages),
        ocr_pages=parsed.ocr_pages,
        chunks=len(chunks),
        low_confidence_pages=low,
    )
