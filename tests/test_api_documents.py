"""Collections, documents, search and cited RAG over the Albert-compatible API (live server, real files)."""

from __future__ import annotations

import struct
import zlib

import pytest

from tests.test_api_auth_usage import cli

FICHE_ID_CARD = "F1341.txt"  # service-public.fr: "Carte d'identité d'un majeur : première demande"


@pytest.fixture(scope="module")
def user_keys(live_server):
    keys = {}
    for name in ("alice", "bob"):
        result = cli(live_server, "keys", "create", "--name", f"{name}-docs")
        assert result.returncode == 0, result.stderr
        keys[name] = result.stdout.strip().splitlines()[-1]
    return keys


@pytest.fixture(scope="module")
def fiches_collection(live_server, user_keys, data_dir):
    """Alice's private collection with eight service-public.fr fiches, the identity card one among them."""
    folder = data_dir / "service_public_fiches" / "txt"
    with live_server.http(user_keys["alice"]) as http:
        created = http.post("/v1/collections", json={"name": "fiches", "description": "service-public.fr"})
        assert created.status_code == 201, created.text
        collection = created.json()["id"]
        assert isinstance(collection, int)
        paths = sorted(set(sorted(folder.glob("*.txt"))[:8]) | {folder / FICHE_ID_CARD})  # 8 fiches
        for path in paths:
            response = http.post(
                "/v1/documents",
                data={"collection": str(collection)},
                files={"file": (path.name, path.read_bytes(), "text/plain")},
            )
            assert response.status_code == 201, response.text
    return collection


def documents(http, collection: int) -> list[dict]:
    response = http.get("/v1/documents", params={"collection": collection})
    assert response.status_code == 200
    return response.json()["data"]


def test_collections_are_listed_albert_style(live_server, user_keys, fiches_collection):
    with live_server.http(user_keys["alice"]) as http:
        body = http.get("/v1/collections").json()
        one = http.get(f"/v1/collections/{fiches_collection}").json()
    assert body["object"] == "list"
    mine = [c for c in body["data"] if c["id"] == fiches_collection]
    assert mine and mine[0]["object"] == "collection" and mine[0]["visibility"] == "private"
    assert one["name"] == "fiches" and one["documents"] == 8 and one["owner"] == "alice-docs"


def test_chunks_remember_document_and_page(live_server, user_keys, fiches_collection):
    with live_server.http(user_keys["alice"]) as http:
        doc = next(d for d in documents(http, fiches_collection) if d["name"] == FICHE_ID_CARD)
        assert doc["object"] == "document" and doc["chunks"] > 0
        chunks = http.get(f"/v1/chunks/{doc['id']}").json()["data"]
    assert len(chunks) == doc["chunks"]
    for chunk in chunks:
        assert chunk["object"] == "chunk" and chunk["document_id"] == doc["id"]
        assert chunk["metadata"]["document_name"] == FICHE_ID_CARD and chunk["metadata"]["page"] == 1
    assert "carte d'identité" in " ".join(c["content"] for c in chunks).lower()


@pytest.mark.parametrize("method", ["hybrid", "semantic", "lexical"])
def test_search_finds_the_right_fiche(live_server, user_keys, fiches_collection, method):
    with live_server.http(user_keys["alice"]) as http:
        response = http.post(
            "/v1/search",
            json={
                "prompt": "quels papiers apporter pour faire ma première carte d'identité",
                "collections": [fiches_collection],
                "k": 3,
                "method": method,
            },
        )
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert 1 <= len(data) <= 3
    assert data[0]["method"] == method and isinstance(data[0]["score"], float)
    top = data[0]["chunk"]
    assert top["metadata"]["document_name"] == FICHE_ID_CARD
    assert {"id", "content", "metadata"} <= set(top)


def test_search_score_threshold_and_errors(live_server, user_keys, fiches_collection):
    with live_server.http(user_keys["alice"]) as http:
        strict = http.post(
            "/v1/search",
            json={
                "prompt": "passeport",
                "collections": [fiches_collection],
                "method": "semantic",
                "score_threshold": 0.99,
            },
        )
        empty = http.post("/v1/search", json={"prompt": "", "collections": [fiches_collection]})
        unknown = http.post("/v1/search", json={"prompt": "x", "collections": [999999]})
    assert strict.status_code == 200 and strict.json()["data"] == []
    assert empty.status_code == 422  # a malformed body: 422, as Albert's
    assert unknown.status_code == 404


def test_chat_with_search_answers_with_citations(live_server, user_keys, fiches_collection):
    client = live_server.client(key=user_keys["alice"])
    response = client.chat.completions.create(
        model="qwen2.5-coder-0.5b",
        temperature=0,
        max_tokens=200,
        messages=[{"role": "user", "content": "Quels documents faut-il pour une première carte d'identité ?"}],
        extra_body={"search": True, "search_args": {"collections": [fiches_collection], "k": 4, "method": "hybrid"}},
    )
    extra = response.model_extra
    assert extra["search_results"] and len(extra["search_results"]) <= 4
    names = {r["chunk"]["metadata"]["document_name"] for r in extra["search_results"]}
    assert FICHE_ID_CARD in names
    answer = response.choices[0].message.content
    assert f"[{FICHE_ID_CARD}, p. 1]" in answer


