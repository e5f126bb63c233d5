"""Plain text and Markdown: decoding, and the text clean-up every parser shares."""

from __future__ import annotations

import re
import unicodedata

from communs.documents.types import Page, ParsedDocument

_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
# Spaces that should read as plain spaces (no-break, narrow no-break, thin, figure...).
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Soft hyphen or PDFium's end-of-line hyphen marker (\x02) before a line break: the word goes on.
_SOFT_HYPHEN_BREAK = re.compile(r"[\u00ad\x02][ \t]*\n[ \t]*")
# Control characters, private-use glyphs (symbol fonts), zero-width characters, BOMs.
_JUNK = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff\ue000-\uf8ff\ufffe\uffff]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")
# Form fields and table-of-contents leaders ("______", "........"): three characters say as much.
_LEADERS = re.compile(r"([_.])\1{3,}")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_SETEXT = re.compile(r"^(?P<title>[^\n#>\-*|][^\n]*)\n(?P<bar>=+|-+)[ \t]*$", re.M)


def clean_text(text: str) -> str:
    """Normalise extracted text: Unicode NFC, unified line ends and spaces, no junk characters.

    Lines and blank lines are kept (they carry structure); runs of blank lines become one.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    text = _JUNK.sub("", text.translate(_LIGATURES))
    text = _SPACES.sub(" ", text).replace("\f", "\n\n")
    text = _TRAILING_SPACE.sub("\n", _LEADERS.sub(r"\1\1\1", text))
    return _BLANK_LINES.sub("\n\n", text).strip()


def decode_text(data: bytes) -> str:
    """Bytes to text: a BOM if any, else UTF-8, else Windows-1252, else Latin-1 (never fails)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":  # cut inside a character
            return data[: exc.start].decode("utf-8")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _pages_from_form_feeds(text: str) -> list[Page]:
    """Form feeds (as pdftotext writes them) separate pages; without any, the text is one page."""
    parts = text.replace("\r\n", "\n").split("\f")
    if len(parts) > 1 and not parts[-1].strip():
        parts.pop()
    return [Page(number=i, text=clean_text(part)) for i, part in enumerate(parts, 1)]


def parse_text(data: bytes, name: str, media_type: str = "text/plain") -> ParsedDocument:
    text = decode_text(data)
    return ParsedDocument(name=name, media_type=media_type, pages=_pages_from_form_feeds(text), metadata={})


def parse_markdown(data: bytes, name: str, media_type: str = "text/markdown") -> ParsedDocument:
    """Markdown stays Markdown (the chunker reads its # headings); YAML front matter becomes metadata."""
    text = decode_text(data).replace("\r\n", "\n")
    metadata: dict = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() in ("title", "author") and value.strip():
                metadata[key.strip().lower()] = value.strip().strip("\"'")
        text = text[front.end() :]
    # Setext headings ("Title\n=====") become ATX ones ("# Title") so there is one heading syntax.
    text = _SETEXT.sub(lambda m: ("# " if m["bar"][0] == "=" else "## ") + m["title"].strip(), text)
    if "title" not in metadata:
        first = re.search(r"^#[ \t]+(.+?)[ \t#]*$", text, re.M)
        if first:
            metadata["title"] = first.group(1).strip()
    return ParsedDocument(name=name, media_type=media_type, pages=_pages_from_form_feeds(text), metadata=metadata)
