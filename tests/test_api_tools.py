"""Tool calling, /v1/completions and /v1/responses in front of a remote OpenAI-compatible provider (a real HTTP
upstream on loopback, in process: no model time), through the official `openai` client: tools passed through
unchanged, validation errors, per-user stored responses, usage and rate limits. Reading calls a model wrote as
text, on the shapes Qwen2.5-Coder writes."""

from __future__ import annotations

import asyncio
import json
import time

import openai
import pytest
from fastapi.testclient import TestClient
from openai import OpenAI

from communs.api.app import create_app
from communs.config import Budget, LimitsConfig, load_settings
from communs.models import tools as tooling
from tests.conftest import MASTER_KEY
from tests.upstreams import UpstreamServer, fake_upstream_app

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather of a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
ADD = {
    "type": "function",
    "function": {
        "name": "add",
        "parameters": {
            "type": "object",
            "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
            "required": ["a", "b"],
        },
    },
}
ASK = [{"role": "user", "content": "Quel temps fait-il à Paris ?"}]


@pytest.fixture
def remote(tmp_path):
    """An app whose only chat model, ``remote``, is an OpenAI-compatible upstream; its TestClient and upstream."""
    with UpstreamServer(fake_upstream_app("upstream")) as upstream:
        settings = load_settings(
            home=tmp_path / "home",
            master_key=MASTER_KEY,
            default_chat_model="remote",
            models=[
                {
                    "id": "remote",
                    "type": "text-generation",
                    "providers": [{"backend": "openai", "base_url": upstream.url, "model": "m"}],
                }
            ],
        )
        app = create_app(settings)
        with TestClient(app, headers={"Authorization": f"Bearer {MASTER_KEY}"}) as http:
            yield app, http, upstream


def client_for(http: TestClient, key: str = MASTER_KEY) -> OpenAI:
    return OpenAI(base_url=str(http.base_url) + "/v1", api_key=key, http_client=http, max_retries=0)


def test_tools_reach_a_remote_provider_unchanged(remote):
    _, http, upstream = remote
    client = client_for(http)
    choice = {"type": "function", "function": {"name": "add"}}
    reply = client.chat.completions.create(
        model="remote", messages=ASK, tools=[WEATHER, ADD], tool_choice=choice, parallel_tool_calls=False
    )
    assert reply.choices[0].message.content == "upstream"
    sent = upstream.calls[-1]
    assert sent["tools"] == [WEATHER, ADD] and sent["tool_choice"] == choice and sent["parallel_tool_calls"] is False
    # a conversation that carries a call and its result goes as it is (its null fields left out)
    messages = [
        *ASK,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "18 °C"},
    ]
    client.chat.completions.create(model="remote", messages=messages, tools=[WEATHER])
    assert upstream.calls[-1]["messages"] == [{k: v for k, v in m.items() if v is not None} for m in messages]
    # the Responses API's flat function tools become the chat's tools
    client.responses.create(model="remote", input="Paris ?", tools=[{"type": "function", **WEATHER["function"]}])
    assert upstream.calls[-1]["tools"] == [WEATHER]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"tools": [WEATHER], "tool_choice": {"type": "function", "function": {"name": "absent"}}}, "'absent'"),
        ({"tool_choice": "required"}, "no tools"),
        ({"tools": [WEATHER, WEATHER]}, "same name"),
        ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": 3}}}]}, "JSON Schema"),
        ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "array"}}}]}, "object"),
        ({"tools": [{"type": "function", "function": {"name": "bad name!"}}]}, "name"),
        ({"tools": [{"type": "retrieval"}]}, "type"),
        ({"tools": [WEATHER], "tool_choice": "sometimes"}, "tool_choice"),
    ],
)
def test_bad_tools_are_a_422_naming_the_fault(remote, body, words):
    _, http, upstream = remote
    calls = len(upstream.calls)
    response = http.post("/v1/chat/completions", json={"model": "remote", "messages": ASK, **body})
    assert response.status_code == 422, response.text
    error = response.json()
    assert words in error["error"]["message"] and error["error"]["type"] == "invalid_request_error"
    assert isinstance(error["detail"], list) and error["detail"]
    assert len(upstream.calls) == calls  # nothing went upstream


