"""Albert's agents on a live server: ``GET /v1/agents/tools`` lists the MCP server's tools, and
``POST /v1/agents/completions`` runs the tool loop here, as the caller: the embedded model (Qwen2.5-Coder 0.5B)
searches the caller's collection and answers from it, through the official `openai` client; another user's
collection stays out of reach; streamed and not; usage recorded; a remote model gets the tools and the results."""

from __future__ import annotations

import contextlib
import json
import time

import httpx
import openai
import pytest
import yaml
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from communs.accounts.store import AccountStore
from tests.conftest import TEST_CHAT_MODEL, start_server, stop_server
from tests.test_api_auth_usage import cli
from tests.upstreams import UpstreamServer

FICHE = "F1341.txt"  # service-public.fr: "Carte d'identité d'un majeur : première demande"
QUESTION = "Cherche dans la collection {id} : comment faire une première demande de carte d'identité ?"
SEARCH = {"type": "function", "function": {"name": "search"}}


@pytest.fixture(scope="module")
def keys(live_server) -> dict[str, str]:
    found = {}
    for name in ("alice", "bob"):
        result = cli(live_server, "keys", "create", "--name", f"{name}-agents")
        assert result.returncode == 0, result.stderr
        found[name] = result.stdout.strip().splitlines()[-1]
    return found


@pytest.fixture(scope="module")
def collection(live_server, keys, data_dir) -> int:
    """Alice's private collection: one service-public.fr fiche."""
    with live_server.http(keys["alice"]) as http:
        created = http.post("/v1/collections", json={"name": "fiches-agents"})
        assert created.status_code == 201, created.text
        ident = created.json()["id"]
        path = data_dir / "service_public_fiches" / "txt" / FICHE
        uploaded = http.post(
            "/v1/documents",
            data={"collection": str(ident)},
            files={"file": (path.name, path.read_bytes(), "text/plain")},
        )
        assert uploaded.status_code == 201, uploaded.text
    return ident


def agent_client(live_server, key: str) -> openai.OpenAI:
    """A client that waits for a whole loop: two to four model calls, minutes each on a loaded CPU."""
    return live_server.client(key).with_options(timeout=1500)


def ask(live_server, key: str, collection: int, **extra) -> ChatCompletion:
    body = {
        "model": TEST_CHAT_MODEL,
        "messages": [{"role": "user", "content": QUESTION.format(id=collection)}],
        "tools": [{"type": "search"}],
        "tool_choice": SEARCH,
        "max_tokens": 60,
        "temperature": 0,
        **extra,
    }
    return agent_client(live_server, key).post("/agents/completions", body=body, cast_to=ChatCompletion)


def test_the_tools_are_the_mcp_servers(live_server, keys):
    with live_server.http(keys["bob"]) as http:
        listed = http.get("/v1/agents/tools")
        assert listed.status_code == 200, listed.text
        body = listed.json()
        assert body["object"] == "list"
        by_name = {tool["name"]: tool for tool in body["data"]}
        for name in ("collections", "search", "plain_simplify", "aiact_classify", "orientation"):
            assert by_name[name]["object"] == "tool" and by_name[name]["server"] == "communs"
            assert by_name[name]["description"] and by_name[name]["input_schema"]["type"] == "object"
        assert set(by_name["search"]["input_schema"]["required"]) == {"prompt", "collections"}
    with live_server.http(None) as anonymous:
        refused = anonymous.get("/v1/agents/tools")
        assert refused.status_code == 401 and refused.json()["detail"]


def test_usage_is_recorded_once_per_request(live_server, keys):
    key = cli(live_server, "keys", "create", "--name", "agents-usage").stdout.strip().splitlines()[-1]
    body = {"model": TEST_CHAT_MODEL, "messages": [{"role": "user", "content": "Bonjour"}], "max_tokens": 5}
    answer = live_server.client(key).post(
        "/agents/completions", body={**body, "tool_choice": "none"}, cast_to=ChatCompletion
    )
    store = AccountStore(f"sqlite:///{live_server.home / 'communs.db'}")
    principal = store.authenticate(key)
    assert principal is not None
    deadline = time.monotonic() + 10
    rows: list[dict] = []
    while time.monotonic() < deadline and not rows:  # usage is written by a background thread
        rows = store.usage_summary(principal.user_id)
        time.sleep(0.2)
    store.close()
    (row,) = rows
    assert row["endpoint"] == "agents/completions" and row["model"] == TEST_CHAT_MODEL
    assert row["prompt_tokens"] == answer.usage.prompt_tokens
    assert row["completion_tokens"] == answer.usage.completion_tokens


def test_bad_input_is_refused_with_alberts_detail(live_server, keys):
    client = live_server.client(keys["bob"])
    hello = [{"role": "user", "content": "Bonjour"}]
    with pytest.raises(openai.NotFoundError) as unknown:
        client.post("/agents/completions", body={"messages": hello, "tools": [{"type": "nope"}]}, cast_to=dict)
    assert unknown.value.response.json()["detail"] == "Tool not found nope"  # the SDK's .body is the "error" part
    with pytest.raises(openai.UnprocessableEntityError) as no_messages:
        client.post("/agents/completions", body={"model": TEST_CHAT_MODEL}, cast_to=dict)
    assert no_messages.value.response.json()["detail"][0]["loc"][-1] == "messages"
    other = {"type": "function", "function": {"name": "collections"}}
    with pytest.raises(openai.UnprocessableEntityError) as not_offered:
        body = {"messages": hello, "tools": [{"type": "search"}], "tool_choice": other}
        client.post("/agents/completions", body=body, cast_to=dict)
    assert "collections" in not_offered.value.response.json()["detail"]
    with pytest.raises(openai.UnprocessableEntityError):
        client.post("/agents/completions", body={"messages": hello, "search": True}, cast_to=dict)
    with pytest.raises(openai.NotFoundError):
        client.post("/agents/completions", body={"messages": hello, "model": "nope"}, cast_to=dict)


