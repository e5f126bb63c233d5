"""HTML (BeautifulSoup + lxml): the readable text, as light Markdown, in one page.

Scripts, styles, navigation and other non-content elements are dropped; h1-h6 become ``#``
headings, list items ``- `` lines, table rows ``cell | cell`` lines.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from communs.documents.text import clean_text
from communs.documents.types import Page, ParsedDocument

DROPPED = frozenset(
    {
        "script",
        "style",
        "nav",
        "noscript",
        "template",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
        "head",
        "button",
        "select",
        "option",
        "datalist",
        "map",
        "audio",
        "video",
    }
)
BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "blockquote",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "address",
        "hr",
        "fieldset",
        "legend",
        "details",
        "summary",
        "caption",
        "center",
        "form",
        "body",
        "html",
        "label",
    }
)
HEADINGS = {f"h{level}": level for level in range(1, 7)}
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)


def _collapse(text: str) -> str:
    """Collapse whitespace inside each line (lines come from <br>)."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.buffer: list[str] = []

    def flush(self, prefix: str = "") -> None:
        text = _collapse("".join(self.buffer))
        self.buffer = []
        if text:
            self.blocks.append(prefix + text)

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, _NOT_TEXT):
                    self.buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower() if child.name else ""
            if name in DROPPED or child.has_attr("hidden") or child.get("aria-hidden") == "true":
                continue
            if name in HEADINGS:
                self.flush()
                title = " ".join(child.get_text(" ").split())
                if title:
                    self.blocks.append("#" * HEADINGS[name] + " " + title)
            elif name == "br":
                self.buffer.append("\n")
            elif name == "li":
                self.flush()
                self.walk(child)
                self.flush(prefix="- ")
            elif name == "pre":
                self.flush()
                self.blocks.append(child.get_text().strip("\n"))
            elif name == "table":
                self.flush()
                self.blocks.append(self._table(child))
            elif name in BLOCKS:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)

    @staticmethod
    def _table(table: Tag) -> str:
        rows = []
        for row in table.find_all("tr"):
            if row.find_parent("table") is not table:  # a nested table's row
                continue
            cells = [" ".join(cell.get_text(" ").split()) for cell in row.find_all(["td", "th"], recursive=False)]
            if any(cells):
                rows.append(" | ".join(cells))
        return "\n".join(rows)


def parse_html(data: bytes, name: str) -> ParsedDocument:
    soup = BeautifulSoup(data, "lxml")
    metadata: dict = {}
    if soup.title and soup.title.get_text(strip=True):
        metadata["title"] = " ".join(soup.title.get_text().split())
    author = soup.find("meta", attrs={"name": "author"})
    if isinstance(author, Tag) and str(author.get("content") or "").strip():
        metadata["author"] = str(author["content"]).strip()
    builder = _Builder()
    try:
        builder.walk(soup)
        builder.flush()
        text = "\n\n".join(builder.blocks)
    except RecursionError:  # absurdly deep nesting: plain text is better than nothing
        for tag in soup.find_all(list(DROPPED)):
            tag.decompose()
        text = soup.get_text("\n")
    if "title" not in metadata:
        first = soup.find("h1")
        if first and first.get_text(strip=True):
            metadata["title"] = " ".join(first.get_text().split())
    return ParsedDocument(
        name=name, media_type="text/html", pages=[Page(number=1, text=clean_text(text))], metadata=metadata
    )


def attribute(node: Tag, name: str, default: str = "") -> str:
    """An attribute as a string (a multi-valued one, such as ``class``, joined by spaces); ``default`` if absent."""
    value = node.get(name)
    if value is None:
        return default
    return value if isinstance(value, str) else " ".join(value)
