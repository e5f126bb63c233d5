"""Ingest: the dossier's files into numbered pages (text layer or OCR), a few pages at a time.

A PDF is read in batches of ``BATCH_PAGES`` pages (each batch split off into its own small PDF and
given to ``communs.documents.parse_document``, which OCRs scanned pages in parallel), so a
1,000-page file never sits in memory as text and images at once, and a job can keep each batch's
pages as soon as they are read and resume after the last batch it kept. Every page gets flags:
``ocr``, ``low_confidence`` (Tesseract unsure: handwriting, bad scan), ``noise`` (no readable
words: to look at by hand), ``empty``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from communs.documents import DocumentLimits, check_document, detect_media_type, parse_document
from communs.documents.detect import PDF
from communs.errors import CommunsError, InvalidRequestError, PayloadTooLargeError

BATCH_PAGES = 8
LOW_CONFIDENCE = 75.0  # mean Tesseract word confidence under which a page is flagged for human reading
NOISE_CONFIDENCE = 55.0
MIN_WORDS = 4  # a page with fewer known French words than this, read poorly, is noise


@dataclass
class PageRecord:
    number: int  # 1-based, across the whole dossier
    text: str
    source: str  # file name
    ocr: bool = False
    confidence: float | None = None
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> PageRecord:
        return cls(**data)


@dataclass
class Batch:
    index: int
    file_index: int
    first: int  # 0-based page index inside its file (PDF), 0 for other files
    count: int  # pages in the batch (None-like 0 for a non-PDF file: all its pages)


def _known_words(text: str) -> int:
    from wordfreq import zipf_frequency

    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", text)]
    return sum(1 for w in words if zipf_frequency(w.lower(), "fr") >= 3.0)


def flags_for(text: str, ocr: bool, confidence: float | None) -> list[str]:
    flags = []
    letters = sum(1 for c in text if c.isalnum())
    if ocr:
        flags.append("ocr")
    if letters == 0:
        flags.append("empty")
        return flags
    if ocr and (confidence is None or confidence < LOW_CONFIDENCE):
        flags.append("low_confidence")
    if ocr and (confidence is None or confidence < NOISE_CONFIDENCE) and _known_words(text) < MIN_WORDS:
        flags.append("noise")
    return flags


def plan(
    files: list[tuple[str, bytes]], limits: DocumentLimits | None = None, max_pages: int | None = None
) -> list[Batch]:
    """The batches to read, in order. This also checks, without reading them, that each file can be opened and
    keeps within ``limits`` (``communs.documents.document_limits``: pages, image pixels, zip expansion) and that
    the dossier has at most ``max_pages`` pages known from the headers: a refused file is refused at upload,
    never in the background job."""
    if not files:
        raise InvalidRequestError("the dossier is empty: send at least one file", param="file")
    batches: list[Batch] = []
    total = 0
    for file_index, (name, data) in enumerate(files):
        if not data:
            raise InvalidRequestError(f"{name}: the file is empty", param="file")
        try:
            count = check_document(data, name, **(limits or {}))
        except CommunsError as exc:
            if exc.message.startswith(f"{name}:"):
                raise
            raise type(exc)(f"{name}: {exc.message}", code=exc.code, param="file") from None
        total += count
        if max_pages is not None and total > max_pages:
            raise PayloadTooLargeError(
                f"the dossier has more than {max_pages} pages ({total} up to {name}); split it",
                code="too_many_pages",
                param="file",
            )
        if detect_media_type(data, name) == PDF:
            for first in range(0, count, BATCH_PAGES):
                batches.append(Batch(len(batches), file_index, first, min(BATCH_PAGES, count - first)))
        else:
            batches.append(Batch(len(batches), file_index, 0, 0))
    return batches


def _split_pdf(data: bytes, first: int, count: int) -> bytes:
    import pypdfium2 as pdfium

    from communs.documents.pdf import _PDFIUM_LOCK, open_pdf

    src = open_pdf(data)
    with _PDFIUM_LOCK:
        try:
            part = pdfium.PdfDocument.new()
            part.import_pages(src, list(range(first, first + count)))
            buffer = io.BytesIO()
            part.save(buffer)
            part.close()
        finally:
            src.close()
    return buffer.getvalue()


def read_batch(
    files: list[tuple[str, bytes]], batch: Batch, first_number: int, limits: DocumentLimits | None = None
) -> list[PageRecord]:
    """The pages of one batch, numbered from ``first_number``."""
    name, data = files[batch.file_index]
    if batch.count:
        data = _split_pdf(data, batch.first, batch.count)
    document = parse_document(data, name, **(limits or {}))
    return [
        PageRecord(
            number=first_number + i,
            text=page.text,
            source=name,
            ocr=page.ocr,
            confidence=page.confidence,
            flags=flags_for(page.text, page.ocr, page.confidence),
        )
        for i, page in enumerate(document.pages)
    ]


def read_all(files: list[tuple[str, bytes]]) -> Iterator[list[PageRecord]]:
    """Every batch's pages in order (no resuming: see jobs.py for that)."""
    number = 1
    for batch in plan(files):
        pages = read_batch(files, batch, number)
        number += len(pages)
        yield pages
