"""Albert's ``POST /v1/parse-beta`` and ``POST /v1/ocr-beta``: a file's pages as text, on our document pipeline.

Both answer Albert's ``ParsedDocument``: ``{"object": "list", "data": [{"object": "documentPage", "content",
"images": {}, "metadata": {"document_name", "page" (0-based), "ocr", "confidence"}}], "usage"}``. Pages are read
as for ``/v1/documents`` (PDF text layer, Tesseract for scans and images, DOCX/ODT/HTML as light Markdown); OCR is
Tesseract, not a vision model. Bounded: ``max_document_bytes`` (413) and ``max_parse_pages`` pages read (413).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage, services
from communs.api.routes.collections import read_document
from communs.documents import ParsedDocument, detect, detect_media_type, parse_document
from communs.documents.ranges import PAGE_RANGE, page_indexes
from communs.documents.render import to_html, to_json
from communs.errors import UnprocessableError, UnsupportedMediaError

router = APIRouter()

OutputFormat = Literal["markdown", "json", "html"]
RENDERERS: dict[str, Callable[[str], str]] = {"markdown": str, "json": to_json, "html": to_html}


def _usage() -> dict:
    """Albert's usage object: no model ran, so no tokens, cost or carbon."""
    empty = {"min": None, "max": None}
    return {
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "total_tokens": 0,
        "cost": 0.0,
        "carbon": {"kWh": dict(empty), "kgCO2eq": dict(empty)},
        "details": [],
    }


def _answer(document: ParsedDocument, output_format: OutputFormat, paginate: bool) -> dict:
    render = RENDERERS[output_format]
    data = []
    for page in document.pages:
        content = render(page.text)
        if paginate:  # Albert's (marker's) page rule: 2 newlines, the page number, 48 dashes, 2 newlines
            content = f"\n\n{page.number - 1}{'-' * 48}\n\n{content}"
        metadata = {"document_name": document.name, "page": page.number - 1, "ocr": page.ocr}
        if page.confidence is not None:
            metadata["confidence"] = round(page.confidence, 1)
        data.append({"object": "documentPage", "content": content, "images": {}, "metadata": metadata})
    return {"object": "list", "data": data, "usage": _usage()}


async def _parse(request: Request, data: bytes, filename: str, **options) -> ParsedDocument:
    settings = services(request).settings
    try:
        return await asyncio.to_thread(
            parse_document,
            data,
            filename,
            ocr_workers=settings.threads,
            max_pages=settings.max_parse_pages,
            max_image_pixels=settings.max_image_pixels,
            **options,
        )
    except UnsupportedMediaError as exc:  # Albert answers 422 for a file type it does not parse
        raise UnprocessableError(exc.message, param="file", code="unsupported_file_type") from None


@router.post("/parse-beta")
async def parse_beta(
    request: Request,
    file: UploadFile = File(..., description="The file to parse: PDF, image, DOCX, ODT, HTML, Markdown or text."),
    output_format: OutputFormat = Form("markdown", description="markdown, json (blocks) or html."),
    force_ocr: bool = Form(False, description="Read every page of a PDF by OCR, even those with a text layer."),
    page_range: str = Form("", pattern=PAGE_RANGE, description="0-based pages, e.g. '0,5-10,20'; '' for all."),
    paginate_output: bool = Form(False, description="Begin each page with its number and a rule of 48 dashes."),
    principal: Principal = Depends(authenticate),
) -> dict:
    data = await read_document(request, file)
    document = await _parse(
        request, data, file.filename or "document", force_ocr=force_ocr, page_indexes=page_indexes(page_range)
    )
    record_usage(request, endpoint="parse", model=None)
    return _answer(document, output_format, paginate_output)


@router.post("/ocr-beta")
async def ocr_beta(
    request: Request,
    file: UploadFile = File(..., description="A PDF (or an image) to read by OCR, every page."),
    model: str | None = Form(None, description="Accepted and not used: Tesseract reads the pages."),
    dpi: int = Form(300, ge=100, le=600, description="The resolution PDF pages are rendered at for OCR."),
    prompt: str | None = Form(None, description="Accepted and not used (no vision model)."),
    principal: Principal = Depends(authenticate),
) -> dict:
    data = await read_document(request, file)
    filename = file.filename or "document"
    try:
        media_type = detect_media_type(data, filename)
    except UnsupportedMediaError as exc:
        raise UnprocessableError(exc.message, param="file", code="unsupported_file_type") from None
    if media_type != detect.PDF and media_type not in detect.IMAGE_TYPES:
        raise UnprocessableError(
            f"OCR reads PDF files and images; this file is {media_type}", param="file", code="unsupported_file_type"
        )
    document = await _parse(request, data, filename, force_ocr=True, dpi=dpi)
    record_usage(request, endpoint="ocr", model=None)
    return _answer(document, "markdown", paginate=False)
