"""Albert-compatible collections, documents and chunks: /v1/collections, /v1/documents, /v1/chunks."""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, StringConstraints

from communs.accounts.store import Principal
from communs.api.bodies import loads
from communs.api.deps import authenticate, record_usage, services
from communs.api.routes.jobs import run_as_job, wants_async
from communs.api.schemas import INT64_MAX, IdPath, Limit, Offset
from communs.documents.ranges import PAGE_RANGE, page_indexes
from communs.errors import InvalidRequestError, PayloadTooLargeError
from communs.jobs.long import INGEST, is_long_document
from communs.search.ingest import ingest_file
from communs.search.records import Collection, Document

router = APIRouter()


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]


class CollectionRequest(BaseModel):
    name: Name
    description: str | None = None
    visibility: Literal["private", "public"] = "private"


class CollectionUpdate(BaseModel):
    name: Name | None = None
    description: str | None = None
    visibility: Literal["private", "public"] | None = None


def collection_json(request: Request, collection: Collection) -> dict:
    owner = services(request).accounts.user_name(collection.owner_id)
    return {"object": "collection", **collection.to_dict(), "owner": owner}


def document_json(document: Document) -> dict:
    return {
        "object": "document",
        "id": document.id,
        "name": document.name,
        "collection_id": document.collection_id,
        "created": document.created_at,
        "created_at": document.created_at,
        "chunks": document.chunk_count,
        "pages": document.page_count,
        "ocr_pages": document.ocr_pages,
        "media_type": document.media_type,
        "metadata": document.metadata,
    }


@router.post("/collections", status_code=201)
async def create_collection(
    body: CollectionRequest, request: Request, principal: Principal = Depends(authenticate)
) -> JSONResponse:
    collection = await services(request).search.create_collection(
        principal, body.name, body.description, body.visibility
    )
    return JSONResponse({"id": collection.id}, status_code=201)


@router.get("/collections")
async def list_collections(
    request: Request,
    name: str | None = None,
    visibility: Literal["private", "public"] | None = None,
    offset: Offset = 0,
    limit: Limit = 100,
    principal: Principal = Depends(authenticate),
) -> dict:
    found = await services(request).search.list_collections(principal)
    found = [
        c for c in found if (name is None or c.name == name) and (visibility is None or c.visibility == visibility)
    ]
    return {"object": "list", "data": [collection_json(request, c) for c in found[offset : offset + limit]]}


