"""The data a parsed document is made of: pages of text, then chunks that remember their pages.

A document's *joined text* is its pages' texts joined by ``PAGE_SEPARATOR``; chunk offsets
(``Chunk.start`` / ``Chunk.end``) index that string, so ``doc.text[c.start:c.end] == c.content``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# Between two pages in ParsedDocument.text: a blank line, so a page break also ends a paragraph.
PAGE_SEPARATOR = "\n\n"

# Defaults of the limits parse_document enforces (each can be overridden per call).
DEFAULT_MAX_PAGES = 2000
DEFAULT_MAX_IMAGE_PIXELS = 60_000_000

# on_page(done, total): called in the caller's thread each time one more page is ready.
ProgressCallback = Callable[[int, int], None]


@dataclass
class Page:
    number: int  # 1-based
    text: str
    ocr: bool = False  # True when the text came from OCR
    confidence: float | None = None  # mean Tesseract word confidence (0-100) for OCR pages


@dataclass
class ParsedDocument:
    name: str
    media_type: str
    pages: list[Page]
    metadata: dict = field(default_factory=dict)  # "title", "author" when the file says so

    @property
    def ocr_pages(self) -> int:
        """How many pages were read by OCR."""
        return sum(1 for page in self.pages if page.ocr)

    @property
    def text(self) -> str:
        """The whole document: the pages' texts joined by PAGE_SEPARATOR (what chunk offsets index)."""
        return PAGE_SEPARATOR.join(page.text for page in self.pages)

    def page_spans(self) -> list[tuple[int, int, int]]:
        """(page number, start, end) of each page inside ``text``."""
        spans, offset = [], 0
        for page in self.pages:
            spans.append((page.number, offset, offset + len(page.text)))
            offset += len(page.text) + len(PAGE_SEPARATOR)
        return spans


@dataclass
class Chunk:
    """A retrievable piece of a document.

    ``start`` and ``end`` are character offsets into the document's joined text
    (``ParsedDocument.text``), and ``content`` is exactly that slice. ``pages`` lists the
    1-based numbers of the pages the slice touches; ``section`` is the heading path the chunk
    sits under ("TITRE II > Article 5 > 1."), or None before the first heading.
    """

    index: int
    content: str
    pages: list[int]
    start: int
    end: int
    section: str | None = None
