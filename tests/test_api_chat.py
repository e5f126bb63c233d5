"""Chat, streaming, JSON-schema output and models, through the official `openai` client on a live server."""

from __future__ import annotations

import json

import openai
import pytest

from tests.conftest import TEST_CHAT_MODEL


def test_health_needs_no_key(live_server):
    with live_server.http(key=None) as http:
        response = http.get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_models_lists_every_type(live_server):
    models = {m.id: m for m in live_server.client().models.list().data}
    assert {"qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b", "multilingual-e5-small", "whisper-base", "espeak-ng"} <= set(
        models
    )
    types = {m.id: m.model_extra["type"] for m in models.values()}
    assert types["qwen2.5-coder-1.5b"] == "text-generation"
    assert types["multilingual-e5-small"] == "text-embeddings-inference"
    assert types["whisper-base"] == "automatic-speech-recognition"
    assert types["espeak-ng"] == "text-to-speech"
    assert all(m.object == "model" and m.owned_by for m in models.values())


def test_chat_completion_answers_with_usage(live_server):
    response = live_server.client().chat.completions.create(
        model=TEST_CHAT_MODEL,
        temperature=0,
        max_tokens=40,
        messages=[
            {"role": "system", "content": "Tu réponds en français, en une phrase."},
            {"role": "user", "content": "Quelle est la capitale de la France ?"},
        ],
    )
    assert response.model == TEST_CHAT_MODEL
    assert "Paris" in response.choices[0].message.content
    assert response.choices[0].finish_reason in ("stop", "length")
    assert response.usage.prompt_tokens > 10 and response.usage.completion_tokens > 0


def test_stop_and_max_tokens_are_honoured(live_server):
    client = live_server.client()
    short = client.chat.completions.create(
        model=TEST_CHAT_MODEL,
        max_tokens=3,
        temperature=0,
        messages=[{"role": "user", "content": "Raconte une longue histoire."}],
    )
    assert short.usage.completion_tokens <= 3 and short.choices[0].finish_reason == "length"
    stopped = client.chat.completions.create(
        model=TEST_CHAT_MODEL,
        temperature=0,
        max_tokens=60,
        stop=["3"],
        messages=[{"role": "user", "content": "Compte de 1 à 10, un nombre par ligne, en chiffres."}],
    )
    assert "3" not in stopped.choices[0].message.content and "1" in stopped.choices[0].message.content


def test_streaming_yields_deltas_then_usage(live_server):
    stream = live_server.client().chat.completions.create(
        model=TEST_CHAT_MODEL,
        temperature=0,
        max_tokens=30,
        stream=True,
        stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "Dis bonjour en français."}],
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) >= 2, "should arrive in pieces"
    assert text.strip()
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
    assert all(c.model == TEST_CHAT_MODEL for c in chunks)


def test_streaming_without_usage_option_sends_no_usage_chunk(live_server):
    stream = live_server.client().chat.completions.create(
        model=TEST_CHAT_MODEL, max_tokens=5, stream=True, messages=[{"role": "user", "content": "Bonjour"}]
    )
    chunks = list(stream)
    assert chunks and all(c.usage is None for c in chunks)


def test_json_schema_output_parses_and_matches(live_server):
    schema = {
        "type": "object",
        "properties": {
            "ville": {"type": "string"},
            "habitants_millions": {"type": "number"},
            "region": {"type": "string", "enum": ["Île-de-France", "Bretagne", "Occitanie"]},
        },
        "required": ["ville", "habitants_millions", "region"],
        "additionalProperties": False,
    }
    response = live_server.client().chat.completions.create(
        model=TEST_CHAT_MODEL,
        temperature=0,
        max_tokens=120,
        response_format={"type": "json_schema", "json_schema": {"name": "ville", "schema": schema, "strict": True}},
        messages=[{"role": "user", "content": "Décris Paris : ville, nombre d'habitants en millions, région."}],
    )
    data = json.loads(response.choices[0].message.content)
    assert set(data) == {"ville", "habitants_millions", "region"}
    assert isinstance(data["ville"], str)
    assert isinstance(data["habitants_millions"], (int, float))
    assert data["region"] in schema["properties"]["region"]["enum"]


def test_json_object_output_parses(live_server):
    response = live_server.client().chat.completions.create(
        model=TEST_CHAT_MODEL,
        temperature=0,
        max_tokens=60,
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": "Donne un objet JSON avec la clé 'pays' valant 'France'."}],
    )
    assert isinstance(json.loads(response.choices[0].message.content), dict)


def test_unknown_model_is_404_model_not_found(live_server):
    with pytest.raises(openai.NotFoundError) as err:
        live_server.client().chat.completions.create(model="gpt-17", messages=[{"role": "user", "content": "x"}])
    assert err.value.body["code"] == "model_not_found"
    assert "gpt-17" in err.value.body["message"]


def test_missing_messages_is_422_with_field_name(live_server):
    with live_server.http() as http:
        response = http.post("/v1/chat/completions", json={"model": TEST_CHAT_MODEL})
    assert response.status_code == 422  # as Albert's (FastAPI's); OpenAI's SDK raises UnprocessableEntityError
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and "messages" in error["message"]
    assert response.json()["detail"][0]["loc"] == ["body", "messages"]


def test_wrong_model_type_is_422(live_server):
    with pytest.raises(openai.UnprocessableEntityError) as err:
        live_server.client().chat.completions.create(
            model="multilingual-e5-small", messages=[{"role": "user", "content": "x"}]
        )
    assert err.value.body["code"] == "wrong_model_type"


def test_malformed_json_body_is_422(live_server):
    with live_server.http() as http:
        response = http.post("/v1/chat/completions", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]["type"] == "invalid_request_error"


def test_unknown_route_is_openai_style_404(live_server):
    with live_server.http() as http:
        response = http.get("/v1/nothing-here")
    assert response.status_code == 404
    assert "error" in response.json()
