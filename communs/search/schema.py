"""The SQLite schema of the embedded search store, its row mapping, and the metadata-filter SQL.

``chunks_fts`` indexes the *analysed* terms of each chunk (see :mod:`communs.search.analysis`),
joined by spaces; its rowid is the chunk id. Its tokenizer keeps ``. - / , _`` inside terms, so
``l.123-4`` stays one term. A trigger removes a chunk's FTS row whenever the chunk goes.

The file holds chunks only: collections and documents are records of the catalog (:mod:`communs.search.catalog`).
A chunk keeps what filters read of its document: ``doc_name``, and ``meta`` (the document's metadata overlaid by
the chunk's own, ``metadata``).
"""

from __future__ import annotations

import json
from typing import Any

from communs.errors import InvalidRequestError
from communs.search.records import ChunkRow

# the columns of ``chunks`` (and of the table that replaces an older one, REBUILD_CHUNKS)
CHUNK_COLUMNS = """(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL,
    collection_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    section TEXT,
    pages TEXT NOT NULL DEFAULT '[]',
    metadata TEXT NOT NULL DEFAULT '{}',
    meta TEXT NOT NULL DEFAULT '{}',
    doc_name TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL,
    vector BLOB NOT NULL
)"""

SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS chunks {CHUNK_COLUMNS}",
    "CREATE INDEX IF NOT EXISTS chunks_document ON chunks (document_id, idx)",
    "CREATE INDEX IF NOT EXISTS chunks_collection ON chunks (collection_id)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5 (
    collection_id UNINDEXED,
    terms,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '.-/,_'"
)""",
    # document frequencies, for query planning (see communs.search.lexical)
    "CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab (chunks_fts, row)",
    # a collection's vector version, bumped in the same transaction as every write to its chunks: a process (another
    # replica on the same file) compares it with the version its cached matrix reflects before each search
    """CREATE TABLE IF NOT EXISTS vector_versions (
    collection_id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL
)""",
    """CREATE TRIGGER IF NOT EXISTS chunks_fts_delete AFTER DELETE ON chunks BEGIN
    DELETE FROM chunks_fts WHERE rowid = old.id;
END""",
)

# Before the catalog moved to the relational database (revision 0003), this file also held ``collections`` and
# ``documents``, and ``chunks`` referenced them and lacked ``meta`` and ``doc_name``: rebuilt once, ids kept.
REBUILD_CHUNKS = (
    f"CREATE TABLE chunks_rebuilt {CHUNK_COLUMNS}",
    """INSERT INTO chunks_rebuilt (id, document_id, collection_id, idx, section, pages, metadata, meta, doc_name,
                            content, vector)
    SELECT c.id, c.document_id, c.collection_id, c.idx, c.section, c.pages, c.metadata,
           communs_overlay(d.metadata, c.metadata), d.name, c.content, c.vector
    FROM chunks c JOIN documents d ON d.id = c.document_id""",
    "DROP TABLE chunks",
    "ALTER TABLE chunks_rebuilt RENAME TO chunks",
    "DELETE FROM chunks_fts WHERE rowid NOT IN (SELECT id FROM chunks)",
)


def overlay(document_metadata: str, chunk_metadata: str) -> str:
    """A chunk's ``meta``: its document's metadata overlaid by its own (what filters read), as JSON text."""
    return json.dumps({**json.loads(document_metadata), **json.loads(chunk_metadata)}, ensure_ascii=False)


# filter keys that name a column rather than a key of the chunk's metadata
_COLUMN_FILTERS = {
    "document_id": "c.document_id = ?",
    "document_name": "c.doc_name = ?",
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
    """SQL conditions (joined by AND, over ``chunks c``) for equality filters.

    A key other than the columns above matches the chunk's ``meta``: its metadata, else its document's.
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
        if value is None:  # present, with a null value
            clauses.append("json_type(c.meta, ?) = 'null'")
            params.append(path)
        else:
            clauses.append("json_extract(c.meta, ?) = ?")
            params.extend([path, value])
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


CHUNK_SQL = (
    "SELECT c.id, c.collection_id, c.document_id, c.idx, c.content, c.pages, c.section, c.metadata FROM chunks c"
)


def chunk_row(row: tuple) -> ChunkRow:
    chunk_id, collection_id, document_id, index, content, pages, section, metadata = row
    return ChunkRow(
        int(chunk_id),
        int(collection_id),
        int(document_id),
        int(index),
        content,
        json.loads(pages),
        section,
        json.loads(metadata),
    )
