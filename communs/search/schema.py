"""The SQLite schema of the embedded search store, its row mapping, and the metadata-filter SQL.

``chunks_fts`` indexes the *analysed* terms of each chunk (see :mod:`communs.search.analysis`),
joined by spaces; its rowid is the chunk id. Its tokenizer keeps ``. - / , _`` inside terms, so
``l.123-4`` stays one term. A trigger removes a chunk's FTS row whenever the chunk goes, including
through the foreign-key cascades from documents and collections.
"""

from __future__ import annotations

import json
from typing import Any

from communs.errors import InvalidRequestError
from communs.search.records import Chunk, Collection, Document

SCHEMA = """
CREATE TABLE IF NOT EXISTS collections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    description TEXT,
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'public')),
    owner_id INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS collections_owner ON collections (owner_id);

CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT,
    page_count INTEGER NOT NULL DEFAULT 0,
    ocr_pages INTEGER NOT NULL DEFAULT 0,
    chunk_count INTEGER NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_collection ON documents (collection_id, id);
CREATE INDEX IF NOT EXISTS documents_name ON documents (name);

CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    section TEXT,
    pages TEXT NOT NULL DEFAULT '[]',
    metadata TEXT NOT NULL DEFAULT '{}',
    content TEXT NOT NULL,
    vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_document ON chunks (document_id, idx);
CREATE INDEX IF NOT EXISTS chunks_collection ON chunks (collection_id);

CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5 (
    collection_id UNINDEXED,
    terms,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '.-/,_'"
);

-- document frequencies, for query planning (see communs.search.lexical)
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab (chunks_fts, row);

-- a collection's vector version, bumped in the same transaction as every write to its chunks: a process (another
-- replica on the same file) compares it with the version its cached matrix reflects before each search
CREATE TABLE IF NOT EXISTS vector_versions (
    collection_id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL
);

CREATE TRIGGER IF NOT EXISTS chunks_fts_delete AFTER DELETE ON chunks BEGIN
    DELETE FROM chunks_fts WHERE rowid = old.id;
END;
"""

# filter keys that name a column rather than a key of the chunk's metadata
_COLUMN_FILTERS = {
    "document_id": "c.document_id = ?",
    "document_name": "d.name = ?",
    "collection_id": "c.collection_id = ?",
    "section": "c.section = ?",
    "page": "json_extract(c.pages, '$[0]') = ?",
}


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1  # what SQLite (and Milvus) can store or compare


def check_metadata_key(key: object, param: str = "metadata") -> str:
    """A metadata key as filters can name it: a non-empty string of at most 255 characters, without quotes,
    backslashes or control characters (a NUL would break SQLite's JSON paths)."""
    if (
        not isinstance(key, str)
        or not key
        or len(key) > 255
        or '"' in key
        or "\\" in key
        or any(ord(c) < 32 or ord(c) == 127 for c in key)
    ):
        raise InvalidRequestError(
            f"invalid metadata key {key!r}: 1 to 255 characters, no quote, backslash or control character", param=param
        )
    return key


def check_filter(key: object, value: Any) -> Any:
    """One equality filter's value, once its key and value are checked (a boolean as SQLite's 1/0)."""
    check_metadata_key(key, "filters")
    if isinstance(value, (list, dict)):
        raise InvalidRequestError(
            f"filter {key!r}: only equality on a string, number, boolean or null is supported", param="filters"
        )
    if isinstance(value, int) and not isinstance(value, bool) and not INT64_MIN <= value <= INT64_MAX:
        raise InvalidRequestError(f"filter {key!r}: an integer beyond 64 bits", param="filters")
    if isinstance(value, str) and "\x00" in value:
        raise InvalidRequestError(f"filter {key!r}: a NUL character in the value", param="filters")
    return value


def filter_sql(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    """SQL conditions (joined by AND, over ``chunks c JOIN documents d``) for equality filters.

    A key other than the columns above matches the chunk's metadata, else the document's.
    Values are strings, numbers, booleans or null; a missing key never equals a value.
    """
    clauses: list[str] = []
    params: list[Any] = []
    for key, value in filters.items():
        value = check_filter(key, value)
        if isinstance(value, bool):
            value = int(value)  # json_extract gives 1/0 for true/false
        if key in _COLUMN_FILTERS:
            if value is None:
                clauses.append(_COLUMN_FILTERS[key].replace("= ?", "IS NULL"))
            else:
                clauses.append(_COLUMN_FILTERS[key])
                params.append(value)
            continue
        path = '$."' + key + '"'
        expr = "coalesce(json_extract(c.metadata, ?), json_extract(d.metadata, ?))"
        if value is None:
            # present with a null value, in the chunk or (when the chunk lacks the key) the document
            clauses.append(
                "(json_type(c.metadata, ?) = 'null' OR (json_type(c.metadata, ?) IS NULL "
                "AND json_type(d.metadata, ?) = 'null'))"
            )
            params.extend([path, path, path])
        else:
            clauses.append(f"{expr} = ?")
            params.extend([path, path, value])
    return " AND ".join(clauses) or "1", params


def dumps(value: Any, what: str) -> str:
    """JSON text of a metadata mapping, or an InvalidRequestError saying what is wrong."""
    if value is None:
        return "{}"
    if not isinstance(value, dict):
        raise InvalidRequestError(f"{what} must be a JSON object", param="metadata")
    for key in value:
        check_metadata_key(key)
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"{what} is not JSON-serialisable: {exc}", param="metadata") from None


COLLECTION_SQL = (
    "SELECT c.id, c.name, c.description, c.visibility, c.owner_id, c.created_at, c.updated_at, "
    "(SELECT count(*) FROM documents d WHERE d.collection_id = c.id) FROM collections c"
)
DOCUMENT_SQL = (
    "SELECT id, collection_id, name, media_type, page_count, ocr_pages, chunk_count, metadata, "
    "created_at FROM documents"
)
CHUNK_SQL = (
    "SELECT c.id, c.content, c.document_id, c.collection_id, c.idx, c.pages, c.section, c.metadata, "
    "d.name, d.metadata FROM chunks c JOIN documents d ON d.id = c.document_id"
)


def collection_from_row(row: tuple) -> Collection:
    return Collection(
        id=row[0],
        name=row[1],
        description=row[2],
        visibility=row[3],
        owner_id=row[4],
        created_at=row[5],
        updated_at=row[6],
        documents=row[7],
    )


def document_from_row(row: tuple) -> Document:
    return Document(
        id=row[0],
        collection_id=row[1],
        name=row[2],
        media_type=row[3],
        page_count=row[4],
        ocr_pages=row[5],
        chunk_count=row[6],
        metadata=json.loads(row[7]),
        created_at=row[8],
    )


def chunk_from_row(row: tuple) -> Chunk:
    chunk_id, content, document_id, collection_id, index, pages, section, metadata, doc_name, doc_metadata = row
    pages = json.loads(pages)
    merged = {
        **json.loads(doc_metadata),
        **json.loads(metadata),
        "document_id": document_id,
        "document_name": doc_name,
        "collection_id": collection_id,
        "index": index,
        "page": pages[0] if pages else None,
        "pages": pages,
        "section": section,
    }
    return Chunk(id=chunk_id, content=content, metadata=merged)
