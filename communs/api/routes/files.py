"""POST /v1/files: Albert's (deprecated, still used by its clients) upload of a file into a collection.

The form has the ``file`` and a ``request`` field holding JSON: ``{"collection": id, "chunker": {"name",
"args": {"chunk_size", "chunk_overlap", ...}}}``. A ``.json`` file is Albert's document list,
``[{"title", "text", "metadata"}, ...]``: each item becomes a document of its own. The answer is
``{"id": <the last document's id>}``, as Albert's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage, services
from communs.api.routes.collections import ingest, read_document
from communs.errors import UnprocessableError

router = APIRouter()


class ChunkerArgs(BaseModel):
    """Albert's chunker arguments; ``length_function``, ``separators``, ``is_separator_regex`` and
    ``chunk_min_size`` are accepted and ignored (our chunker cuts on headings, paragraphs, then sentences)."""

    model_config = ConfigDict(extra="allow")

    chunk_size: int = Field(default=1200, ge=200, le=8000, description="Characters per chunk at most.")
    chunk_overlap: int = Field(default=150, ge=0, le=2000, description="Characters shared by two chunks.")

    @model_validator(mode="after")
    def _overlap_is_smaller(self) -> ChunkerArgs:
        if self.chunk_overlap >= self.chunk_size:
            raise ValueError("chunk_overlap must be smaller than chunk_size")
        return self


class Chunker(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: Literal[
        "RecursiveCharacterTextSplitter", "NoSplitter", "LangchainRecursiveCharacterTextSplitter", "NoChunker"
    ] = "RecursiveCharacterTextSplitter"
    args: ChunkerArgs = Field(default_factory=ChunkerArgs)


class FilesRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    collection: int = Field(description="The collection to add the file to.")
    chunker: Chunker = Field(default_factory=Chunker)


class JsonDocument(BaseModel):
    """One item of Albert's JSON document list."""

    title: str | None = None
    text: str
    metadata: dict[str, Any] = Field(default_factory=dict)


JSON_DOCUMENTS = TypeAdapter(list[JsonDocument])


def _parse_request(raw: str) -> FilesRequest:
    try:
        return FilesRequest.model_validate_json(raw)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("body", "request", *e["loc"])} for e in exc.errors(include_url=False)]
        ) from None


def _json_documents(data: bytes) -> list[JsonDocument]:
    try:
        documents = JSON_DOCUMENTS.validate_json(data)
        if not documents:
            raise UnprocessableError("the JSON document list is empty", param="file", code="invalid_json_format")
        return documents
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'file'}: {e['msg']}" for e in exc.errors())
        raise UnprocessableError(
            f"a JSON file must be a list of {{title, text, metadata}} documents ({where[:300]})",
            param="file",
            code="invalid_json_format",
        ) from None


@router.post("/files", status_code=201)
async def upload_file(
    request: Request,
    file: UploadFile = File(...),
    request_json: str = Form(..., alias="request", description='JSON: {"collection": id, "chunker": {...}}'),
    principal: Principal = Depends(authenticate),
) -> JSONResponse:
    body = _parse_request(request_json)
    data = await read_document(request, file)
    await services(request).search.get_collection(principal, body.collection)  # 404 before any parsing
    filename = file.filename or "document"
    args = body.chunker.args
    size, overlap = args.chunk_size, args.chunk_overlap
    if body.chunker.name in ("NoSplitter", "NoChunker"):  # our largest chunks, not cut short
        size, overlap = 8000, 0
    is_json = Path(filename).suffix.lower() == ".json" and (file.content_type or "").split(";")[0].strip() in (
        "application/json",
        "application/octet-stream",
        "",
    )
    uploads: list[tuple[bytes, str, dict[str, Any] | None]] = [(data, filename, None)]
    if is_json:
        uploads = [
            (
                item.text.encode(),
                (item.title or Path(filename).stem).replace("/", "-")[:250] + ".txt",
                {**item.metadata, **({"title": item.title} if item.title else {})},
            )
            for item in _json_documents(data)
        ]
    document_id = None
    for content, name, metadata in uploads:  # a JSON list's items (text) are indexed here, one by one
        outcome = await ingest(
            request,
            principal,
            body.collection,
            content,
            name,
            metadata,
            size,
            overlap,
            as_job=False if is_json else None,
        )
        if isinstance(outcome, JSONResponse):
            record_usage(request, endpoint="files", model=None)
            return outcome  # a job to poll (202)
        document_id = outcome["id"]
    record_usage(request, endpoint="files", model=None)
    return JSONResponse({"id": document_id}, status_code=201)
