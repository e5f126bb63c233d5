"""The Milvus search store against a real Milvus Lite server (the ``milvus_uri`` fixture), its records in a catalog:
writes all or nothing across the two, no per-process state between replicas (on one PostgreSQL), cascades, the
records Milvus held before the catalog adopted, the copy from the embedded store, the settings.

The retrieval tests of tests/test_search.py run on this backend too (its ``corpus`` fixture has both).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from communs.config import load_settings
from communs.errors import InvalidRequestError, NotFoundError
from communs.search import ChunkInput, SqliteSearchStore
from communs.search.catalog import Catalog
from communs.search.ingest import open_store
from communs.search.migrate import migrate
from communs.search.milvus import MilvusSearchStore
from communs.search.milvus_support import encode_term, filter_expression


def _unit(seed: int, dims: int = 16) -> list[float]:
    vector = np.random.default_rng(seed).normal(size=dims)
    return (vector / np.linalg.norm(vector)).tolist()


@pytest.fixture
def store(milvus_uri: str, milvus_prefix: str, tmp_path: Path):
    store = MilvusSearchStore(milvus_uri, catalog=Catalog.private(tmp_path / "catalog.sqlite"), prefix=milvus_prefix)
    yield store
    store.close()


def test_terms_survive_the_engine_tokenizer_and_filters_are_escaped() -> None:
    assert encode_term("alloc") == "alloc" and encode_term("l.123-4") == "l_d123_h4"
    assert encode_term("a_b") == "a_ub" != encode_term("a.b")
    assert filter_expression({"fiche": 'F"1', "page": 2, "ok": True, "x": None}) == (
        '(meta["fiche"] == "F\\"1") and (info["page"] == 2) and (meta["ok"] == true or meta["ok"] == 1) '
        'and (meta["x"] is null)'
    )
    with pytest.raises(InvalidRequestError):
        filter_expression({'a"] or 1==1 or meta["b': 1})


def test_a_failure_mid_document_leaves_nothing(store: MilvusSearchStore, milvus_prefix: str, monkeypatch) -> None:
    collection = store.create_collection("c", None, "private", 1)
    chunks = [ChunkInput(f"allocation logement numéro {i}", [i], None, {}, _unit(i)) for i in range(7)]
    monkeypatch.setattr("communs.search.milvus.INSERT_BATCH", 3)  # three inserts of chunks, then the row
    real_insert, real_row = store.client.insert, store.catalog.add_document
    calls: list[str] = []
    fail_at = [0]

    def failing_insert(name, rows, **kwargs):
        calls.append(name)
        if len(calls) == fail_at[0]:
            raise ConnectionError("the engine went away")
        return real_insert(name, rows, **kwargs)

    def failing_row(document):
        calls.append("row")
        if len(calls) == fail_at[0]:
            raise ConnectionError("the database went away")
        return real_row(document)

    monkeypatch.setattr(store.client, "insert", failing_insert)
    monkeypatch.setattr(store.catalog, "add_document", failing_row)
    for fail_at[0] in (2, 4):  # the second batch of chunks; the document's row, after all its chunks
        calls.clear()
        with pytest.raises(ConnectionError):
            store.add_document(collection.id, "doc", None, 7, 0, {}, chunks)
        assert calls[-1] == ("row" if fail_at[0] == 4 else f"{milvus_prefix}_chunks_16")
        assert store.list_documents(collection.id) == [] and store.chunk_count(collection.id) == 0
        assert store.search([collection.id], method="hybrid", query="allocation", query_vector=_unit(1)) == []
        assert store.get_collection(collection.id).documents == 0
    fail_at[0] = 0
    document_id = store.add_document(collection.id, "doc", None, 7, 0, {}, chunks)  # the store still works
    assert store.chunk_count(collection.id) == 7 and store.get_collection(collection.id).documents == 1
    assert [c.metadata["index"] for c in store.get_chunks(document_id, limit=3, offset=2)] == [2, 3, 4]
    with pytest.raises(InvalidRequestError):  # another embedding size: refused before anything is written
        store.add_document(collection.id, "bad", None, 1, 0, {}, [ChunkInput("x", [1], None, {}, _unit(1, 8))])
    with pytest.raises(NotFoundError):
        store.add_document(10**15, "nowhere", None, 1, 0, {}, chunks)


def test_chunks_a_killed_writer_left_are_swept_and_never_found(store: MilvusSearchStore, monkeypatch) -> None:
    collection = store.create_collection("c", None, "private", 1)
    real_delete = store.client.delete

    def killed(*args, **kwargs):
        raise ConnectionError("killed")

    monkeypatch.setattr(store.catalog, "add_document", killed)  # the chunks are in, the row never comes
    monkeypatch.setattr(store.client, "delete", killed)  # nor their removal
    with pytest.raises(ConnectionError):
        store.add_document(collection.id, "half", None, 1, 0, {}, [ChunkInput("orpheline", [1], None, {}, _unit(3))])
    monkeypatch.undo()
    assert store.client.delete == real_delete
    assert store.chunk_count(collection.id) == 1  # left behind, but no reader sees it
    assert store.search([collection.id], method="lexical", query="orpheline") == []
    assert store.sweep() == 1 and store.chunk_count(collection.id) == 0


def test_replicas_see_each_other_writes_at_once(milvus_uri: str, milvus_prefix: str, postgres_url: str) -> None:
    """Two replicas of a fleet: one PostgreSQL for the records, one Milvus for the chunks."""
    one = MilvusSearchStore(milvus_uri, catalog=Catalog.open(postgres_url), prefix=milvus_prefix)
    two = MilvusSearchStore(milvus_uri, catalog=Catalog.open(postgres_url), prefix=milvus_prefix)
    try:
        collection = one.create_collection("partagée", "d", "public", None)
        assert [c.name for c in two.list_collections(5)] == ["partagée"]
        first = one.add_document(
            collection.id, "a", None, 1, 0, {"k": "v"}, [ChunkInput("carte grise", [1], "T", {}, _unit(1))]
        )
        [hit] = two.search([collection.id], method="semantic", query="", query_vector=_unit(1), k=3)
        assert hit.chunk.metadata["document_id"] == first and hit.score == pytest.approx(1.0, abs=1e-4)
        second = two.add_document(
            collection.id, "b", None, 1, 0, {}, [ChunkInput("cartes grises neuves", [2], None, {}, _unit(2))]
        )
        found = one.search([collection.id], method="lexical", query="carte grise", k=5)
        assert {r.chunk.metadata["document_id"] for r in found} == {first, second}
        assert two.delete_document(first) and not one.delete_document(first)
        assert [
            r.chunk.metadata["document_id"]
            for r in one.search([collection.id], method="semantic", query="", query_vector=_unit(1))
        ] == [second]
        assert one.update_collection(collection.id, name="renommée").name == "renommée"
        assert two.get_collection(collection.id).name == "renommée"
        assert one.get_collection(collection.id).documents == 1 and two.get_document(second).name == "b"
        mine = two.create_collection("privée", None, "private", 5)
        assert [c.id for c in one.list_collections(5)] == [collection.id, mine.id]
        assert [c.id for c in one.list_collections(6)] == [collection.id]  # another user: the public one only
        assert two.delete_collection(collection.id)
        assert one.get_collection(collection.id) is None and one.get_document(second) is None
        assert one.chunk_count(collection.id) == 0 and one.sweep() == 0
    finally:
        one.close()
        two.close()


def test_migrate_copies_the_embedded_store_with_its_ids(tmp_path: Path, milvus_uri: str, milvus_prefix: str) -> None:
    """The records stay in the catalog (the home's database, as the command line finds it); the chunks are copied."""
    catalog = Catalog.open(f"sqlite:///{tmp_path / 'communs.db'}")
    source = SqliteSearchStore(tmp_path / "search.sqlite", catalog=catalog)
    mine = source.create_collection("mine", None, "private", 1)
    shared = source.create_collection("shared", "pour tous", "public", None)
    for n in range(3):
        source.add_document(
            mine.id,
            f"d{n}.txt",
            "text/plain",
            1,
            0,
            {"n": n},
            [
                ChunkInput(f"allocation familiale {n} enfants", [1], "Montant", {"part": i}, _unit(10 * n + i))
                for i in range(4)
            ],
        )
    source.add_document(
        shared.id, "carte.pdf", None, 2, 1, {}, [ChunkInput("carte nationale d'identité", [2], None, {}, _unit(99))]
    )
    expected = source.search([mine.id, shared.id], method="lexical", query="allocations familiales", k=5)

    target = MilvusSearchStore(milvus_uri, catalog=catalog, prefix=milvus_prefix)
    seen: list[tuple[int, int]] = []
    report = migrate(source, target, progress=lambda done, total, name: seen.append((done, total)))
    assert report.ok and (report.collections, report.documents, report.chunks) == (2, 4, 13)
    assert seen[-1] == (4, 4)
    assert [c.id for c in target.list_collections(1)] == [mine.id, shared.id]
    copied = target.search([mine.id, shared.id], method="lexical", query="allocations familiales", k=5)
    assert [(r.chunk.content, r.chunk.metadata["document_id"]) for r in copied] == [
        (r.chunk.content, r.chunk.metadata["document_id"]) for r in expected
    ]
    assert copied[0].chunk.metadata["section"] == "Montant" and "part" in copied[0].chunk.metadata
    again = migrate(source, target)  # resumable: nothing copied twice
    assert again.ok and (again.documents, again.skipped) == (0, 4)
    [half] = source.list_documents(shared.id)
    target.index_chunks(half, source.chunk_inputs(half.id)[:0])  # as if interrupted: its chunks are gone
    resumed = migrate(source, target)
    assert resumed.ok and (resumed.documents, resumed.chunks, resumed.skipped) == (1, 1, 3)
    target.close()
    source.close()

    env = {
        **os.environ,
        "COMMUNS_HOME": str(tmp_path),
        "COMMUNS_SEARCH_URI": milvus_uri,
        "COMMUNS_SEARCH_PREFIX": milvus_prefix + "cli",
    }
    env.pop("COMMUNS_DATABASE_URL", None)
    cli = subprocess.run(
        [sys.executable, "-m", "communs.cli", "search", "migrate", "--to", "milvus"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert cli.returncode == 0, cli.stderr
    assert "4 document(s) copié(s) (13 extraits)" in cli.stdout and "identiques" in cli.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "communs.cli", "search", "migrate", "--to", "elastic"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert bad.returncode == 1 and bad.stderr.startswith("erreur : usage")


def test_settings_choose_the_backend(tmp_path: Path, milvus_uri: str, milvus_prefix: str) -> None:
    config = tmp_path / "communs.yaml"
    config.write_text(f"search:\n  backend: milvus\n  uri: {milvus_uri}\n  prefix: {milvus_prefix}\n")
    os.environ["COMMUNS_CONFIG"] = str(config)
    try:
        settings = load_settings(home=tmp_path / "home")
    finally:
        del os.environ["COMMUNS_CONFIG"]
    assert (settings.search_backend, settings.search_uri) == ("milvus", milvus_uri)
    store = open_store(settings)
    assert isinstance(store, MilvusSearchStore) and store.prefix == milvus_prefix
    store.close()
    assert load_settings(home=tmp_path / "home").search_backend == "sqlite"
    assert load_settings(home=tmp_path / "home", search_uri=milvus_uri).search_backend == "milvus"
    with pytest.raises(Exception, match="search_uri"):
        load_settings(home=tmp_path / "home", search_backend="milvus")
