"""Word processor files: DOCX (python-docx) and ODT (odfpy), rendered as light Markdown.

Headings become ``#`` lines (level from the style or outline level), list items ``- `` lines,
table rows ``cell | cell`` lines. Pages: the page breaks the editor recorded when it last laid
the document out (DOCX ``lastRenderedPageBreak``, ODT ``soft-page-break``) when there are any,
else the explicit page breaks; with neither, the document is one page.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from communs.documents.limits import MAX_UNZIPPED_BYTES, MAX_ZIP_RATIO, check_archive_size
from communs.documents.text import clean_text
from communs.documents.types import Page, ParsedDocument
from communs.errors import InvalidRequestError

PAGE_BREAK = "\f"  # marks a page break inside the text we build, split on at the end
_HEADING_STYLE = re.compile(r"^(?:heading|titre|Überschrift|título)\s*(\d)", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|titre)$", re.I)


def _pages(blocks: list[str], name: str, media_type: str, metadata: dict) -> ParsedDocument:
    text = "\n\n".join(block for block in blocks if block.strip() or block == PAGE_BREAK)
    parts = text.split(PAGE_BREAK)
    while len(parts) > 1 and not parts[-1].strip():  # a break at the very end opens no page
        parts.pop()
    pages = [Page(number=i, text=clean_text(part)) for i, part in enumerate(parts, 1)]
    return ParsedDocument(name=name, media_type=media_type, pages=pages, metadata=metadata)


def _damaged(kind: str, exc: Exception) -> InvalidRequestError:
    return InvalidRequestError(
        f"the {kind} file is damaged and cannot be read ({type(exc).__name__}: {exc})", code="invalid_document"
    )


# --- DOCX ---------------------------------------------------------------------------------


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


def _docx_heading_level(paragraph, style_cache: dict) -> int | None:
    """Heading level from the paragraph's outline level, else its style (or the styles it is based on)."""
    outline = paragraph.find(f"{_w('pPr')}/{_w('outlineLvl')}")
    if outline is not None and outline.get(_w("val"), "9").isdigit() and int(outline.get(_w("val"))) < 6:
        return int(outline.get(_w("val"))) + 1
    style_id = paragraph.find(f"{_w('pPr')}/{_w('pStyle')}")
    return style_cache.get(style_id.get(_w("val"))) if style_id is not None else None


def _docx_style_levels(document) -> dict[str, int]:
    """Heading level of each paragraph style (following "based on" links); 0 for list styles."""
    levels: dict[str, int] = {}
    for style in document.styles:
        current, seen = style, 0
        while current is not None and seen < 10:
            name = current.name or ""
            match = _HEADING_STYLE.match(name)
            if match and int(match.group(1)) >= 1:
                levels[style.style_id] = min(int(match.group(1)), 6)
                break
            if _TITLE_STYLE.match(name):
                levels[style.style_id] = 1
                break
            if name.lower().startswith(("list", "liste")):
                levels[style.style_id] = 0
                break
            current, seen = getattr(current, "base_style", None), seen + 1
    return levels


def _docx_runs_text(element, use_rendered: bool) -> str:
    """The text of a paragraph (or cell) element, with line, tab and page breaks."""
    out: list[str] = []
    for node in element.iter(_w("t"), _w("tab"), _w("br"), _w("cr"), _w("lastRenderedPageBreak")):
        tag = node.tag
        if tag == _w("t"):
            out.append(node.text or "")
        elif tag == _w("tab"):
            out.append("\t")
        elif tag == _w("br") and node.get(_w("type")) == "page":
            out.append("" if use_rendered else PAGE_BREAK)
        elif tag in (_w("br"), _w("cr")):
            out.append("\n")
        elif tag == _w("lastRenderedPageBreak") and use_rendered:
            out.append(PAGE_BREAK)
    return "".join(out)


def _docx_blocks(body, style_levels: dict, use_rendered: bool) -> Iterator[str]:
    for child in body.iterchildren():
        if child.tag == _w("sdt"):  # content control: look inside
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from _docx_blocks(content, style_levels, use_rendered)
        elif child.tag == _w("tbl"):
            rows = []
            for row in child.iterchildren(_w("tr")):
                cells: list[str] = []
                for cell in row.iterchildren(_w("tc")):
                    value = " ".join(" ".join(_docx_runs_text(p, use_rendered) for p in cell.iter(_w("p"))).split())
                    if not cells or value != cells[-1]:  # merged cells repeat their text
                        cells.append(value)
                if any(cells):
                    rows.append(" | ".join(cells))
            yield "\n".join(rows)
        elif child.tag == _w("p"):
            properties = child.find(_w("pPr"))
            if not use_rendered and properties is not None and properties.find(_w("pageBreakBefore")) is not None:
                yield PAGE_BREAK
            text = _docx_runs_text(child, use_rendered)
            level = _docx_heading_level(child, style_levels)
            is_list = level == 0 or (properties is not None and properties.find(_w("numPr")) is not None)
            breaks, plain = text.count(PAGE_BREAK), text.replace(PAGE_BREAK, "")
            if level and plain.strip():  # (a page break inside a heading is put before it)
                text = PAGE_BREAK * breaks + "#" * level + " " + " ".join(plain.split())
            elif is_list and plain.strip():
                text = PAGE_BREAK * breaks + "- " + plain.lstrip()
            yield text
            if not use_rendered and properties is not None and properties.find(_w("sectPr")) is not None:
                # a section break: a new page unless it is a continuous one
                section_type = properties.find(f"{_w('sectPr')}/{_w('type')}")
                if section_type is None or section_type.get(_w("val")) in ("nextPage", "oddPage", "evenPage"):
                    yield PAGE_BREAK


