"""Our pages' light Markdown (``#`` headings, ``- `` items, ``a | b`` table rows) as HTML or JSON blocks.

Used by ``/v1/parse-beta`` for Albert's ``output_format`` ``html`` and ``json``; Markdown is the pages' own text.
"""

from __future__ import annotations

import html
import json
import re

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_ITEM = re.compile(r"^(?:[-*•]|\d+[.)])\s+(.*)$")


def blocks(markdown: str) -> list[dict]:
    """The text's blocks, in order: ``{"type": heading|list_item|table_row|paragraph, "text", "level"?}``.

    Paragraphs are runs of plain lines (joined by a space); a blank line ends one."""
    found: list[dict] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            found.append({"type": "paragraph", "text": " ".join(paragraph)})
            paragraph.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        heading, item = _HEADING.match(line), _ITEM.match(line)
        if not line:
            flush()
        elif heading:
            flush()
            found.append({"type": "heading", "level": len(heading.group(1)), "text": heading.group(2).strip()})
        elif item:
            flush()
            found.append({"type": "list_item", "text": item.group(1).strip()})
        elif " | " in line:
            flush()
            found.append({"type": "table_row", "cells": [cell.strip() for cell in line.strip("|").split(" | ")]})
        else:
            paragraph.append(line)
    flush()
    return found


def to_json(markdown: str) -> str:
    """The blocks as a JSON string (Albert's ``json`` output puts a string in ``content``)."""
    return json.dumps({"blocks": blocks(markdown)}, ensure_ascii=False)


def to_html(markdown: str) -> str:
    """The blocks as HTML, text escaped; consecutive list items and table rows are grouped."""
    out: list[str] = []
    open_tag: str | None = None
    for block in blocks(markdown):
        wanted = {"list_item": "ul", "table_row": "table"}.get(block["type"])
        if open_tag and open_tag != wanted:
            out.append(f"</{open_tag}>")
            open_tag = None
        if wanted and open_tag != wanted:
            out.append(f"<{wanted}>")
            open_tag = wanted
        if block["type"] == "heading":
            out.append(f"<h{block['level']}>{html.escape(block['text'], quote=False)}</h{block['level']}>")
        elif block["type"] == "list_item":
            out.append(f"<li>{html.escape(block['text'], quote=False)}</li>")
        elif block["type"] == "table_row":
            out.append(
                "<tr>" + "".join(f"<td>{html.escape(cell, quote=False)}</td>" for cell in block["cells"]) + "</tr>"
            )
        else:
            out.append(f"<p>{html.escape(block['text'], quote=False)}</p>")
    if open_tag:
        out.append(f"</{open_tag}>")
    return "\n".join(out)
