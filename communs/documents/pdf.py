"""PDF: the text layer page by page, and OCR for the pages that have none (scans).

A page is sent to OCR when its text layer is (nearly) empty, or thin while an image covers most
of the page (a scan with a stamped header). Those pages are rendered at 300 dpi, one at a time
under a lock (PDFium is not thread-safe), while Tesseract processes read the previous ones.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Collection
from contextlib import closing

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from communs.documents.limits import check_page_count
from communs.documents.ocr import OcrJob, ocr_many
from communs.documents.text import clean_text
from communs.documents.types import Page, ParsedDocument, ProgressCallback
from communs.errors import InvalidRequestError

RENDER_DPI = 300
# Fewer letters/digits than this in the text layer: the page is a scan (or drawn as vector outlines).
MIN_TEXT_CHARS = 16
# A page whose images cover this share of its area is a scan when its text layer is also thin...
SCAN_IMAGE_COVERAGE = 0.5
# ... that is, has fewer letters/digits than this.
THIN_TEXT_CHARS = 200

_PDFIUM_LOCK = threading.Lock()


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open a PDF, or raise InvalidRequestError("invalid_document") saying why it cannot be read."""
    try:
        with _PDFIUM_LOCK:
            return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            message = "the PDF is encrypted with a password; remove the protection and send it again"
        elif code == pdfium_c.FPDF_ERR_SECURITY:
            message = "the PDF uses an unsupported security (encryption) scheme"
        else:
            message = "the PDF is damaged or not a valid PDF file and cannot be read"
        raise InvalidRequestError(message, code="invalid_document") from None


def pdf_page_count(data: bytes) -> int:
    """A PDF's number of pages (a password-protected or damaged PDF raises a clear InvalidRequestError)."""
    pdf = open_pdf(data)
    try:
        with _PDFIUM_LOCK:
            return len(pdf)
    finally:
        with _PDFIUM_LOCK:
            pdf.close()


def _metadata(pdf: pdfium.PdfDocument) -> dict:
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - broken metadata must not stop a readable document
        return {}
    metadata = {}
    for key in ("Title", "Author"):
        value = clean_text(str(info.get(key, "")))
        if value:
            metadata[key.lower()] = value
    return metadata


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str | None:
    """The page's text layer, or None when the page itself is broken (it is then left empty)."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return None
    try:
        textpage = page.get_textpage()
        text = clean_text(textpage.get_text_range())
        textpage.close()
        return text
    except pdfium.PdfiumError:
        return None
    finally:
        page.close()


def _image_coverage(pdf: pdfium.PdfDocument, index: int, text: str) -> float:
    """Share of the page's area covered by its largest image (0 when it has none, or much text)."""
    if len(text) >= 4 * THIN_TEXT_CHARS:
        return 0.0
    page = pdf[index]
    try:
        width, height = page.get_size()
        area = max(width * height, 1.0)
        largest = 0.0
        for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = image.get_bounds()
            largest = max(largest, (right - left) * (top - bottom))
        return min(largest / area, 1.0)
    except pdfium.PdfiumError:
        return 0.0
    finally:
        page.close()


def needs_ocr(text: str, image_coverage: float) -> bool:
    letters = sum(1 for char in text if char.isalnum())
    if letters < MIN_TEXT_CHARS:
        return True
    return letters < THIN_TEXT_CHARS and image_coverage >= SCAN_IMAGE_COVERAGE


def _render_scale(page: pdfium.PdfPage, max_pixels: int, dpi: int = RENDER_DPI) -> float:
    """``dpi`` (300), lowered for huge page sizes so a rendered page never exceeds max_pixels."""
    width, height = page.get_size()
    scale = dpi / 72
    if width * height * scale * scale > max_pixels:
        scale = math.sqrt(max_pixels / max(width * height, 1.0))
    return scale


def _render_job(pdf: pdfium.PdfDocument, index: int, max_pixels: int, dpi: int = RENDER_DPI) -> OcrJob:
    def load() -> tuple[Image.Image, float]:
        with _PDFIUM_LOCK:
            page = pdf[index]
            try:
                scale = _render_scale(page, max_pixels, dpi)
                bitmap = page.render(scale=scale, may_draw_forms=True)
                image = bitmap.to_pil().copy()  # own the pixels: the bitmap's buffer is freed below
                bitmap.close()
            except pdfium.PdfiumError as exc:
                raise InvalidRequestError(
                    f"page {index + 1} of the PDF cannot be rendered ({exc})", code="invalid_document"
                ) from None
            finally:
                page.close()
        return image, scale * 72

    return OcrJob(key=index, load=load)


def parse_pdf(
    data: bytes,
    name: str,
    *,
    max_pages: int,
    max_pixels: int,
    ocr_workers: int | None = None,
    on_page: ProgressCallback | None = None,
    force_ocr: bool = False,
    page_indexes: Collection[int] | None = None,
    dpi: int = RENDER_DPI,
) -> ParsedDocument:
    """The PDF's pages (or the 0-based ``page_indexes`` of them); ``force_ocr`` reads every page by OCR,
    rendered at ``dpi``. ``max_pages`` bounds the pages read."""
    pdf = open_pdf(data)
    try:
        with _PDFIUM_LOCK:
            count = len(pdf)
            if count == 0:
                raise InvalidRequestError("the PDF has no pages", code="invalid_document")
            selected = list(range(count)) if page_indexes is None else sorted(i for i in set(page_indexes) if i < count)
            if not selected:
                raise InvalidRequestError(
                    f"the page range selects no page of this PDF ({count} pages, numbered from 0)",
                    param="page_range",
                    code="invalid_page_range",
                )
            check_page_count(len(selected), max_pages)
            metadata = _metadata(pdf)
            texts: dict[int, str] = {}
            to_ocr: list[int] = []
            for index in selected:
                text = _page_text(pdf, index)
                if text is not None and (force_ocr or needs_ocr(text, _image_coverage(pdf, index, text))):
                    to_ocr.append(index)
                texts[index] = text or ""
        total = len(selected)
        pages = {index: Page(number=index + 1, text=text) for index, text in texts.items()}
        done = 0
        for _ in range(total - len(to_ocr)):  # the text pages are ready now
            done += 1
            if on_page:
                on_page(done, total)
        jobs = (_render_job(pdf, index, max_pixels, dpi) for index in to_ocr)
        with closing(ocr_many(jobs, ocr_workers)) as results:
            for index, result in results:
                # OCR text, or the thin text layer when OCR found nothing
                pages[index] = Page(
                    number=index + 1,
                    text=clean_text(result.text) or texts[index],
                    ocr=True,
                    confidence=result.confidence,
                )
                done += 1
                if on_page:
                    on_page(done, total)
        ordered = [pages[index] for index in selected]
        return ParsedDocument(name=name, media_type="application/pdf", pages=ordered, metadata=metadata)
    finally:
        with _PDFIUM_LOCK:
            pdf.close()
