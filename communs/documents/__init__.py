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

from communs.documents import detect
from communs.documents.chunking import chunk_document
from communs.documents.detect import detect_media_type
from communs.documents.limits import check_page_count
from communs.documents.types import (
    DEFAULT_MAX_IMAGE_PIXELS,
    DEFAULT_MAX_PAGES,
    PAGE_SEPARATOR,
    Chunk,
    Page,
    ParsedDocument,
    ProgressCallback,
)

__all__ = [
    "DEFAULT_MAX_IMAGE_PIXELS",
    "DEFAULT_MAX_PAGES",
    "PAGE_SEPARATOR",
    "Chunk",
    "Page",
    "ParsedDocument",
    "ProgressCallback",
    "chunk_document",
    "detect_media_type",
    "parse_document",
]


def parse_document(
    data: bytes,
    filename: str,
    *,
    ocr_workers: int | None = None,
    on_page: ProgressCallback | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_image_pixels: int = DEFAULT_MAX_IMAGE_PIXELS,
) -> ParsedDocument:
    """Read a file into pages of text.

    The type comes from the content (magic bytes), the file name's extension only breaks ties.
    Scanned pages and images are read by Tesseract (French), ``ocr_workers`` pages at a time
    (default: one per core). ``on_page(done, total)`` is called in the caller's thread as pages
    are ready. Raises InvalidRequestError, PayloadTooLargeError or UnsupportedMediaError.
    """
    media_type = detect_media_type(data, filename)
    if media_type == detect.PDF:
        from communs.documents.pdf import parse_pdf

        return parse_pdf(
            data, filename, max_pages=max_pages, max_pixels=max_image_pixels, ocr_workers=ocr_workers, on_page=on_page
        )
    if media_type in detect.IMAGE_TYPES:
        from communs.documents.images import parse_image

        return parse_image(
            data,
            filename,
            media_type,
            max_pages=max_pages,
            max_pixels=max_image_pixels,
            ocr_workers=ocr_workers,
            on_page=on_page,
        )
    if media_type == detect.DOCX:
        from communs.documents.office import parse_docx as parse
    elif media_type == detect.ODT:
        from communs.documents.office import parse_odt as parse
    elif media_type == detect.HTML:
        from communs.documents.html import parse_html as parse
    elif media_type == detect.MARKDOWN:
        from communs.documents.text import parse_markdown as parse
    else:
        from communs.documents.text import parse_text as parse
    document = parse(data, filename)
    check_page_count(len(document.pages), max_pages)
    if on_page:
        for done in range(1, len(document.pages) + 1):
            on_page(done, len(document.pages))
    return document