def test_streamed_chat_with_search_cites_too(live_server, user_keys, fiches_collection):
    client = live_server.client(key=user_keys["alice"])
    stream = client.chat.completions.create(
        model="qwen2.5-coder-0.5b",
        temperature=0,
        max_tokens=120,
        stream=True,
        messages=[{"role": "user", "content": "Où faut-il déposer une demande de carte d'identité ?"}],
        extra_body={"search": True, "search_args": {"collections": [fiches_collection], "k": 3}},
    )
    chunks = list(stream)
    # as the Albert API: the chunks used come once, on the last event before [DONE]
    assert chunks[-1].model_extra.get("search_results")
    assert not any(c.model_extra.get("search_results") for c in chunks[:-1])
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "p. 1]" in text


def test_another_user_never_sees_a_private_collection(live_server, user_keys, fiches_collection):
    with live_server.http(user_keys["alice"]) as alice:
        document = documents(alice, fiches_collection)[0]["id"]
    with live_server.http(user_keys["bob"]) as bob:
        assert fiches_collection not in [c["id"] for c in bob.get("/v1/collections").json()["data"]]
        assert bob.get(f"/v1/collections/{fiches_collection}").status_code == 404
        assert bob.get("/v1/documents", params={"collection": fiches_collection}).status_code == 404
        assert bob.get(f"/v1/chunks/{document}").status_code == 404
        assert (
            bob.post("/v1/search", json={"prompt": "passeport", "collections": [fiches_collection]}).status_code == 404
        )
        upload = bob.post(
            "/v1/documents",
            data={"collection": str(fiches_collection)},
            files={"file": ("x.txt", b"du texte", "text/plain")},
        )
        assert upload.status_code == 404
        assert bob.delete(f"/v1/documents/{document}").status_code == 404
        assert bob.delete(f"/v1/collections/{fiches_collection}").status_code == 404
        rag = bob.post(
            "/v1/chat/completions",
            json={
                "messages": [{"role": "user", "content": "passeport ?"}],
                "search": True,
                "search_args": {"collections": [fiches_collection]},
            },
        )
        assert rag.status_code == 404
    with live_server.http(user_keys["alice"]) as alice:
        assert alice.get(f"/v1/collections/{fiches_collection}").json()["documents"] == 8


def test_public_collections_are_read_by_all_written_by_admins(live_server, user_keys):
    with live_server.http() as admin:  # master key
        public = admin.post("/v1/collections", json={"name": "commun", "visibility": "public"}).json()["id"]
        added = admin.post(
            "/v1/documents",
            data={"collection": str(public)},
            files={"file": ("note.md", "# Horaires\n\nLa mairie ouvre à 9 h.".encode(), "text/markdown")},
        )
        assert added.status_code == 201
    with live_server.http(user_keys["bob"]) as bob:
        assert public in [c["id"] for c in bob.get("/v1/collections").json()["data"]]
        hits = bob.post("/v1/search", json={"prompt": "horaires de la mairie", "collections": [public]}).json()["data"]
        assert hits and hits[0]["chunk"]["metadata"]["document_name"] == "note.md"
        denied = bob.post(
            "/v1/documents", data={"collection": str(public)}, files={"file": ("x.txt", b"du texte", "text/plain")}
        )
        assert denied.status_code == 404  # as Albert: a public collection is not one bob may write to
        assert bob.patch(f"/v1/collections/{public}", json={"name": "y"}).status_code == 404
        assert bob.delete(f"/v1/collections/{public}").status_code == 404
        assert bob.post("/v1/collections", json={"name": "x", "visibility": "public"}).status_code == 403


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height pixels (an image bomb: the pixels are never there)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk) & 0xFFFFFFFF)
        + b"\0" * 64
    )


@pytest.mark.parametrize(
    "name, content, status",
    [
        ("vide.pdf", b"", 400),
        ("casse.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without xref", 400),
        ("programme.pdf", b"\x7fELF\x02\x01\x01" + b"\0" * 500, 415),
        ("bombe.png", _png_header(100_000, 100_000), 400),
        ("enorme.txt", b"a" * (6 * 1024 * 1024), 413),
    ],
)
def test_bad_files_get_a_clear_4xx_and_leave_the_collection_as_it_was(live_server, user_keys, name, content, status):
    with live_server.http(user_keys["alice"]) as http:
        collection = http.post("/v1/collections", json={"name": f"bad-{name}"}).json()["id"]
        http.post(
            "/v1/documents",
            data={"collection": str(collection)},
            files={"file": ("ok.txt", "Un document correct sur les impôts.".encode(), "text/plain")},
        )
        before = documents(http, collection)
        response = http.post(
            "/v1/documents",
            data={"collection": str(collection)},
            files={"file": (name, content, "application/octet-stream")},
        )
        assert response.status_code == status, response.text
        error = response.json()["error"]
        assert error["message"] and error["type"]
        assert documents(http, collection) == before


def test_delete_document_then_collection(live_server, user_keys):
    with live_server.http(user_keys["alice"]) as http:
        collection = http.post("/v1/collections", json={"name": "temporaire"}).json()["id"]
        doc = http.post(
            "/v1/documents",
            data={"collection": str(collection)},
            files={"file": ("a.txt", b"Texte sur la carte grise.", "text/plain")},
        ).json()["id"]
        assert http.delete(f"/v1/documents/{doc}").status_code == 204
        assert documents(http, collection) == []
        assert http.get(f"/v1/chunks/{doc}").status_code == 404
        assert http.delete(f"/v1/collections/{collection}").status_code == 204
        assert http.get(f"/v1/collections/{collection}").status_code == 404
