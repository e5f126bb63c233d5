"""Albert API parity, route by route: the shapes and statuses of etalab-ia/OpenGateLLM's ``app/schemas`` and
``app/endpoints`` (its field names, its 422s and 404s), against a live server with real models and files."""

from __future__ import annotations

import json
import time

import openai
import pytest

from communs.api.schemas import ChatCompletionRequest
from communs.config import Settings
from communs.search.rag import templated_messages
from communs.search.records import Chunk, SearchResult
from tests.conftest import TEST_CHAT_MODEL
from tests.test_api_auth_usage import cli

FICHES = "service_public_fiches/txt"
ERROR_KEYS = {"message", "type", "param", "code"}


@pytest.fixture(scope="module")
def user(live_server) -> str:
    result = cli(live_server, "keys", "create", "--name", "albert-compat")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def uploaded(live_server, user, data_dir) -> dict:
    """A private collection of the user's, filled through Albert's POST /v1/files: a fiche, then a JSON list."""
    fiche = data_dir / FICHES / "F1341.txt"
    documents = [
        {"title": "Horaires", "text": "La mairie ouvre du lundi au vendredi de 9 h à 17 h.", "metadata": {"k": "v"}},
        {"title": "Piscine", "text": "La piscine municipale est fermée en août pour travaux."},
    ]
    with live_server.http(user) as http:
        collection = http.post("/v1/collections", json={"name": "albert"}).json()["id"]
        request = json.dumps({"collection": str(collection), "chunker": {"args": {"chunk_size": 1000}}})
        one = http.post(
            "/v1/files",
            data={"request": request},
            files={"file": (fiche.name, fiche.read_bytes(), "text/plain")},
        )
        many = http.post(
            "/v1/files",
            data={"request": json.dumps({"collection": collection})},
            files={"file": ("docs.json", json.dumps(documents).encode(), "application/json")},
        )
    assert one.status_code == 201 and set(one.json()) == {"id"}, one.text
    assert many.status_code == 201 and isinstance(many.json()["id"], int), many.text
    return {"collection": collection, "fiche": one.json()["id"], "last_json": many.json()["id"]}


