"""Albert's ``page_range`` form field: "0,5-10,20", 0-based page indexes, range ends included."""

from __future__ import annotations

from communs.errors import UnprocessableError

PAGE_RANGE = r"^(([0-9]+-[0-9]+|[0-9]+)(,([0-9]+-[0-9]+|[0-9]+))*)?$"
# a range's end is cut here: pages beyond a document's count are ignored anyway (Settings.max_document_pages)
LAST_PAGE_INDEX = 100_000


def page_indexes(page_range: str) -> list[int] | None:
    """Albert's ``page_range`` ("0,5-10,20", 0-based, ends included) as page indexes; "" is every page."""
    if not page_range:
        return None
    indexes: set[int] = set()
    for part in page_range.split(","):
        first, _, last = part.partition("-")
        start, end = int(first), int(last or first)
        if end < start:
            raise UnprocessableError(f"page range '{part}' ends before it starts", param="page_range")
        indexes.update(range(min(start, LAST_PAGE_INDEX), min(end, LAST_PAGE_INDEX) + 1))
    return sorted(indexes)
