"""Images (PNG, JPEG, TIFF with all its pages, GIF, BMP, WebP): every page goes through OCR.

The pixel count announced by the header is checked before any pixel is decoded, so an "image
bomb" (a tiny file claiming 100000x100000 pixels) is refused at no cost.
"""

from __future__ import annotations

import io
from contextlib import closing

from PIL import Image, ImageOps, UnidentifiedImageError

from communs.documents.limits import check_image_pixels, check_page_count
from communs.documents.ocr import OcrJob, ocr_many
from communs.documents.text import clean_text
from communs.documents.types import Page, ParsedDocument, ProgressCallback
from communs.errors import InvalidRequestError

# Formats whose extra frames are pages; for the others (animated GIF/WebP/PNG) the first frame is read.
MULTI_PAGE_FORMATS = frozenset({"TIFF"})


def open_image(data: bytes, max_pixels: int) -> Image.Image:
    """Open an image lazily (header only) and check its size; InvalidRequestError when unusable."""
    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise InvalidRequestError(
            f"the image is too large (its header announces more than {max_pixels / 1e6:.0f} megapixels)",
            code="image_too_large",
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise InvalidRequestError(
            f"the image is damaged or in an unreadable format ({exc})", code="invalid_document"
        ) from None
    check_image_pixels(image.width, image.height, max_pixels)
    return image


def _dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        return float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None


def _frame_job(data: bytes, index: int, max_pixels: int) -> OcrJob:
    """Decode one frame in the worker thread, from its own Image object (they are not thread-safe)."""

    def load() -> tuple[Image.Image, float | None]:
        image = open_image(data, max_pixels)
        try:
            image.seek(index)
            check_image_pixels(image.width, image.height, max_pixels)  # TIFF pages may differ in size
            dpi = _dpi(image)
            image.load()
            upright = ImageOps.exif_transpose(image)  # phone photos: honour the EXIF orientation
        except (OSError, ValueError, EOFError, SyntaxError) as exc:
            raise InvalidRequestError(
                f"the image is damaged and cannot be decoded (page {index + 1}): {exc}", code="invalid_document"
            ) from None
        if upright is not image:
            image.close()
        return upright, dpi

    return OcrJob(key=index, load=load)


def frame_count(data: bytes, max_pixels: int) -> int:
    """The pages of an image (a TIFF's frames, else 1), from its headers: each one's size is checked, none decoded."""
    with open_image(data, max_pixels) as image:
        try:
            frames = getattr(image, "n_frames", 1) if image.format in MULTI_PAGE_FORMATS else 1
            for index in range(1, frames):  # TIFF pages may differ in size
                image.seek(index)
                check_image_pixels(image.width, image.height, max_pixels)
        except (OSError, ValueError, EOFError, SyntaxError) as exc:
            raise InvalidRequestError(f"the image is damaged ({exc})", code="invalid_document") from None
    return frames


def parse_image(
    data: bytes,
    name: str,
    media_type: str,
    *,
    max_pages: int,
    max_pixels: int,
    ocr_workers: int | None = None,
    on_page: ProgressCallback | None = None,
) -> ParsedDocument:
    frames = frame_count(data, max_pixels)
    check_page_count(frames, max_pages)
    pages: list[Page | None] = [None] * frames
    jobs = (_frame_job(data, index, max_pixels) for index in range(frames))
    with closing(ocr_many(jobs, ocr_workers)) as results:
        for done, (index, result) in enumerate(results, 1):
            pages[index] = Page(number=index + 1, text=clean_text(result.text), ocr=True, confidence=result.confidence)
            if on_page:
                on_page(done, frames)
    return ParsedDocument(name=name, media_type=media_type, pages=[p for p in pages if p is not None], metadata={})
