"""communs.search: French analysis, the SQLite store, retrieval quality on real fiches, access rules.

Real SQLite files under tmp_path and the real embedded e5 model; the fiches come from
tests/data/service_public_fiches. One module-wide corpus is embedded once (28 chunks).
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pytest

from communs.accounts.store import Principal
from communs.errors import InvalidRequestError, NotFoundError, PermissionDeniedError
from communs.search import ChunkInput, SearchService, SearchStore, SqliteSearchStore
from communs.search.analysis import analyze, query_terms
from communs.search.lexical import plan

T = TypeVar("T")
FICHES = ["F1341", "F13213", "F1604", "F1420", "F1427", "F16271", "F903"]
CHUNKS_PER_FICHE = 4  # the first chunks of each fiche: enough to tell them apart, quick to embed
ALICE = Principal(user_id=1, user_name="alice", role="user", key_id=1)
BOB = Principal(user_id=2, user_name="bob", role="user", key_id=2)
ADMIN = Principal(user_id=3, user_name="root", role="admin", key_id=3)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


@dataclass
class TextChunk:
    """What communs.documents' chunker gives: content, pages, section."""

    content: str
    pages: list[int]
    section: str | None


def chunk_fiche(text: str, size: int = 700) -> tuple[str, list[TextChunk]]:
    """A fiche's title and its body in ~``size``-character chunks; one-line paragraphs are headings."""
    lines = text.splitlines()
    title, body = lines[0], "\n".join(lines[3:])
    chunks: list[TextChunk] = []
    section: str | None = None
    current = ""
    for paragraph in (p.strip() for p in body.split("\n\n")):
        if not paragraph:
            continue
        if "\n" not in paragraph and len(paragraph) < 80 and not paragraph.endswith("."):
            if current:
                chunks.append(TextChunk(current, [1 + len(chunks) // 4], section))
                current = ""
            section = paragraph
            continue
        if current and len(current) + len(paragraph) > size:
            chunks.append(TextChunk(current, [1 + len(chunks) // 4], section))
            current = ""
        current = f"{current}\n\n{paragraph}" if current else paragraph
    if current:
        chunks.append(TextChunk(current, [1 + len(chunks) // 4], section))
    return title, chunks


@pytest.fixture(scope="module")
def embedder():
    from communs.models.e5 import E5Provider

    provider = E5Provider(threads=2)

    cache: dict[tuple[str, str], list[float]] = {}

    async def embed(texts: list[str], kind):
        """The real model; repeated queries are embedded once (the machine is slow and shared)."""
        missing = [text for text in dict.fromkeys(texts) if (text, kind) not in cache]
        if missing:
            for text, vector in zip(missing, (await provider.embed(missing, kind)).vectors):
                cache[(text, kind)] = vector
        return [cache[(text, kind)] for text in texts]

    return embed


@pytest.fixture(scope="module", params=["sqlite", "milvus"])
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, data_dir: Path, embedder):
    """A service on one store (the embedded one, then Milvus: the same tests hold on both backends), an admin's
    public collection of fiches, and each fiche's document id."""
    store: SearchStore
    if request.param == "milvus":
        from communs.search.milvus import MilvusSearchStore

        uri = request.getfixturevalue("milvus_uri")
        from communs.search.catalog import Catalog

        catalog = Catalog.private(tmp_path_factory.mktemp("catalog") / "catalog.sqlite")
        store = MilvusSearchStore(uri, catalog=catalog, prefix="corpus" + uuid.uuid4().hex[:8])
    else:
        store = SqliteSearchStore(tmp_path_factory.mktemp("search") / "search.sqlite")
    service = SearchService(store, embedder)
    collection = run(service.create_collection(ADMIN, "Fiches service-public.fr", "Vos droits", "public"))
    documents: dict[str, int] = {}
    for fiche in FICHES:
        text = (data_dir / "service_public_fiches" / "txt" / f"{fiche}.txt").read_text(encoding="utf-8")
        title, chunks = chunk_fiche(text)
        chunks = chunks[:CHUNKS_PER_FICHE]
        document = run(
            service.ingest_chunks(
                ADMIN,
                collection.id,
                f"{fiche}.txt",
                "text/plain",
                chunks[-1].pages[0],
                0,
                {"fiche": fiche, "title": title},
                chunks,
            )
        )
        assert document.chunk_count == len(chunks)
        documents[fiche] = document.id
    yield service, collection.id, documents
    store.close()


def fiche_of(result) -> str:
    return result.chunk.metadata["fiche"]


# -- analysis --------------------------------------------------------------------------------------
def test_analysis_elisions_accents_stop_words_and_stems() -> None:
    assert analyze("L'allocation") == analyze("allocations") == analyze("ALLOCATION") == ["alloc"]
    assert analyze("d’identité") == analyze("identite") == analyze("Identités")
    assert analyze("jusqu'à lorsqu’il puisqu'elle qu'on") == []  # elisions, then stop words
    assert analyze("la carte et le passeport") == analyze("cartes passeports")
    assert analyze("Sœur") == analyze("soeur")
    assert "aujourdhui" in analyze("aujourd'hui")
    assert analyze("pré-demande") == analyze("pre demande")


def test_analysis_keeps_numbers_and_article_references() -> None:
    terms = analyze("Article L.123-4 du code, 5 ans, 1,5 %, le 2019-08-28, bulletin n°3")
    for term in ("l.123-4", "5", "1,5", "2019-08-28", "3"):
        assert term in terms
    assert query_terms("carte carte CARTES") == ["cart"]


def test_lexical_plan_drops_uninformative_terms() -> None:
    df = {"rare": 10, "mid": 3_000, "common": 30_000, "everywhere": 60_000}
    assert plan(["everywhere", "rare", "absent"], df, 100_000, 100_000) == ["rare"]  # no IDF, no match
    assert plan(["everywhere"], df, 100_000, 100_000) == ["everywhere"]  # the only term stays
    assert plan(["common", "mid", "rare"], df, 100_000, 100_000, budget=20_000) == ["rare", "mid"]
    assert plan(["common", "mid", "rare"], df, 100_000, 10_000, budget=20_000) == ["rare", "mid", "common"]


# -- retrieval on real fiches ------------------------------------------------------------------
def test_lexical_finds_the_fiche(corpus) -> None:
    service, collection_id, _ = corpus
    results = run(service.search(BOB, "allocations familiales deux enfants", [collection_id], k=5, method="lexical"))
    assert fiche_of(results[0]) == "F13213"
    assert results[0].score == 1.0 and all(0 < r.score <= 1 for r in results)
    results = run(service.search(BOB, "extrait de casier judiciaire bulletin n°3", [collection_id], method="lexical"))
    assert fiche_of(results[0]) == "F1420"


def test_semantic_finds_a_paraphrase(corpus) -> None:
    service, collection_id, _ = corpus
    prompt = "Je serai absent le jour de l'élection, comment faire voter quelqu'un à ma place ?"
    results = run(service.search(BOB, prompt, [collection_id], k=3, method="semantic"))
    assert fiche_of(results[0]) == "F1604"
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True) and 0.7 < scores[0] <= 1.0


def test_hybrid_search_and_result_shape(corpus) -> None:
    service, collection_id, documents = corpus
    results = run(
        service.search(
            ALICE, "quels papiers pour obtenir ma première carte nationale d'identité ?", [collection_id], k=4
        )
    )
    assert len(results) == 4 and fiche_of(results[0]) == "F1341"
    first = results[0].to_dict()
    assert first["method"] == "hybrid" and 0 < first["score"] <= 1
    metadata = first["chunk"]["metadata"]
    assert metadata["document_id"] == documents["F1341"] and metadata["document_name"] == "F1341.txt"
    assert metadata["page"] == metadata["pages"][0] and metadata["collection_id"] == collection_id
    assert isinstance(first["chunk"]["id"], int) and first["chunk"]["content"]
    json.dumps([r.to_dict() for r in results])


def test_k_threshold_and_filters(corpus) -> None:
    service, collection_id, documents = corpus
    prompt = "acte de naissance copie intégrale"
    assert len(run(service.search(BOB, prompt, [collection_id], k=3))) == 3
    assert len(run(service.search(BOB, prompt, [collection_id], k=1, method="semantic"))) == 1
    with pytest.raises(InvalidRequestError):
        run(service.search(BOB, prompt, [collection_id], k=0))
    every = run(service.search(BOB, prompt, [collection_id], k=20, method="semantic"))
    cut = every[len(every) // 2].score
    kept = run(service.search(BOB, prompt, [collection_id], k=20, method="semantic", score_threshold=cut))
    assert 0 < len(kept) < len(every) and all(r.score >= cut for r in kept)
    best_only = run(service.search(BOB, prompt, [collection_id], k=20, method="lexical", score_threshold=1.0))
    assert len(best_only) >= 1 and {fiche_of(r) for r in best_only} == {"F1427"}
    hybrid = run(service.search(BOB, prompt, [collection_id], k=20, score_threshold=0.5))
    assert hybrid and all(r.score >= 0.5 for r in hybrid)

    for filters in ({"document_name": "F1604.txt"}, {"fiche": "F1604"}, {"document_id": documents["F1604"]}):
        results = run(service.search(BOB, prompt, [collection_id], k=5, filters=filters))
        assert results and {fiche_of(r) for r in results} == {"F1604"}, filters
    assert run(service.search(BOB, prompt, [collection_id], method="lexical", filters={"fiche": "nope"})) == []
    with pytest.raises(InvalidRequestError):
        run(service.search(BOB, prompt, [collection_id], filters={"fiche": ["F1604"]}))


def test_chunk_metadata_filter_and_multi_collection_search(corpus) -> None:
    service, public_id, _ = corpus
    own = run(service.create_collection(ALICE, "notes"))
    chunks = [
        {
            "content": "Le guichet unique de la mairie de Trifouillis ouvre le mardi.",
            "pages": [1],
            "section": "Horaires",
            "metadata": {"service": "mairie"},
        },
        {
            "content": "La médiathèque de Trifouillis prête des livres.",
            "pages": [2],
            "section": None,
            "metadata": {"service": "culture", "ouvert": True},
        },
    ]
    run(service.ingest_chunks(ALICE, own.id, "notes.md", "text/markdown", 2, 0, None, chunks))
    results = run(service.search(ALICE, "Trifouillis carte d'identité", [public_id, own.id], k=10))
    assert {r.chunk.metadata["collection_id"] for r in results} == {public_id, own.id}
    for filters, expected in (
        ({"service": "culture"}, 2),
        ({"ouvert": True}, 2),
        ({"section": "Horaires"}, 1),
        ({"page": 1}, 1),
    ):
        results = run(service.search(ALICE, "Trifouillis", [public_id, own.id], method="lexical", filters=filters))
        assert [r.chunk.metadata["index"] for r in results] == [expected - 1], filters


# -- access rules ------------------------------------------------------------------------------
def test_private_collections_are_invisible_to_other_users(corpus) -> None:
    service, public_id, _ = corpus
    private = run(service.create_collection(ALICE, "dossiers", "à moi"))
    assert private.visibility == "private" and private.owner_id == ALICE.user_id
    document = run(
        service.ingest_chunks(
            ALICE,
            private.id,
            "secret.txt",
            "text/plain",
            1,
            0,
            {},
            [TextChunk("Le code du coffre est 4321.", [1], None)],
        )
    )
    assert run(service.search(ALICE, "code du coffre", [private.id], method="lexical"))

    assert private.id not in [c.id for c in run(service.list_collections(BOB))]
    assert {private.id, public_id} <= {c.id for c in run(service.list_collections(ALICE))}
    assert public_id in [c.id for c in run(service.list_collections(BOB))]
    for attempt in (
        service.search(BOB, "code du coffre", [private.id]),
        service.search(BOB, "code du coffre", [public_id, private.id], method="lexical"),
        service.get_collection(BOB, private.id),
        service.list_documents(BOB, private.id),
        service.get_document(BOB, document.id),
        service.get_chunks(BOB, document.id),
        service.delete_document(BOB, document.id),
        service.delete_collection(BOB, private.id),
        service.ingest_chunks(BOB, private.id, "x.txt", None, 1, 0, {}, [TextChunk("x", [1], None)]),
        service.get_collection(BOB, 999_999),
    ):
        with pytest.raises(NotFoundError):
            run(attempt)
    # admins do not read users' private collections either
    with pytest.raises(NotFoundError):
        run(service.get_chunks(ADMIN, document.id))
    assert run(service.get_chunks(ALICE, document.id))[0].content == "Le code du coffre est 4321."


def test_only_admins_write_public_collections(corpus) -> None:
    service, public_id, documents = corpus
    assert run(service.search(ALICE, "vote par procuration", [public_id], method="lexical"))
    with pytest.raises(PermissionDeniedError):
        run(service.create_collection(ALICE, "pour tous", visibility="public"))
    own = run(service.create_collection(ALICE, "à publier"))
    with pytest.raises(PermissionDeniedError):
        run(service.update_collection(ALICE, own.id, visibility="public"))
    for attempt in (  # as the Albert API: not found among the collections Alice may write to (404, not 403)
        service.ingest_chunks(ALICE, public_id, "x.txt", None, 1, 0, {}, [TextChunk("x", [1], None)]),
        service.delete_document(ALICE, documents["F903"]),
        service.update_collection(ALICE, public_id, name="mine"),
        service.delete_collection(ALICE, public_id),
    ):
        with pytest.raises(NotFoundError):
            run(attempt)
    assert run(service.get_collection(ALICE, public_id)).visibility == "public"  # still readable
    assert run(service.get_document(ALICE, documents["F903"])).name == "F903.txt"
    with pytest.raises(InvalidRequestError):
        run(service.create_collection(ALICE, "  "))
    with pytest.raises(InvalidRequestError):
        run(service.ingest_chunks(ALICE, own.id, "empty.pdf", None, 1, 0, {}, [TextChunk("  ", [1], None)]))


# -- the store: atomicity, cascades, persistence -----------------------------------------------
def _counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[return-value]
            for table in ("documents", "chunks", "chunks_fts")
        )


def _unit(seed: int, dims: int = 384) -> list[float]:
    vector = np.random.default_rng(seed).normal(size=dims)
    return (vector / np.linalg.norm(vector)).tolist()


@pytest.mark.parametrize("bad", ["dimension", "metadata"])
def test_add_document_is_atomic(tmp_path: Path, bad: str) -> None:
    store = SqliteSearchStore(tmp_path / "s.sqlite")
    collection = store.create_collection("c", None, "private", 1)
    good = [ChunkInput(f"texte numéro {i}", [i], None, {}, _unit(i)) for i in range(5)]
    broken = (
        ChunkInput("cassé", [3], None, {"x": object()}, _unit(9))
        if bad == "metadata"
        else ChunkInput("cassé", [3], None, {}, _unit(9, dims=100))
    )
    with pytest.raises(InvalidRequestError):
        store.add_document(collection.id, "doc", None, 5, 0, {}, [*good[:3], broken, *good[3:]])
    assert _counts(tmp_path / "s.sqlite") == (0, 0, 0)
    assert store.search([collection.id], method="hybrid", query="texte", query_vector=_unit(1)) == []
    store.add_document(collection.id, "doc", None, 5, 0, {}, good)  # the store still works
    assert _counts(tmp_path / "s.sqlite") == (1, 5, 5)
    store.close()


CRASH = """
import os, sys
import communs.search.store as store_module
from communs.search import ChunkInput, SqliteSearchStore
real_dumps = store_module.dumps
def crash_on_second(value, what):
    if what == "chunk 1 metadata":
        os._exit(3)  # the process dies in the middle of the index's transaction, after the first chunk's rows
    return real_dumps(value, what)
store_module.dumps = crash_on_second
store = SqliteSearchStore(sys.argv[1])
c = store.create_collection("c", None, "private", 1)
store.add_document(c.id, "doc", None, 1, 0, {}, [ChunkInput("un", [1], None, {}, [1.0, 0.0]),
                                                 ChunkInput("deux", [1], None, {}, [0.0, 1.0])])
"""


def test_a_crash_mid_document_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    process = subprocess.run([sys.executable, "-c", CRASH, str(path)], capture_output=True, timeout=60)
    assert process.returncode == 3, process.stderr.decode()
    store = SqliteSearchStore(path)
    assert len(store.list_collections(1)) == 1 and _counts(path) == (0, 0, 0)
    store.close()


def test_deletes_cascade_and_reopen_persists(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    store = SqliteSearchStore(path)
    first = store.create_collection("a", None, "private", 1)
    second = store.create_collection("b", "desc", "public", None)
    doc1 = store.add_document(
        first.id, "un", None, 1, 0, {}, [ChunkInput(f"allocation {i}", [1], None, {}, _unit(i)) for i in range(3)]
    )
    doc2 = store.add_document(
        first.id, "deux", None, 1, 0, {}, [ChunkInput("logement social", [1], None, {}, _unit(7))]
    )
    store.add_document(
        second.id, "trois", "text/plain", 2, 1, {"k": "v"}, [ChunkInput("carte grise", [2], "Titre", {}, _unit(8))]
    )
    hit = store.search([first.id], method="semantic", query="", query_vector=_unit(0), k=1)
    assert hit[0].chunk.metadata["document_id"] == doc1 and hit[0].score == pytest.approx(1.0, abs=1e-5)
    doc3 = store.add_document(first.id, "quatre", None, 1, 0, {}, [ChunkInput("ajout", [1], None, {}, _unit(11))])
    [added] = store.search([first.id], method="semantic", query="", query_vector=_unit(11), k=1)
    assert added.chunk.content == "ajout"
    assert store.delete_document(doc3)
    assert store.delete_document(doc1) and not store.delete_document(doc1)
    assert _counts(path) == (2, 2, 2)
    # the cached vectors were dropped with the document
    assert all(
        r.chunk.metadata["document_id"] == doc2
        for r in store.search([first.id], method="semantic", query="", query_vector=_unit(0))
    )
    assert store.search([first.id], method="lexical", query="allocation") == []
    assert store.delete_collection(first.id)
    assert _counts(path) == (1, 1, 1) and store.get_document(doc2) is None
    store.close()

    store = SqliteSearchStore(path)
    assert [c.name for c in store.list_collections(1)] == ["b"]
    reopened = store.get_collection(second.id)
    assert reopened is not None
    assert (reopened.description, reopened.visibility, reopened.documents) == ("desc", "public", 1)
    [document] = store.list_documents(second.id)
    assert (document.name, document.page_count, document.ocr_pages, document.metadata) == ("trois", 2, 1, {"k": "v"})
    [result] = store.search([second.id], method="hybrid", query="cartes grises", query_vector=_unit(8), k=3)
    assert result.chunk.content == "carte grise" and result.chunk.metadata["section"] == "Titre"
    assert store.get_chunks(document.id)[0].metadata["page"] == 2
    store.close()


def test_two_processes_on_one_file_never_search_stale_vectors(tmp_path: Path) -> None:
    """Two API replicas share a data home: what one writes, the other's next search finds (and no longer finds
    once deleted), although each caches its vectors. Two stores on one file stand for the two processes."""
    path = tmp_path / "s.sqlite"
    a, b = SqliteSearchStore(path), SqliteSearchStore(path)
    collection = a.create_collection("c", None, "private", 1)
    first = a.add_document(collection.id, "un", None, 1, 0, {}, [ChunkInput("un", [1], None, {}, _unit(1))])
    [hit] = b.search([collection.id], method="semantic", query="", query_vector=_unit(1), k=1)  # B caches it
    assert hit.chunk.content == "un"
    second = a.add_document(collection.id, "deux", None, 1, 0, {}, [ChunkInput("deux", [1], None, {}, _unit(2))])
    [hit] = b.search([collection.id], method="semantic", query="", query_vector=_unit(2), k=1)
    assert hit.chunk.metadata["document_id"] == second and hit.score == pytest.approx(1.0, abs=1e-5)
    assert [r.chunk.content for r in b.search([collection.id], method="lexical", query="deux")] == ["deux"]
    # B writes too: its own cache is patched, A's reloaded; neither holds a row twice
    b.add_document(collection.id, "trois", None, 1, 0, {}, [ChunkInput("trois", [1], None, {}, _unit(3))])
    for store in (a, b):
        found = store.search([collection.id], method="semantic", query="", query_vector=_unit(3), k=10)
        assert sorted(r.chunk.content for r in found) == ["deux", "trois", "un"]
    assert a.delete_document(first)
    assert "un" not in [
        r.chunk.content for r in b.search([collection.id], method="hybrid", query="un", query_vector=_unit(1))
    ]
    assert a.delete_collection(collection.id)
    assert b.search([collection.id], method="semantic", query="", query_vector=_unit(2)) == []
    a.close()
    b.close()


def test_search_scales_to_10k_chunks(tmp_path: Path) -> None:
    """A quick scale check (the 100k measurement is `bench/search.py --only latency`)."""
    import time

    store = SqliteSearchStore(tmp_path / "s.sqlite")
    collection = store.create_collection("big", None, "private", None)
    rng = np.random.default_rng(0)
    words = (
        "demande allocation carte identite famille enfant logement impot revenu travail salarie mairie "
        "justificatif domicile retraite pension handicap aide droit delai formulaire dossier"
    ).split()
    vectors = rng.normal(size=(10_000, 384)).astype(np.float32)
    for start in range(0, 10_000, 500):
        picks = rng.integers(0, len(words), size=(500, 30))
        store.add_document(
            collection.id,
            f"d{start}",
            None,
            1,
            0,
            {},
            [
                ChunkInput(" ".join(words[i] for i in row) + f" ref{start + n}", [1], None, {}, vectors[start + n])
                for n, row in enumerate(picks)
            ],
        )
    store.search([collection.id], method="semantic", query="", query_vector=vectors[0])  # loads the matrix
    started = time.perf_counter()
    for n in range(20):
        results = store.search(
            [collection.id],
            method="hybrid",
            query=f"allocation logement ref{n * 100}",
            query_vector=vectors[n * 100],
            k=10,
        )
        assert results[0].chunk.content.endswith(f"ref{n * 100}")
    assert (time.perf_counter() - started) / 20 < 0.5  # generous: CI machines are shared
    store.close()