def parse_docx(
    data: bytes, name: str, *, max_unzipped_bytes: int = MAX_UNZIPPED_BYTES, max_zip_ratio: int = MAX_ZIP_RATIO
) -> ParsedDocument:
    import docx

    check_archive_size(data, max_unzipped_bytes, max_zip_ratio)
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        use_rendered = next(body.iter(_w("lastRenderedPageBreak")), None) is not None
        blocks = list(_docx_blocks(body, _docx_style_levels(document), use_rendered))
        core = document.core_properties
        metadata = {
            key: value.strip()
            for key, value in (("title", core.title), ("author", core.author))
            if value and value.strip()
        }
    except Exception as exc:  # noqa: BLE001 - zip, XML and python-docx package errors alike
        raise _damaged("DOCX", exc) from None
    return _pages(blocks, name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", metadata)


# --- ODT ----------------------------------------------------------------------------------


class _OdtReader:
    """Walks an ODT body and builds Markdown-ish blocks."""

    def __init__(self, document) -> None:
        from odf.namespaces import FONS, STYLENS, TABLENS, TEXTNS

        self.text_ns, self.table_ns, self.style_ns, self.fo_ns = TEXTNS, TABLENS, STYLENS, FONS
        self.use_soft = False
        self.break_styles = self._break_before_styles(document)

    def _break_before_styles(self, document) -> set[str]:
        names = set()
        for styles in (document.automaticstyles, document.styles):
            for style in styles.childNodes:
                for props in getattr(style, "childNodes", []):
                    if (
                        props.qname == (self.style_ns, "paragraph-properties")
                        and props.getAttrNS(self.fo_ns, "break-before") == "page"
                    ):
                        names.add(style.getAttrNS(self.style_ns, "name"))
        return names

    def inline(self, node) -> str:
        out: list[str] = []
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                out.append(child.data)
                continue
            ns, tag = child.qname
            if ns == self.text_ns and tag == "s":
                out.append(" " * int(child.getAttrNS(self.text_ns, "c") or 1))
            elif ns == self.text_ns and tag == "tab":
                out.append("\t")
            elif ns == self.text_ns and tag == "line-break":
                out.append("\n")
            elif ns == self.text_ns and tag == "soft-page-break":
                out.append(PAGE_BREAK if self.use_soft else "")
            elif ns == self.text_ns and tag in ("note", "annotation", "tracked-changes", "bookmark-ref"):
                continue
            else:
                out.append(self.inline(child))
        return "".join(out)

    def blocks(self, node, list_depth: int = 0) -> Iterator[str]:
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            ns, tag = child.qname
            if ns == self.text_ns and tag in ("p", "h"):
                if not self.use_soft and child.getAttrNS(self.text_ns, "style-name") in self.break_styles:
                    yield PAGE_BREAK
                text = self.inline(child)
                if tag == "h" and text.strip():
                    level = int(child.getAttrNS(self.text_ns, "outline-level") or 1)
                    text = "#" * min(max(level, 1), 6) + " " + " ".join(text.split())
                elif list_depth and text.strip():
                    text = "- " + text.lstrip()
                yield text
            elif ns == self.text_ns and tag == "soft-page-break":
                if self.use_soft:
                    yield PAGE_BREAK
            elif ns == self.text_ns and tag == "list":
                yield from self.blocks(child, list_depth + 1)
            elif ns == self.table_ns and tag == "table":
                yield "\n".join(self._rows(child))
            elif ns == self.text_ns and tag in ("tracked-changes", "sequence-decls", "variable-decls"):
                continue
            else:  # sections, list items, frames, text boxes...
                yield from self.blocks(child, list_depth)

    def _rows(self, table) -> Iterator[str]:
        from odf.table import TableRow

        for row in table.getElementsByType(TableRow):
            cells = []
            for cell in row.childNodes:
                if cell.qname[1] in ("table-cell", "covered-table-cell"):
                    value = " ".join(
                        " ".join(self.inline(p) for p in cell.childNodes if p.nodeType == p.ELEMENT_NODE).split()
                    )
                    if value or cell.qname[1] == "table-cell":
                        cells.append(value)
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                yield " | ".join(cells)


def parse_odt(
    data: bytes, name: str, *, max_unzipped_bytes: int = MAX_UNZIPPED_BYTES, max_zip_ratio: int = MAX_ZIP_RATIO
) -> ParsedDocument:
    from odf.namespaces import DCNS, METANS
    from odf.opendocument import load

    check_archive_size(data, max_unzipped_bytes, max_zip_ratio)
    try:
        document = load(io.BytesIO(data))
        reader = _OdtReader(document)
        body = document.text
        reader.use_soft = any(True for _ in _find(body, (reader.text_ns, "soft-page-break")))
        blocks = list(reader.blocks(body))
        metadata = {}
        for key, qname in (
            ("title", (DCNS, "title")),
            ("author", (DCNS, "creator")),
            ("author", (METANS, "initial-creator")),
        ):
            for element in _find(document.meta, qname):
                value = " ".join(str(element).split())
                if value and key not in metadata:
                    metadata[key] = value
    except Exception as exc:  # noqa: BLE001 - odfpy raises anything from KeyError to XML errors
        raise _damaged("ODT", exc) from None
    return _pages(blocks, name, "application/vnd.oasis.opendocument.text", metadata)


def _find(node, qname: tuple[str, str]) -> Iterator:
    for child in node.childNodes:
        if child.nodeType == child.ELEMENT_NODE:
            if child.qname == qname:
                yield child
            yield from _find(child, qname)
