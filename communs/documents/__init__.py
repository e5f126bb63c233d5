"""Documents: parse files into pages of text (OCR for scans), then into chunks that remember their pages.

    doc = parse_document(data, "arrete.pdf", on_page=lambda done, total: ...)
    chunks = chunk_document(doc, max_chars=1200, overlap_chars=150)

Supported: PDF (text layer, scanned or mixed), PNG/JPEG/TIFF (multi-page)/GIF/BMP/WebP, DOCX,
ODT, HTML, Markdown, plain text. Structured formats are rendered as light Markdown (``#``
headings, ``- `` list items, ``a | b`` table rows) so that one chunker reads them all.
Bad input raises ``communs.errors`` exceptions: 400 ``invalid_document`` (empty, damaged,
password-protected, mislabelled) or ``image_too_large`` (checked before decoding), 413
``too_many_pages`` / ``document_too_large`` (zip bomb), 415 ``unsupported_media``.
Chunk offsets index ``ParsedDocument.text`` (pages joined by ``PAGE_SEPARATOR``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import partial
from typing import TYPE_CHECKING, TypedDict

from communs.documents import detect
from communs.documents.chunking import chunk_document
from communs.documents.detect import detect_media_type
from communs.documents.limits import MAX_UNZIPPED_BYTES, MAX_ZIP_RATIO, check_archive_size, check_page_count
from communs.documents.types import (
    DEFAULT_MAX_IMAGE_PIXELS,
    DEFAULT_MAX_PAGES,
    PAGE_SEPARATOR,
    Chunk,
    Page,
    ParsedDocument,
    ProgressCallback,
)
from communs.errors import InvalidRequestError

if TYPE_CHECKING:
    from communs.config import Settings

__all__ = [
    "DEFAULT_MAX_IMAGE_PIXELS",
    "DEFAULT_MAX_PAGES",
    "DocumentLimits",
    "PAGE_SEPARATOR",
    "Chunk",
    "Page",
    "ParsedDocument",
    "ProgressCallback",
    "check_document",
    "chunk_document",
    "detect_media_type",
    "document_limits",
    "parse_document",
]


class DocumentLimits(TypedDict, total=False):
    """Keyword arguments of :func:`parse_document` and :func:`check_document`: the limits on a file."""

    max_pages: int
    max_image_pixels: int
    max_unzipped_bytes: int
    max_zip_ratio: int


def document_limits(settings: Settings) -> DocumentLimits:
    """The limits the settings give."""
    return {
        "max_pages": settings.max_document_pages,
        "max_image_pixels": settings.max_image_pixels,
        "max_unzipped_bytes": settings.max_unzipped_bytes,
        "max_zip_ratio": settings.max_zip_ratio,
    }


def check_document(
    data: bytes,
    filename: str,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_image_pixels: int = DEFAULT_MAX_IMAGE_PIXELS,
    max_unzipped_bytes: int = MAX_UNZIPPED_BYTES,
    max_zip_ratio: int = MAX_ZIP_RATIO,
) -> int:
    """What can be checked of a file without reading it (headers, page count, zip directory), with the errors
    :func:`parse_document` would raise later: a file accepted for a background job does not fail there for a
    limit. Returns the pages known from the headers (a PDF's, an image's frames), 1 for the other types."""
    if not data:
        raise InvalidRequestError(f"{filename}: the file is empty", code="invalid_document")
    media_type = detect_media_type(data, filename)
    if media_type == detect.PDF:
        from communs.documents.pdf import pdf_page_count

        count = pdf_page_count(data)
        if count == 0:
            raise InvalidRequestError(f"{filename}: the PDF has no pages", code="invalid_document")
    elif media_type in detect.IMAGE_TYPES:
        from communs.documents.images import frame_count

        count = frame_count(data, max_image_pixels)
    else:
        count = 1
        if media_type in (detect.DOCX, detect.ODT):
            check_archive_size(data, max_unzipped_bytes, max_zip_ratio)
    check_page_count(count, max_pages)
    return count


def parse_document(
    data: bytes,
    filename: str,
    *,
    ocr_workers: int | None = None,
    on_page: ProgressCallback | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_image_pixels: int = DEFAULT_MAX_IMAGE_PIXELS,
    max_unzipped_bytes: int = MAX_UNZIPPED_BYTES,
    max_zip_ratio: int = MAX_ZIP_RATIO,
    force_ocr: bool = False,
    page_indexes: Collection[int] | None = None,
    dpi: int | None = None,
) -> ParsedDocument:
    """Read a file into pages of text.

    The type comes from the content (magic bytes), the file name's extension only breaks ties.
    Scanned pages and images are read by Tesseract (French), ``ocr_workers`` pages at a time
    (default: one per core). ``on_page(done, total)`` is called in the caller's thread as pages
    are ready. ``force_ocr`` reads a PDF's every page by OCR (rendered at ``dpi``, 300 by default);
    ``page_indexes`` keeps only those pages (0-based; PDFs skip the others before reading them).
    Raises InvalidRequestError, PayloadTooLargeError or UnsupportedMediaError.
    """
    media_type = detect_media_type(data, filename)
    if media_type == detect.PDF:
        from communs.documents.pdf import parse_pdf

        return parse_pdf(
            data,
            filename,
            max_pages=max_pages,
            max_pixels=max_image_pixels,
            ocr_workers=ocr_workers,
            on_page=on_page,
            force_ocr=force_ocr,
            page_indexes=page_indexes,
            **({"dpi": dpi} if dpi else {}),
        )
    if media_type in detect.IMAGE_TYPES:
        from communs.documents.images import parse_image

        return _keep_pages(
            parse_image(
                data,
                filename,
                media_type,
                max_pages=max_pages,
                max_pixels=max_image_pixels,
                ocr_workers=ocr_workers,
                on_page=on_page,
            ),
            page_indexes,
        )
    parse: Callable[[bytes, str], ParsedDocument]
    if media_type in (detect.DOCX, detect.ODT):
        from communs.documents.office import parse_docx, parse_odt

        office = parse_docx if media_type == detect.DOCX else parse_odt
        parse = partial(office, max_unzipped_bytes=max_unzipped_bytes, max_zip_ratio=max_zip_ratio)
    elif media_type == detect.HTML:
        from communs.documents.html import parse_html as parse
    elif media_type == detect.MARKDOWN:
        from communs.documents.text import parse_markdown as parse
    else:
        from communs.documents.text import parse_text as parse
    document = _keep_pages(parse(data, filename), page_indexes)
    check_page_count(len(document.pages), max_pages)
    if on_page:
        for done in range(1, len(document.pages) + 1):
            on_page(done, len(document.pages))
    return document


def _keep_pages(document: ParsedDocument, page_indexes: Collection[int] | None) -> ParsedDocument:
    """The document's pages at ``page_indexes`` (0-based); none of them: a 400."""
    if page_indexes is None:
        return document
    wanted = set(page_indexes)
    pages = [page for page in document.pages if page.number - 1 in wanted]
    if not pages:
        raise InvalidRequestError(
            f"the page range selects no page of this document ({len(document.pages)} pages, numbered from 0)",
            param="page_range",
            code="invalid_page_range",
        )
    document.pages = pages
    return document