@router.get("/collections/{collection_id}")
async def get_collection(collection_id: IdPath, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    return collection_json(request, await services(request).search.get_collection(principal, collection_id))


@router.patch("/collections/{collection_id}", status_code=204)
async def update_collection(
    collection_id: IdPath, body: CollectionUpdate, request: Request, principal: Principal = Depends(authenticate)
) -> Response:
    await services(request).search.update_collection(
        principal, collection_id, name=body.name, description=body.description, visibility=body.visibility
    )
    return Response(status_code=204)


@router.delete("/collections/{collection_id}", status_code=204)
async def delete_collection(
    collection_id: IdPath, request: Request, principal: Principal = Depends(authenticate)
) -> Response:
    await services(request).search.delete_collection(principal, collection_id)
    return Response(status_code=204)


@router.post("/documents", status_code=201)
async def create_document(
    request: Request,
    file: UploadFile = File(...),
    collection: int = Form(..., ge=0, le=INT64_MAX),
    metadata: str | None = Form(None),
    chunk_size: int = Form(1200, ge=200, le=8000),
    chunk_overlap: int = Form(150, ge=0, le=2000),
    force_ocr: bool = Form(False, description="Read every page of a PDF by OCR, even those with a text layer."),
    page_range: str = Form("", pattern=PAGE_RANGE, description="0-based pages to index, e.g. '0,5-10'; '' for all."),
    principal: Principal = Depends(authenticate),
) -> JSONResponse:
    extra = loads(metadata, "metadata") if metadata else {}
    if not isinstance(extra, dict):
        raise InvalidRequestError("metadata must be a JSON object", param="metadata")
    if chunk_overlap >= chunk_size:
        raise InvalidRequestError("chunk_overlap must be smaller than chunk_size", param="chunk_overlap")
    data = await read_document(request, file)
    outcome = await ingest(
        request,
        principal,
        collection,
        data,
        file.filename or "document",
        extra,
        chunk_size,
        chunk_overlap,
        force_ocr=force_ocr,
        pages=page_indexes(page_range),
    )
    record_usage(request, endpoint="documents", model=None)
    if isinstance(outcome, JSONResponse):
        return outcome  # a job to poll (202)
    return JSONResponse(outcome, status_code=201)


async def ingest(
    request: Request,
    principal: Principal,
    collection: int,
    data: bytes,
    filename: str,
    metadata: dict[str, Any] | None,
    chunk_size: int,
    chunk_overlap: int,
    *,
    as_job: bool | None = None,
    force_ocr: bool = False,
    pages: list[int] | None = None,
) -> dict[str, Any] | JSONResponse:
    """Index one document: here, or as a job when it is long (communs.jobs.long) or the client asked for one
    (``Prefer: respond-async``); ``as_job=False``: here whatever its size. The answer of /v1/documents, or the
    job's 202 to poll."""
    svc = services(request)
    await svc.search.get_collection(principal, collection)  # 404 before any work
    if as_job is None:
        as_job = wants_async(request) or await asyncio.to_thread(is_long_document, svc.settings, data)
    if as_job:
        payload = {"collection": collection, "filename": filename, "metadata": metadata or {}}
        payload |= {"chunk_size": chunk_size, "chunk_overlap": chunk_overlap, "principal": asdict(principal)}
        payload |= {"force_ocr": force_ocr, "pages": pages}
        job = await run_as_job(request, principal, INGEST, payload, data)
        return job if isinstance(job, JSONResponse) else dict(job.result or {})
    report = await ingest_file(
        svc.search,
        principal,
        collection,
        data,
        filename,
        settings=svc.settings,
        metadata=metadata,
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        force_ocr=force_ocr,
        page_indexes=pages,
    )
    return report.answer()


async def read_document(request: Request, file: UploadFile) -> bytes:
    """An uploaded document's bytes; over ``max_document_bytes`` (20 MiB by default, as Albert's), a 413."""
    limit = services(request).settings.max_document_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLargeError(f"the document is over the limit of {limit / 2**20:g} MiB", param="file")
    return data


@router.get("/documents")
async def list_documents(
    request: Request,
    collection: int | None = Query(
        None, ge=0, le=INT64_MAX, description="Its documents; without it, those of every collection"
    ),
    offset: Offset = 0,
    limit: Limit = 100,
    principal: Principal = Depends(authenticate),
) -> dict:
    documents = await services(request).search.list_documents(principal, collection, limit=limit, offset=offset)
    return {"object": "list", "data": [document_json(d) for d in documents]}


@router.get("/documents/{document_id}")
async def get_document(document_id: IdPath, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    return document_json(await services(request).search.get_document(principal, document_id))


@router.delete("/documents/{document_id}", status_code=204)
async def delete_document(
    document_id: IdPath, request: Request, principal: Principal = Depends(authenticate)
) -> Response:
    await services(request).search.delete_document(principal, document_id)
    return Response(status_code=204)


@router.get("/chunks/{document_id}")
async def get_chunks(
    document_id: IdPath,
    request: Request,
    offset: Offset = 0,
    limit: Limit = 100,
    principal: Principal = Depends(authenticate),
) -> dict:
    chunks = await services(request).search.get_chunks(principal, document_id, limit=limit, offset=offset)
    return {"object": "list", "data": [c.to_albert() for c in chunks]}


@router.get("/chunks/{document_id}/{chunk_id}")
async def get_chunk(
    document_id: int, chunk_id: int, request: Request, principal: Principal = Depends(authenticate)
) -> dict:
    return (await services(request).search.get_chunk(principal, document_id, chunk_id)).to_albert()
