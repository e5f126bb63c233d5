"""Tell a file's type from its first bytes, and from its name only when the bytes say nothing."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import PurePath

from communs.errors import InvalidRequestError, UnsupportedMediaError

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
HTML = "text/html"
MARKDOWN = "text/markdown"
TEXT = "text/plain"
PNG, JPEG, TIFF = "image/png", "image/jpeg", "image/tiff"
GIF, BMP, WEBP = "image/gif", "image/bmp", "image/webp"

IMAGE_TYPES = frozenset({PNG, JPEG, TIFF, GIF, BMP, WEBP})
SUPPORTED = "PDF, DOCX, ODT, HTML, Markdown, plain text, PNG, JPEG, TIFF, GIF, BMP, WebP"

_IMAGE_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
]

# Formats we recognise only to refuse them with a helpful message.
_REFUSED_MAGIC = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office file (.doc/.xls/.ppt); save it as DOCX or PDF"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "an executable (Windows)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"ID3", "an audio file"),
    (b"OggS", "an audio/video file"),
    (b"fLaC", "an audio file"),
]

_EXTENSIONS = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".odt": ODT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".txt": TEXT,
    ".text": TEXT,
    ".csv": TEXT,
    ".png": PNG,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".tif": TIFF,
    ".tiff": TIFF,
    ".gif": GIF,
    ".bmp": BMP,
    ".webp": WEBP,
}
_TEXT_TYPES = frozenset({HTML, MARKDOWN, TEXT})


def detect_media_type(data: bytes, filename: str = "") -> str:
    """The media type of ``data``: magic bytes first, then the file name's extension.

    Raises InvalidRequestError for an empty file, UnsupportedMediaError (415) for a type we
    cannot read.
    """
    if not data:
        raise InvalidRequestError("the file is empty (0 bytes)", code="invalid_document")
    head = data[:2048]
    by_name = _EXTENSIONS.get(PurePath(filename.lower()).suffix) if filename else None

    if b"%PDF-" in head[:1024]:
        return PDF
    for magic, media_type in _IMAGE_MAGIC:
        if head.startswith(magic):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:2] == b"BM" and head[6:10] == b"\x00\x00\x00\x00":  # BMP: its reserved header bytes are zero
        return BMP
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(data)
    if head.startswith(b"{\\rtf"):
        raise UnsupportedMediaError(
            f"unsupported file type: an RTF file; save it as DOCX or PDF. Supported: {SUPPORTED}"
        )

    if _looks_binary(head):
        for magic, what in _REFUSED_MAGIC:
            if head.startswith(magic):
                raise UnsupportedMediaError(f"unsupported file type: {what}. Supported: {SUPPORTED}")
        if by_name is not None and by_name not in _TEXT_TYPES:
            raise InvalidRequestError(
                f"the file is named {filename!r} but its content is not a valid "
                f"{by_name} file (damaged or mislabelled)",
                code="invalid_document",
            )
        raise UnsupportedMediaError(f"unsupported file type (binary content not recognised). Supported: {SUPPORTED}")

    # Text: the name decides between HTML, Markdown and plain text, then the content.
    if by_name in _TEXT_TYPES:
        return by_name
    if by_name is not None:  # text content under a binary format's name (e.g. "x.pdf")
        raise InvalidRequestError(
            f"the file is named {filename!r} but its content is text, not a valid "
            f"{by_name} file (damaged or mislabelled)",
            code="invalid_document",
        )
    return HTML if _looks_like_html(head) else TEXT


def _zip_type(data: bytes) -> str:
    """DOCX and ODT are zip archives: tell them apart by their members."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if "mimetype" in names:
            with archive.open("mimetype") as member:
                mimetype = member.read(200).decode("ascii", "replace").strip()
            if mimetype == ODT:
                return ODT
            raise UnsupportedMediaError(f"unsupported OpenDocument type {mimetype!r}. Supported: {SUPPORTED}")
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError):
        raise InvalidRequestError(
            "the file looks like a zip-based document (DOCX/ODT) but the archive is damaged", code="invalid_document"
        ) from None
    if "word/document.xml" in names:
        return DOCX
    raise UnsupportedMediaError(
        f"unsupported file type: a zip archive that is neither DOCX nor ODT. Supported: {SUPPORTED}"
    )


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text with a BOM
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls > max(2, len(head) // 100)


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    lowered = head.lower()
    if start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<?xml") and b"<html" in lowered):
        return True
    return start.startswith(b"<") and any(tag in lowered for tag in (b"<body", b"<head", b"<p>", b"<div", b"<h1"))