@pytest.mark.slow  # 13-55 s on 2 cores (a model run or CLI processes); run by `make test-all`
@pytest.mark.timeout(1800)  # two to four calls to the chat model: 47 s on 2 idle cores, 8 min at load 13
def test_the_model_searches_the_callers_collection_and_answers(live_server, keys, collection):
    answer = ask(live_server, keys["alice"], collection)
    extra = answer.model_extra or {}
    called, result = extra["tool_messages"][:2]  # the forced call and its result; the model may search again
    assert called["role"] == "assistant" and called["tool_calls"][0]["function"]["name"] == "search"
    assert collection in json.loads(called["tool_calls"][0]["function"]["arguments"])["collections"]
    assert result["role"] == "tool" and result["tool_call_id"] == called["tool_calls"][0]["id"]
    assert f"[{FICHE}" in result["content"]  # the chunk found, labelled with its document
    assert extra["search_results"][0]["chunk"]["metadata"]["document_name"] == FICHE
    assert answer.choices[0].message.content and not answer.choices[0].message.tool_calls
    assert answer.choices[0].finish_reason in ("stop", "length")
    assert answer.usage.prompt_tokens > 0 and answer.usage.completion_tokens > 0


@pytest.mark.timeout(1800)  # two to four calls to the chat model: 8 min measured on 2 shared cores at load 13
def test_a_tool_never_sees_another_users_collection(live_server, keys, collection):
    answer = ask(live_server, keys["bob"], collection, max_tokens=30)
    extra = answer.model_extra or {}
    _, result = extra["tool_messages"][:2]
    assert result["content"].startswith("Erreur 404")  # as if it did not exist
    assert extra["search_results"] == []
    assert FICHE not in json.dumps(answer.model_dump())  # nothing of Alice's document reaches Bob


@pytest.mark.slow
@pytest.mark.timeout(1800)  # two to four calls to the chat model: 8 min measured on 2 shared cores at load 13
def test_streamed_the_text_comes_in_chunks_and_the_results_last(live_server, keys, collection):
    body = {
        "model": TEST_CHAT_MODEL,
        "messages": [{"role": "user", "content": QUESTION.format(id=collection)}],
        "tools": ["search"],  # older Albert clients send bare names
        "tool_choice": SEARCH,
        "max_tokens": 40,
        "temperature": 0,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    stream = agent_client(live_server, keys["alice"]).post(
        "/agents/completions",
        body=body,
        cast_to=ChatCompletionChunk,
        stream=True,
        stream_cls=openai.Stream[ChatCompletionChunk],
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    finished = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert text and len(finished) == 1 and not any(c.choices[0].delta.tool_calls for c in chunks if c.choices)
    extra = finished[0].model_extra or {}
    assert extra["search_results"][0]["chunk"]["metadata"]["document_name"] == FICHE
    assert extra["tool_messages"][1]["role"] == "tool"
    assert chunks[-1].usage and chunks[-1].usage.completion_tokens > 0


def scripted_upstream() -> Starlette:
    """A remote engine that calls the 'collections' tool, then answers with the count of what it was given."""
    calls: list[dict] = []

    async def chat(request: Request) -> JSONResponse:
        body = await request.json()
        calls.append(body)
        results = [m for m in body["messages"] if m.get("role") == "tool"]
        if results:
            message: dict = {"role": "assistant", "content": f"{len(results)} résultat : {results[0]['content']}"}
            finish = "stop"
        else:
            call = {"id": "call_1", "type": "function", "function": {"name": "collections", "arguments": "{}"}}
            message, finish = {"role": "assistant", "content": None, "tool_calls": [call]}, "tool_calls"
        usage = {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12}
        choice = {"index": 0, "message": message, "finish_reason": finish}
        return JSONResponse({"id": "r", "object": "chat.completion", "created": 0, "choices": [choice], "usage": usage})

    app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])
    app.state.calls = calls
    return app


def test_a_remote_model_gets_the_tools_and_the_results(tmp_path):
    with UpstreamServer(scripted_upstream()) as upstream:
        config = tmp_path / "communs.yaml"
        provider = {"backend": "openai", "base_url": upstream.url, "model": "remote"}
        config.write_text(
            yaml.safe_dump({"models": [{"id": "albert-large", "type": "text-generation", "providers": [provider]}]})
        )
        server = start_server(
            tmp_path / "home", tmp_path / "log", COMMUNS_CONFIG=str(config), COMMUNS_DEFAULT_CHAT_MODEL="albert-large"
        )
        try:
            key = server.master_key
            with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=60) as http:
                created = http.post("/v1/collections", json={"name": "remote-agents"})
                assert created.status_code == 201, created.text
                body = {"model": "albert-large", "messages": [{"role": "user", "content": "Mes collections ?"}]}
                answer = http.post("/v1/agents/completions", json={**body, "tools": [{"type": "collections"}]})
            assert answer.status_code == 200, answer.text
            first, second = upstream.calls
            assert [t["function"]["name"] for t in first["tools"]] == ["collections"]
            assert first["tool_choice"] == "auto" and first["model"] == "remote"
            assert second["messages"][-1]["role"] == "tool" and "remote-agents" in second["messages"][-1]["content"]
            result = answer.json()
            assert result["model"] == "albert-large" and "remote-agents" in result["choices"][0]["message"]["content"]
            assert result["usage"] == {"prompt_tokens": 20, "completion_tokens": 4, "total_tokens": 24}
        finally:
            with contextlib.suppress(Exception):
                stop_server(server)
