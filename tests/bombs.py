"""Hostile files made in a few milliseconds for the hardening tests: a FLAC of hours of silence, zip bombs."""

from __future__ import annotations

import io
import struct
import zlib


def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def _crc16_table() -> list[int]:
    table = []
    for index in range(256):
        crc = index << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x8005) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
        table.append(crc)
    return table


CRC16 = _crc16_table()


def _crc16(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc = ((crc << 8) & 0xFFFF) ^ CRC16[(crc >> 8) ^ byte]
    return crc


def silent_flac(seconds: int, *, rate: int = 48_000, header_samples: int | None = None) -> bytes:
    """A valid FLAC file (mono, 16 bits) of ``seconds`` of silence: one CONSTANT subframe per 65535-sample frame,
    so six hours weigh about 230 KB and decode to 4 GB of float32 samples. ``header_samples``: what STREAMINFO
    announces (default: the truth; 0: "unknown")."""
    block, total = 65535, seconds * rate
    announced = total if header_samples is None else header_samples
    streaminfo = struct.pack(">HH", block, block) + bytes(6)
    streaminfo += ((rate << 44) | (15 << 36) | announced).to_bytes(8, "big") + bytes(16)  # mono, 16 bits, no MD5
    parts = [b"fLaC", bytes([0x80, 0, 0, len(streaminfo)]), streaminfo]
    number = done = 0
    while done < total:
        size = min(block, total - done)
        # sync, fixed blocking, size at the header's end, rate from STREAMINFO, mono, 16 bits; frame number in UTF-8
        header = bytes([0xFF, 0xF8, 0x70, 0x08]) + chr(number).encode() + struct.pack(">H", size - 1)
        frame = header + bytes([_crc8(header)]) + b"\x00\x00\x00"  # CONSTANT subframe, value 0
        parts.append(frame + struct.pack(">H", _crc16(frame)))
        number, done = number + 1, done + size
    return b"".join(parts)


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive of already deflated members: (name, raw deflate data, CRC-32, inflated size)."""
    out, directory = io.BytesIO(), []
    for name, data, crc, size in members:
        offset, encoded = out.tell(), name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0))
        out.write(encoded + data)
        directory.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    start = out.tell()
    out.write(b"".join(directory))
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), out.tell() - start, start, 0))
    return out.getvalue()


def _deflated(data: bytes) -> tuple[bytes, int, int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(), zlib.crc32(data), len(data)


def zip_bomb_docx(inflated_bytes: int) -> bytes:
    """A DOCX-looking zip whose word/document.xml really inflates to ``inflated_bytes`` of spaces (a whole number
    of MiB): one deflated MiB, flushed to a byte boundary, repeated; made in well under a second."""
    mebibyte = b" " * (1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(mebibyte) + packer.flush(zlib.Z_FULL_FLUSH)  # no reference across blocks
    count = inflated_bytes >> 20
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(mebibyte, crc)
    ending = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    document = ("word/document.xml", block * count + ending, crc, count << 20)
    return _zip([("[Content_Types].xml", *_deflated(b'<?xml version="1.0"?><Types/>')), document])


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header announces ``width`` x ``height`` pixels (a real decoder would allocate them)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")


def blank_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` blank A4 pages (no text layer: each one is a scan to OCR)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    return buffer.getvalue()