def test_bad_responses_requests_are_refused(remote):
    _, http, _ = remote
    absent = {"model": "remote", "input": "x", "tools": [{"type": "function", "name": "f"}]}
    absent["tool_choice"] = {"type": "function", "name": "g"}
    cases = [
        (absent, 422, "'g'"),
        ({"model": "remote", "input": []}, 422, "empty"),
        ({"model": "remote", "input": [{"type": "web_search_call"}]}, 400, "web_search_call"),
        ({"model": "remote", "input": [{"role": "user", "content": [{"type": "input_image"}]}]}, 400, "text parts"),
        ({"model": "remote", "input": [{"type": "function_call_output", "output": "1"}]}, 400, "call_id"),
        ({"model": "remote", "input": "x", "previous_response_id": "resp_unknown"}, 404, "resp_unknown"),
    ]
    for body, status, words in cases:
        response = http.post("/v1/responses", json=body)
        assert response.status_code == status, (body, response.text)
        assert words in response.json()["error"]["message"] and response.json()["detail"]
    bad = http.post("/v1/completions", json={"model": "remote", "prompt": []})
    assert bad.status_code == 422 and "prompt" in bad.json()["error"]["message"]


def test_stored_responses_are_their_owners_only(remote):
    app, http, upstream = remote
    key, _ = app.state.services.accounts.create_key("agent-a")
    other, _ = app.state.services.accounts.create_key("agent-b")
    mine, theirs = client_for(http, key), client_for(http, other)
    first = mine.responses.create(model="remote", input="Bonjour", instructions="Sois bref.")
    assert first.status == "completed" and first.output_text == "upstream" and first.usage.total_tokens == 4
    follow = mine.responses.create(model="remote", input="Et encore ?", previous_response_id=first.id)
    sent = upstream.calls[-1]["messages"]
    assert [m["role"] for m in sent] == ["user", "assistant", "user"]  # instructions do not carry over
    assert sent[0]["content"] == "Bonjour" and sent[1]["content"] == "upstream"
    assert mine.responses.retrieve(follow.id).previous_response_id == first.id
    with pytest.raises(openai.NotFoundError):
        theirs.responses.create(model="remote", input="x", previous_response_id=first.id)
    with pytest.raises(openai.NotFoundError):
        theirs.responses.retrieve(first.id)
    with pytest.raises(openai.NotFoundError):
        theirs.responses.delete(first.id)
    mine.responses.delete(first.id)
    with pytest.raises(openai.NotFoundError):
        mine.responses.retrieve(first.id)
    unstored = mine.responses.create(model="remote", input="x", store=False)
    with pytest.raises(openai.NotFoundError):
        mine.responses.retrieve(unstored.id)


def test_completions_and_responses_count_usage_and_rate_limits(remote):
    app, http, upstream = remote
    accounts = app.state.services.accounts
    app.state.services.settings.limits = LimitsConfig(roles={"user": Budget(rpm=4)})
    key, principal = accounts.create_key("counted")
    client = client_for(http, key)
    done = client.completions.create(model="remote", prompt=["Un", "Deux"], echo=True)
    assert [c.text for c in done.choices] == ["Un upstream", "Deux upstream"] and done.usage.total_tokens == 6
    assert [c["prompt"] for c in upstream.calls[-2:]] == ["Un", "Deux"] and "echo" not in upstream.calls[-1]
    client.responses.create(model="remote", input="Bonjour")
    client.chat.completions.create(model="remote", messages=ASK)
    with pytest.raises(openai.RateLimitError):  # rpm 4 for users: the 4th request of the minute passes, not the 5th
        client.completions.create(model="remote", prompt="x")
        client.completions.create(model="remote", prompt="x")
    accounts.flush()
    deadline, rows = time.monotonic() + 60, {}  # usage is written by a background thread
    while time.monotonic() < deadline and not {"completions", "responses", "chat/completions"} <= set(rows):
        rows = {row["endpoint"]: row for row in accounts.usage_summary(principal.user_id)}
        time.sleep(0.2)
    # the two prompts, then the 4th request: 3 upstream completions of 2 + 1 tokens
    assert rows["completions"]["prompt_tokens"] == 6 and rows["completions"]["completion_tokens"] == 3
    assert rows["responses"]["prompt_tokens"] == 3 and rows["responses"]["completion_tokens"] == 1


