"""Collections and documents in the relational database (the catalog), chunks in the search engine: a document is
written across the two all or nothing, a store from before the split keeps every record, and Milvus's old records
are adopted. The Milvus replicas on one PostgreSQL are in tests/test_search_milvus.py."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
import sqlalchemy as sa

from communs.config import Settings
from communs.errors import NotFoundError
from communs.search import ChunkInput, SqliteSearchStore
from communs.search.analysis import analyze
from communs.search.catalog import Catalog
from communs.search.ingest import open_store
from communs.search.records import Collection

# The embedded store's file as releases before the catalog wrote it (communs/search/schema.py at that time).
LEGACY_SCHEMA = """
CREATE TABLE collections (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, description TEXT,
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'public')), owner_id INTEGER,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX collections_owner ON collections (owner_id);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    name TEXT NOT NULL, media_type TEXT, page_count INTEGER NOT NULL DEFAULT 0, ocr_pages INTEGER NOT NULL DEFAULT 0,
    chunk_count INTEGER NOT NULL DEFAULT 0, metadata TEXT NOT NULL DEFAULT '{}', created_at INTEGER NOT NULL);
CREATE INDEX documents_collection ON documents (collection_id, id);
CREATE TABLE chunks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, section TEXT, pages TEXT NOT NULL DEFAULT '[]', metadata TEXT NOT NULL DEFAULT '{}',
    content TEXT NOT NULL, vector BLOB NOT NULL);
CREATE INDEX chunks_document ON chunks (document_id, idx);
CREATE INDEX chunks_collection ON chunks (collection_id);
CREATE VIRTUAL TABLE chunks_fts USING fts5 (
    collection_id UNINDEXED, terms, tokenize = "unicode61 remove_diacritics 0 tokenchars '.-/,_'");