def error_of(response, status: int) -> dict:
    """The error body, checked to carry both OpenAI's ``error`` object and Albert's ``detail``."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body["error"]) == ERROR_KEYS and body["detail"]
    return body


# -- errors -----------------------------------------------------------------------------------------------


def test_validation_errors_are_422_with_error_and_detail(live_server):
    with live_server.http() as http:
        missing = error_of(http.post("/v1/chat/completions", json={"model": TEST_CHAT_MODEL}), 422)
        fmt = http.post("/v1/embeddings", json={"input": "x", "encoding_format": "invalid_format"})
        empty = http.post("/v1/embeddings", json={"input": ""})
        blank_search = http.post("/v1/search", json={"prompt": "  ", "collections": [1]})
        not_found = error_of(http.get("/v1/collections/987654"), 404)
    assert missing["detail"][0]["loc"] == ["body", "messages"] and "messages" in missing["error"]["message"]
    assert error_of(fmt, 422)["detail"][0]["loc"][-1] == "encoding_format"
    assert error_of(empty, 422)["error"]["param"] == "input"
    assert error_of(blank_search, 422)["error"]["param"] == "prompt"
    assert not_found["detail"] == not_found["error"]["message"]  # Albert's clients read detail as a string


def test_openai_sdk_raises_unprocessable_entity_on_validation_errors(live_server):
    client = live_server.client()
    with pytest.raises(openai.UnprocessableEntityError) as err:
        client.chat.completions.create(model=TEST_CHAT_MODEL, messages=[])
    assert err.value.status_code == 422 and "messages" in err.value.message
    with pytest.raises(openai.UnprocessableEntityError) as wrong_type:  # Albert: a wrong model type is a 422
        client.embeddings.create(model=TEST_CHAT_MODEL, input="bonjour")
    assert wrong_type.value.body["code"] == "wrong_model_type"


# -- collections ------------------------------------------------------------------------------------------


def test_public_collections_are_not_found_for_writers_who_are_not_admins(live_server, user):
    with live_server.http() as admin:
        public = admin.post("/v1/collections", json={"name": "commune", "visibility": "public"}).json()["id"]
    with live_server.http(user) as http:
        assert http.get(f"/v1/collections/{public}").status_code == 200
        error_of(http.delete(f"/v1/collections/{public}"), 404)
        error_of(http.patch(f"/v1/collections/{public}", json={"name": "à moi"}), 404)
        files = {"file": ("x.txt", b"du texte a indexer", "text/plain")}
        error_of(http.post("/v1/files", data={"request": json.dumps({"collection": public})}, files=files), 404)
        error_of(http.post("/v1/collections", json={"name": "y", "visibility": "public"}), 403)  # as Albert
    with live_server.http() as admin:
        assert admin.get(f"/v1/collections/{public}").json()["name"] == "commune"
        assert admin.delete(f"/v1/collections/{public}").status_code == 204


# -- files and documents ----------------------------------------------------------------------------------


def test_files_upload_makes_one_document_per_json_item(live_server, user, uploaded):
    with live_server.http(user) as http:
        listed = http.get("/v1/documents", params={"collection": uploaded["collection"]}).json()
        everything = http.get("/v1/documents").json()  # no collection: every readable one, as Albert
    names = {d["name"]: d for d in listed["data"]}
    assert set(names) == {"F1341.txt", "Horaires.txt", "Piscine.txt"}
    assert names["Piscine.txt"]["id"] == uploaded["last_json"]
    assert names["Horaires.txt"]["metadata"]["k"] == "v"
    for document in listed["data"]:  # Albert's Document fields
        assert {"object", "id", "name", "collection_id", "created_at", "chunks"} <= set(document)
        assert document["object"] == "document" and document["collection_id"] == uploaded["collection"]
    assert everything["object"] == "list" and {d["id"] for d in listed["data"]} <= {d["id"] for d in everything["data"]}


def test_files_refusals_have_albert_statuses(live_server, user, uploaded):
    collection = uploaded["collection"]
    request = {"request": json.dumps({"collection": collection})}
    wrong_json = json.dumps({"fruit": "Apple", "size": "Large"}).encode()
    with live_server.http(user) as http:
        wrong = http.post("/v1/files", data=request, files={"file": ("w.json", wrong_json, "application/json")})
        no_request = http.post("/v1/files", files={"file": ("a.txt", b"un texte", "text/plain")})
        bad_request = http.post(
            "/v1/files", data={"request": '{"collection": "abc"}'}, files={"file": ("a.txt", b"texte", "text/plain")}
        )
        unknown = http.post(
            "/v1/files",
            data={"request": json.dumps({"collection": 987654})},
            files={"file": ("a.txt", b"un texte", "text/plain")},
        )
        too_large = http.post(
            "/v1/files", data=request, files={"file": ("big.txt", b"a " * (3 * 1024 * 1024), "text/plain")}
        )
    assert error_of(wrong, 422)["error"]["code"] == "invalid_json_format"
    error_of(no_request, 422)
    assert error_of(bad_request, 422)["detail"][0]["loc"] == ["body", "request", "collection"]
    error_of(unknown, 404)
    error_of(too_large, 413)  # the test server's request limit is 5 MiB
    assert Settings().max_document_bytes == 20 * 1024 * 1024  # Albert's limit, ours by default


# -- chunks -----------------------------------------------------------------------------------------------


def test_one_chunk_by_document_and_id(live_server, user, uploaded):
    with live_server.http(user) as http:
        chunks = http.get(f"/v1/chunks/{uploaded['fiche']}").json()["data"]
        one = http.get(f"/v1/chunks/{uploaded['fiche']}/{chunks[-1]['id']}")
        missing = http.get(f"/v1/chunks/{uploaded['fiche']}/987654321")
        other_document = http.get(f"/v1/chunks/{uploaded['last_json']}/{chunks[0]['id']}")
    assert one.status_code == 200
    body = one.json()
    assert {"object", "id", "metadata", "content"} <= set(body) and body["object"] == "chunk"
    assert body == chunks[-1] and body["metadata"]["document_id"] == uploaded["fiche"]
    error_of(missing, 404)
    error_of(other_document, 404)


# -- search and chat --------------------------------------------------------------------------------------


def test_chat_search_arguments_are_validated_as_albert(live_server, uploaded):
    message = [{"role": "user", "content": "Quand la mairie ouvre-t-elle ?"}]
    base = {"model": TEST_CHAT_MODEL, "messages": message, "max_tokens": 5}
    with live_server.http() as http:
        no_args = http.post("/v1/chat/completions", json={**base, "search": True})
        bad_template = http.post(
            "/v1/chat/completions",
            json={**base, "search": True, "search_args": {"collections": [1], "template": "Sans {prompt}."}},
        )
        no_collections = http.post("/v1/chat/completions", json={**base, "search": True, "search_args": {"k": 3}})
    assert error_of(no_args, 422)["detail"]
    assert "{chunks}" in error_of(bad_template, 422)["error"]["message"]
    assert no_collections.status_code == 200 and "search_results" not in no_collections.json()  # nothing to search


def test_chat_search_with_a_template(live_server, user, uploaded):
    template = "Documents :\n{chunks}\n\nRéponds en un mot : {prompt}"
    with live_server.http(user) as http:
        response = http.post(
            "/v1/chat/completions",
            json={
                "model": TEST_CHAT_MODEL,
                "messages": [{"role": "user", "content": "Quand la piscine est-elle fermée ?"}],
                "max_tokens": 8,
                "search": True,
                "search_args": {"collections": [uploaded["collection"]], "k": 2, "template": template},
            },
        )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["search_results"][0]["chunk"]["metadata"]["document_name"] == "Piscine.txt"
    assert "Sources :" not in body["choices"][0]["message"]["content"]  # the caller's prompt: no citation footer


def test_template_fills_the_last_user_message():
    chunk = Chunk(id=1, content="La piscine ferme en août.", metadata={"document_id": 3})
    messages = [{"role": "system", "content": "Sois bref."}, {"role": "user", "content": "Quand ?"}]
    filled = templated_messages(messages, [SearchResult(0.9, "semantic", chunk)], "Q: {prompt}\nD: {chunks}")
    assert filled == [messages[0], {"role": "user", "content": "Q: Quand ?\nD: La piscine ferme en août."}]
    assert templated_messages(messages, [], "{prompt}{chunks}") == messages
    with pytest.raises(ValueError, match="chunks"):
        ChatCompletionRequest.model_validate(
            {"messages": messages, "search": True, "search_args": {"template": "{prompt}"}}
        )


# -- embeddings, rerank, usage ----------------------------------------------------------------------------


# "Hello world!" in XLM-RoBERTa's token ids (e5's tokenizer), as transformers' AutoTokenizer gives them
HELLO_IDS = [0, 35378, 8999, 38, 2]


def test_embeddings_of_token_ids_are_those_of_their_text(live_server):
    with live_server.http() as http:
        text = http.post("/v1/embeddings", json={"input": "Hello world!"}).json()["data"][0]["embedding"]
        one = http.post("/v1/embeddings", json={"input": HELLO_IDS})
        batch = http.post("/v1/embeddings", json={"input": [HELLO_IDS[1:3], HELLO_IDS]})
    assert one.status_code == 200 and batch.status_code == 200, (one.text, batch.text)
    assert one.json()["data"][0]["embedding"] == pytest.approx(text, abs=1e-6)
    vectors = [item["embedding"] for item in batch.json()["data"]]
    assert vectors[1] == pytest.approx(text, abs=1e-6)
    assert sum(a * b for a, b in zip(vectors[0], text)) < 0.999  # "Hello world" without "!": another vector
    assert one.json()["usage"]["prompt_tokens"] > 0


def test_embeddings_token_ids_outside_the_vocabulary_are_refused(live_server):
    with live_server.http() as http:
        outside = http.post("/v1/embeddings", json={"input": [35378, 10**9]})
        negative = http.post("/v1/embeddings", json={"input": [[8999], [-1]]})
        specials = http.post("/v1/embeddings", json={"input": [0, 2]})
        mixed = http.post("/v1/embeddings", json={"input": [1, "a"]})
    assert error_of(outside, 400)["error"]["code"] == "invalid_token_id"
    assert "1000000000" in outside.json()["error"]["message"]
    assert error_of(negative, 400)["error"]["param"] == "input"
    assert "no text" in error_of(specials, 400)["error"]["message"]
    error_of(mixed, 422)


def test_rerank_orders_the_texts_by_relevance(live_server, user):
    texts = [
        "La piscine municipale est fermée en août.",
        "Pour refaire une carte d'identité, prenez rendez-vous en mairie.",
        "Le marché a lieu le samedi matin.",
    ]
    prompt = "renouveler ma carte d'identité"
    with live_server.http(user) as http:
        models = http.get("/v1/models").json()["data"]
        reranker = next(m["id"] for m in models if m["type"] == "text-classification")  # Albert's reranker type
        embeddings = next(m["id"] for m in models if m["type"] == "text-embeddings-inference")
        one_model = http.get(f"/v1/models/{reranker}").json()
        response = http.post("/v1/rerank", json={"model": reranker, "prompt": prompt, "input": texts})
        default = http.post("/v1/rerank", json={"prompt": prompt, "input": texts})
        empty = http.post("/v1/rerank", json={"model": reranker, "prompt": "x", "input": []})
        wrong = http.post("/v1/rerank", json={"model": embeddings, "prompt": "x", "input": ["a"]})
        unknown = http.post("/v1/rerank", json={"model": "unknown", "prompt": "x", "input": ["a"]})
    assert one_model["id"] == reranker and one_model["type"] == "text-classification"
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["object"] == "list" and body["id"] and body["usage"]["prompt_tokens"] > 0
    assert [r["object"] for r in body["data"]] == ["rerank"] * 3
    assert body["data"][0]["index"] == 1 and sorted(r["index"] for r in body["data"]) == [0, 1, 2]
    scores = [r["score"] for r in body["data"]]
    assert scores == sorted(scores, reverse=True)
    assert default.json()["data"] == body["data"]
    error_of(empty, 422)
    assert error_of(wrong, 422)["error"]["code"] == "wrong_model_type"  # as Albert: an embeddings model is refused
    assert error_of(unknown, 404)["error"]["code"] == "model_not_found"


def test_usage_lists_the_callers_own_records(live_server, user, uploaded):
    with live_server.http(user) as http:
        http.post("/v1/embeddings", json={"input": "bonjour"})
        deadline = time.monotonic() + 10
        while True:  # records are written by a background thread
            body = http.get("/v1/usage", params={"limit": 2}).json()
            if any(r["endpoint"] == "/v1/embeddings" for r in body["data"]) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        by_tokens = http.get("/v1/usage", params={"order_by": "total_tokens", "limit": 100}).json()
        page_two = http.get("/v1/usage", params={"limit": 1, "page": 2}).json()
        invalid = http.get("/v1/usage", params={"limit": 500})
    assert body["object"] == "list" and body["page"] == 1 and body["limit"] == 2
    assert body["total"] >= 3 and body["has_more"] and body["total_pages"] == -(-body["total"] // 2)
    record = body["data"][0]
    assert record["endpoint"] == "/v1/embeddings" and record["total_tokens"] > 0
    assert {"id", "datetime", "endpoint", "model", "prompt_tokens", "total_tokens", "status", "cost"} <= set(record)
    tokens = [r["total_tokens"] for r in by_tokens["data"]]
    assert tokens == sorted(tokens, reverse=True) and by_tokens["total_tokens"] == sum(tokens)
    assert page_two["data"] and page_two["data"][0]["id"] != record["id"]
    error_of(invalid, 422)
