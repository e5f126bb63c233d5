"""The limits that protect the server from hostile or absurd files."""

from __future__ import annotations

import io
import zipfile

from communs.errors import InvalidRequestError, PayloadTooLargeError

# DOCX and ODT are zip archives: refuse one that would inflate beyond this (a "zip bomb"), or, past
# RATIO_FLOOR_BYTES inflated, more than MAX_ZIP_RATIO times its size (real documents inflate 3 to 30 times)
MAX_UNZIPPED_BYTES = 512 * 1024 * 1024
MAX_ZIP_RATIO = 200
RATIO_FLOOR_BYTES = 16 * 1024 * 1024


def check_page_count(count: int, max_pages: int) -> None:
    """Refuse a document with more pages than allowed (413, code "too_many_pages")."""
    if count > max_pages:
        raise PayloadTooLargeError(
            f"the document has {count} pages; at most {max_pages} are accepted", code="too_many_pages"
        )


def check_image_pixels(width: int, height: int, max_pixels: int) -> None:
    """Refuse an image whose header announces more pixels than allowed, before decoding it."""
    if width <= 0 or height <= 0:
        raise InvalidRequestError(f"the image has an invalid size ({width}x{height})", code="invalid_document")
    if width * height > max_pixels:
        raise InvalidRequestError(
            f"the image is too large: {width}x{height} pixels ({width * height / 1e6:.0f} megapixels); "
            f"at most {max_pixels / 1e6:.0f} megapixels are accepted",
            code="image_too_large",
        )


def check_archive_size(data: bytes, max_bytes: int = MAX_UNZIPPED_BYTES, max_ratio: int = MAX_ZIP_RATIO) -> None:
    """Refuse a zip-based document whose members add up to more than max_bytes once inflated, or that inflates
    more than ``max_ratio`` times its size (past RATIO_FLOOR_BYTES), from the sizes its directory announces;
    the parsers read members through zipfile, which stops at the announced size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise InvalidRequestError("the document's zip archive is damaged", code="invalid_document") from None
    if total > max_bytes:
        raise PayloadTooLargeError(
            f"the document inflates to {total / 2**20:.0f} MiB; at most {max_bytes / 2**20:.0f} MiB are accepted",
            code="document_too_large",
        )
    if total > RATIO_FLOOR_BYTES and total > max_ratio * len(data):
        raise PayloadTooLargeError(
            f"the document inflates {total / max(len(data), 1):.0f} times its size ({total / 2**20:.0f} MiB); "
            f"at most {max_ratio} times are accepted",
            code="document_too_large",
        )