CREATE VIRTUAL TABLE chunks_vocab USING fts5vocab (chunks_fts, row);
CREATE TABLE vector_versions (collection_id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
CREATE TRIGGER chunks_fts_delete AFTER DELETE ON chunks BEGIN DELETE FROM chunks_fts WHERE rowid = old.id; END;
"""

# (collection id, name, visibility, owner) and (document id, collection id, name, metadata, chunks' texts)
LEGACY_COLLECTIONS = [(3, "Fiches", "public", None), (7, "Mes notes", "private", 42)]
LEGACY_DOCUMENTS = [
    (4, 3, "F1341.txt", {"fiche": "F1341"}, ["allocation de logement familiale", "montant de l'allocation"]),
    (9, 7, "note.txt", {}, ["carte grise d'un véhicule"]),
]


def _unit(seed: int, dims: int = 16) -> list[float]:
    vector = np.random.default_rng(seed).normal(size=dims)
    return (vector / np.linalg.norm(vector)).tolist()


def write_legacy_store(path: Path) -> None:
    """An embedded store with its records in it, as an existing user has one (ids with gaps: rows were deleted)."""
    conn = sqlite3.connect(path)
    conn.executescript(LEGACY_SCHEMA)
    for collection_id, name, visibility, owner in LEGACY_COLLECTIONS:
        conn.execute(
            "INSERT INTO collections VALUES (?, ?, ?, ?, ?, ?, ?)",
            (collection_id, name, f"desc {name}", visibility, owner, 1_700_000_000 + collection_id, 1_700_000_100),
        )
    chunk_id = 20
    for document_id, collection_id, name, metadata, texts in LEGACY_DOCUMENTS:
        conn.execute(
            "INSERT INTO documents VALUES (?, ?, ?, 'text/plain', 2, 1, ?, ?, 1700000500)",
            (document_id, collection_id, name, len(texts), json.dumps(metadata)),
        )
        for index, text in enumerate(texts):
            chunk_id += 1
            vector = np.array(_unit(chunk_id), dtype=np.float32).tobytes()
            conn.execute(
                "INSERT INTO chunks VALUES (?, ?, ?, ?, 'Section', '[2]', ?, ?, ?)",
                (chunk_id, document_id, collection_id, index, json.dumps({"i": index}), text, vector),
            )
            conn.execute(
                "INSERT INTO chunks_fts (rowid, collection_id, terms) VALUES (?, ?, ?)",
                (chunk_id, collection_id, " ".join(analyze(text))),
            )
    conn.commit()
    conn.close()


def _check_legacy_records(store: SqliteSearchStore) -> None:
    public, private = store.list_collections(42)
    assert (public.id, public.name, public.visibility, public.owner_id, public.documents) == (
        3,
        "Fiches",
        "public",
        None,
        1,
    )
    assert (private.id, private.owner_id, private.created_at, private.updated_at) == (
        7,
        42,
        1_700_000_007,
        1_700_000_100,
    )
    assert [c.id for c in store.list_collections(5)] == [3]  # another user sees the public one only
    document = store.get_document(4)
    assert document is not None and (document.name, document.metadata, document.chunk_count) == (
        "F1341.txt",
        {"fiche": "F1341"},
        2,
    )
    assert [c.id for c in store.get_chunks(4)] == [21, 22]
    [hit] = store.search([3, 7], method="lexical", query="allocations logement", k=1)
    assert hit.chunk.id == 21 and hit.chunk.metadata["document_name"] == "F1341.txt"
    assert hit.chunk.metadata["fiche"] == "F1341" and hit.chunk.metadata["section"] == "Section"
    [hit] = store.search([3, 7], method="semantic", query="", query_vector=_unit(23), k=1)
    assert hit.chunk.content == "carte grise d'un véhicule" and hit.score == pytest.approx(1.0, abs=1e-5)
    found = store.search([3, 7], method="lexical", query="allocation", filters={"fiche": "F1341", "i": 1})
    assert [r.chunk.id for r in found] == [22]
    assert store.search([3], method="lexical", query="allocation", filters={"document_name": "note.txt"}) == []


def test_an_embedded_store_from_before_the_catalog_keeps_every_record(settings: Settings) -> None:
    settings.home.mkdir(parents=True)
    write_legacy_store(settings.home / "search.sqlite")
    store = open_store(settings)
    assert isinstance(store, SqliteSearchStore)
    try:
        _check_legacy_records(store)
        engine = sa.create_engine(settings.database_url)
        with engine.connect() as conn:  # the records are in the relational database now
            assert conn.exec_driver_sql("SELECT id, name FROM collections ORDER BY id").all() == [
                (3, "Fiches"),
                (7, "Mes notes"),
            ]
        engine.dispose()
        fresh = store.create_collection("nouvelle", None, "private", 42)
        added = store.add_document(fresh.id, "n.txt", None, 1, 0, {}, [ChunkInput("neuf", [1], None, {}, _unit(1))])
        assert fresh.id > 7 and added > 9  # ids never given again
        assert store.delete_collection(7) and store.get_document(9) is None and store.chunk_count(7) == 0
    finally:
        store.close()
    tables = {
        name for (name,) in sqlite3.connect(settings.home / "search.sqlite").execute("SELECT name FROM sqlite_master")
    }
    assert {"moved_collections", "moved_documents"} <= tables and "collections" not in tables
    again = open_store(settings)  # a second start: nothing adopted twice, nothing deleted comes back
    try:
        assert [c.id for c in again.list_collections(42)] == [3, fresh.id]
        assert [c.content for c in again.get_chunks(added)] == ["neuf"]
    finally:
        again.close()


def test_an_apps_own_store_from_before_the_catalog_keeps_working(tmp_path: Path) -> None:
    """An app's private index (De Facto's older dossiers, SONIC's Act index): its records stay in its file."""
    write_legacy_store(tmp_path / "own.sqlite")
    store = SqliteSearchStore(tmp_path / "own.sqlite")
    try:
        _check_legacy_records(store)
        added = store.add_document(
            3, "F2.txt", None, 1, 0, {}, [ChunkInput("aide au logement", [1], None, {}, _unit(5))]
        )
        assert added > 9 and store.get_collection(3).documents == 2
        with pytest.raises(Exception, match="dimensions"):  # the size of the chunks already there was kept
            store.add_document(3, "bad", None, 1, 0, {}, [ChunkInput("x", [1], None, {}, _unit(5, dims=8))])
    finally:
        store.close()
    reopened = SqliteSearchStore(tmp_path / "own.sqlite")
    try:
        assert [d.id for d in reopened.list_documents(3)] == [4, added]
    finally:
        reopened.close()


@pytest.fixture
def split(tmp_path: Path):
    """An embedded index whose catalog is another database, as a deployment has them."""
    store = SqliteSearchStore(tmp_path / "search.sqlite", catalog=Catalog.open(f"sqlite:///{tmp_path / 'db.sqlite'}"))
    yield store
    store.close()


def _nothing_of(store: SqliteSearchStore, collection_id: int) -> None:
    assert store.list_documents(collection_id) == [] and store.chunk_count(collection_id) == 0
    assert store.get_collection(collection_id).documents == 0
    assert store.search([collection_id], method="hybrid", query="texte", query_vector=_unit(1)) == []


def test_a_document_is_written_all_or_nothing_across_the_catalog_and_the_index(split, monkeypatch) -> None:
    store = split
    collection = store.create_collection("c", None, "private", 1)
    chunks = [ChunkInput(f"texte numéro {i}", [i], None, {}, _unit(i)) for i in range(4)]
    real_dumps = store_dumps = __import__("communs.search.store", fromlist=["dumps"]).dumps

    def failing_dumps(value, what):
        if what == "chunk 2 metadata":
            raise OSError("disk full")  # the index fails in the middle of the document
        return store_dumps(value, what)

    monkeypatch.setattr("communs.search.store.dumps", failing_dumps)
    with pytest.raises(OSError):
        store.add_document(collection.id, "doc", None, 4, 0, {}, chunks)
    _nothing_of(store, collection.id)
    monkeypatch.setattr("communs.search.store.dumps", real_dumps)

    def no_row(document):
        raise sa.exc.OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(store.catalog, "add_document", no_row)  # the row cannot be written: no orphan chunks
    with pytest.raises(sa.exc.OperationalError):
        store.add_document(collection.id, "doc", None, 4, 0, {}, chunks)
    _nothing_of(store, collection.id)
    monkeypatch.undo()

    real_index = store._index

    def deleted_meanwhile(document, chunks, vectors):
        real_index(document, chunks, vectors)
        store.catalog.delete_collection(collection.id)  # another replica deletes the collection

    monkeypatch.setattr(store, "_index", deleted_meanwhile)
    with pytest.raises(NotFoundError):
        store.add_document(collection.id, "doc", None, 4, 0, {}, chunks)
    assert store.chunk_count(collection.id) == 0
    monkeypatch.undo()

    other = store.create_collection("d", None, "private", 1)
    document_id = store.add_document(other.id, "doc", None, 4, 0, {"k": "v"}, chunks)  # the store still works
    assert store.get_collection(other.id).documents == 1 and store.chunk_count(other.id) == 4
    assert (
        store.search([other.id], method="lexical", query="texte", filters={"k": "v"}, k=2)[0].chunk.metadata[
            "document_id"
        ]
        == document_id
    )


def test_chunks_a_killed_writer_left_are_never_found_and_swept(split, monkeypatch) -> None:
    store = split
    collection = store.create_collection("c", None, "private", 1)

    def killed(*args, **kwargs):
        raise ConnectionError("killed")

    monkeypatch.setattr(store.catalog, "add_document", killed)
    monkeypatch.setattr(store, "_unindex", killed)
    with pytest.raises(ConnectionError):
        store.add_document(collection.id, "half", None, 1, 0, {}, [ChunkInput("orpheline", [1], None, {}, _unit(3))])
    monkeypatch.undo()
    assert store.chunk_count(collection.id) == 1  # left behind, but no reader sees it
    assert store.search([collection.id], method="lexical", query="orpheline") == []
    assert store.search([collection.id], method="semantic", query="", query_vector=_unit(3)) == []
    assert store.sweep() == 1 and store.chunk_count(collection.id) == 0


def test_milvus_records_are_adopted_by_the_catalog(tmp_path: Path, milvus_uri: str, milvus_prefix: str, postgres_url):
    """A fleet whose Milvus held the records (53-bit ids) starts on a catalog in PostgreSQL: same ids, same chunks."""
    from pymilvus import DataType

    from communs.search.milvus import MilvusSearchStore

    big = 1_000_000_000_000  # as the time-based ids Milvus records had
    before = Catalog.private(tmp_path / "before.sqlite")
    before.adopt([(Collection(big, "Fiches", "d", "public", None, 0, 1_700_000_000, 1_700_000_001), 16)], [])
    old = MilvusSearchStore(milvus_uri, catalog=before, prefix=milvus_prefix)
    document_id = old.add_document(
        big, "F1.txt", "text/plain", 1, 0, {"fiche": "F1"}, [ChunkInput("allocation logement", [1], None, {}, _unit(1))]
    )
    document = old.get_document(document_id)
    assert document is not None
    client = old.client
    for name, owner, visibility, record in (
        ("collections", None, "public", {"name": "Fiches", "description": "d", "owner_id": None, "dimensions": 16}),
        ("documents", big, "", {**document.to_dict(), "dimensions": 16}),
    ):
        schema = client.create_schema(auto_id=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("owner", DataType.INT64)
        schema.add_field("visibility", DataType.VARCHAR, max_length=16)
        schema.add_field("record", DataType.JSON)
        schema.add_field("placeholder", DataType.FLOAT_VECTOR, dim=2)
        index = client.prepare_index_params()
        index.add_index("placeholder", index_type="AUTOINDEX", metric_type="COSINE")
        collection_name = f"{milvus_prefix}_{name}"
        client.create_collection(collection_name, schema=schema, index_params=index, consistency_level="Strong")
        row_id = big if name == "collections" else document_id
        record = {**record, "created_at": 1_700_000_000, "updated_at": 1_700_000_001}
        client.insert(
            collection_name,
            [
                {
                    "id": row_id,
                    "owner": owner or -1,
                    "visibility": visibility,
                    "record": record,
                    "placeholder": [1.0, 0.0],
                }
            ],
        )
    old.close()

    store = MilvusSearchStore(milvus_uri, catalog=Catalog.open(postgres_url), prefix=milvus_prefix)
    try:
        [collection] = store.list_collections(None)
        assert (collection.id, collection.name, collection.documents, collection.created_at) == (
            big,
            "Fiches",
            1,
            1_700_000_000,
        )
        assert store.get_document(document_id).metadata == {"fiche": "F1"}
        [hit] = store.search([big], method="hybrid", query="allocations", query_vector=_unit(1), k=3)
        assert hit.chunk.metadata["document_id"] == document_id and hit.chunk.metadata["fiche"] == "F1"
        assert not store.client.has_collection(f"{milvus_prefix}_collections")
        assert store.create_collection("neuve", None, "private", 1).id > big  # the sequence moved past them
    finally:
        store.close()