def test_calls_written_as_text_are_read_as_calls():
    tools = [WEATHER, ADD]
    fenced = '```json\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n```'
    tagged = '<tool_call>\n{"name": "add", "arguments": {"a": 2, "b": 3}}\n</tool_call>'
    trailing = '{"name": "get_weather", "arguments": {"city": "Paris"}}.json\n```json\n{'  # measured on 0.5B
    for text, name, arguments in [
        (fenced, "get_weather", {"city": "Paris"}),
        (tagged, "add", {"a": 2, "b": 3}),
        (trailing, "get_weather", {"city": "Paris"}),
    ]:
        (call,) = tooling.calls_in_text(text, tools)
        assert call["function"]["name"] == name and json.loads(call["function"]["arguments"]) == arguments
    for text in ("Il fait beau à Paris.", '{"name": "unknown", "arguments": {}}', '{"city": "Paris"}', "{"):
        assert tooling.calls_in_text(text, tools) is None
    assert tooling.argument_problem({"function": {"name": "add", "arguments": '{"a": "2"}'}}, tools)
    assert tooling.argument_problem({"function": {"name": "add", "arguments": "{a: 2}"}}, tools)
    assert tooling.argument_problem({"function": {"name": "add", "arguments": '{"a": 2, "b": 3}'}}, tools) is None


def test_an_auto_stream_holds_a_call_written_as_text_and_streams_plain_text():
    """The streaming logic over chunks of the shape llama.cpp sends (content deltas, finish, usage)."""

    def chunks(pieces: list[str]) -> list[dict]:
        out = [{"choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]} for p in pieces]
        out.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        out.append({"choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": len(pieces)}})
        return out

    async def run(pieces: list[str]) -> list[dict]:
        async def stream(body: dict):
            for chunk in chunks(pieces):
                yield chunk

        async def chat(body: dict) -> dict:
            raise AssertionError("a call that fits is not made again")

        body = {"messages": ASK, "tools": [WEATHER], "stream": True}
        return [c async for c in tooling.enforced_stream(chat, stream, body)]

    text = asyncio.run(run(["Il ", "fait ", "beau."]))
    deltas = [c["choices"][0]["delta"].get("content") for c in text if c["choices"]]
    assert deltas[:3] == ["Il ", "fait ", "beau."]  # plain text is not held
    call = asyncio.run(run(["```json\n", '{"name": "get_weather", ', '"arguments": {"city": "Paris"}}', "\n```"]))
    sent = [c["choices"][0] for c in call if c["choices"]]
    assert not any(s["delta"].get("content") for s in sent)
    (made,) = [s["delta"]["tool_calls"] for s in sent if s["delta"].get("tool_calls")][0]
    assert made["function"] == {"name": "get_weather", "arguments": '{"city": "Paris"}'} and made["id"]
    assert sent[-1]["finish_reason"] == "tool_calls"


def test_a_call_whose_result_is_already_given_is_not_made_again():
    made = {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}}
    conversation = [*ASK, {"role": "assistant", "tool_calls": [made]}, {"role": "tool", "tool_call_id": "call_1"}]
    again = {"tool_calls": [{"function": {"name": "get_weather", "arguments": '{ "city":"Paris" }'}}]}
    other = {"tool_calls": [{"function": {"name": "get_weather", "arguments": '{"city": "Lyon"}'}}]}
    assert tooling.repeats_answered_calls(again, conversation)
    assert not tooling.repeats_answered_calls(other, conversation)
    assert not tooling.repeats_answered_calls(again, conversation[:2])  # no result yet: a call to make
    assert tooling.without_tools({"messages": ASK, "tools": [WEATHER], "tool_choice": "none"}) == {"messages": ASK}
    conversation[-1]["content"] = "18 °C"
    answering = tooling.answering({"messages": conversation, "tools": [WEATHER]})
    assert "tools" not in answering and [m["role"] for m in answering["messages"]] == ["user", "user"]
    assert 'get_weather({"city": "Paris"}) → 18 °C' in answering["messages"][1]["content"]


def test_the_new_routes_need_a_key(remote):
    app, _, _ = remote
    with TestClient(app) as anonymous:
        for method, path in [("POST", "/v1/completions"), ("POST", "/v1/responses"), ("GET", "/v1/responses/x")]:
            response = anonymous.request(method, path, json={})
            assert response.status_code == 401 and response.json()["error"]["type"] == "authentication_error"
