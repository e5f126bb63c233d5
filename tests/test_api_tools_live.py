"""Tool calling, /v1/completions and /v1/responses on the embedded model (Qwen2.5-Coder 0.5B, llama.cpp with the
model's jinja template), through the official `openai` client on a live server: a tool result round-tripped
(assistant tool_calls → tool message → final answer), streamed and not; legacy completions; the Responses API with
its stream events, a follow-up by ``previous_response_id`` and function tools."""

from __future__ import annotations

import json

from jsonschema import validate

from tests.conftest import TEST_CHAT_MODEL
from tests.test_api_tools import ADD, WEATHER


def arguments_of(call, tool: dict) -> dict:
    """A call's arguments, parsed and checked against its function's parameters."""
    assert call.function.name == tool["function"]["name"]
    arguments = json.loads(call.function.arguments)
    validate(arguments, tool["function"]["parameters"])
    return arguments


def test_a_named_tool_call_round_trips_its_result(live_server):
    client = live_server.client()
    messages = [{"role": "user", "content": "Quel temps fait-il à Paris ?"}]
    choice = {"type": "function", "function": {"name": "get_weather"}}
    asked = client.chat.completions.create(
        model=TEST_CHAT_MODEL, messages=messages, tools=[ADD, WEATHER], tool_choice=choice, max_tokens=40, temperature=0
    )
    assert asked.choices[0].finish_reason == "tool_calls" and not asked.choices[0].message.content
    (call,) = asked.choices[0].message.tool_calls
    assert "Paris" in arguments_of(call, WEATHER)["city"] and call.id
    assert asked.usage.completion_tokens > 0
    messages.append(asked.choices[0].message.model_dump(exclude_none=True))
    messages.append({"role": "tool", "tool_call_id": call.id, "content": '{"temperature": "18 °C", "ciel": "dégagé"}'})
    answer = client.chat.completions.create(  # none: the answer in text, from the result
        model=TEST_CHAT_MODEL, messages=messages, tools=[ADD, WEATHER], tool_choice="none", max_tokens=30, temperature=0
    )
    assert not answer.choices[0].message.tool_calls
    assert "18" in answer.choices[0].message.content


def test_a_required_tool_call_streams_and_round_trips(live_server):
    client = live_server.client()
    messages = [{"role": "user", "content": "Combien font 2 + 3 ?"}]
    stream = client.chat.completions.create(
        model=TEST_CHAT_MODEL,
        messages=messages,
        tools=[WEATHER, ADD],
        tool_choice="required",
        max_tokens=40,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    calls: dict[int, dict] = {}
    finish, usage = None, None
    for chunk in stream:
        usage = chunk.usage or usage
        for choice in chunk.choices:
            finish = choice.finish_reason or finish
            for delta in choice.delta.tool_calls or []:
                slot = calls.setdefault(delta.index, {"id": "", "name": "", "arguments": ""})
                slot["id"] += delta.id or ""
                slot["name"] += (delta.function.name or "") if delta.function else ""
                slot["arguments"] += (delta.function.arguments or "") if delta.function else ""
    assert finish == "tool_calls" and usage.completion_tokens > 0
    (call,) = calls.values()
    assert call["name"] == "add" and json.loads(call["arguments"]) == {"a": 2, "b": 3}
    function = {"name": call["name"], "arguments": call["arguments"]}
    messages.append({"role": "assistant", "tool_calls": [{"id": call["id"], "type": "function", "function": function}]})
    messages.append({"role": "tool", "tool_call_id": call["id"], "content": "5"})
    answer = client.chat.completions.create(  # with auto, the 0.5B model calls add again (made valid under the grammar)
        model=TEST_CHAT_MODEL,
        messages=messages,
        tools=[WEATHER, ADD],
        tool_choice="none",
        max_tokens=20,
        temperature=0,
        stream=True,
    )
    text = "".join(c.choices[0].delta.content or "" for c in answer if c.choices)
    assert "5" in text


def test_auto_lets_the_model_call_with_its_own_template(live_server):
    """The 0.5B model writes its call as a fenced JSON block: read as a call, checked against the schema."""
    reply = live_server.client().chat.completions.create(
        model=TEST_CHAT_MODEL,
        messages=[{"role": "user", "content": "What is the weather in Paris?"}],
        tools=[WEATHER],
        max_tokens=40,
        temperature=0,
    )
    (call,) = reply.choices[0].message.tool_calls
    assert "Paris" in arguments_of(call, WEATHER)["city"] and reply.choices[0].finish_reason == "tool_calls"


def test_legacy_completions_continue_a_prompt(live_server):
    client = live_server.client()
    prompts = ["La capitale de la France est", "Lundi, mardi, mercredi,"]
    done = client.completions.create(model=TEST_CHAT_MODEL, prompt=prompts, max_tokens=3, temperature=0, echo=True)
    assert [c.index for c in done.choices] == [0, 1]
    assert done.choices[0].text.startswith(prompts[0]) and "Paris" in done.choices[0].text
    assert done.choices[1].text.startswith(prompts[1]) and "jeudi" in done.choices[1].text
    assert done.usage.completion_tokens == 6 and done.object == "text_completion"
    stream = client.completions.create(
        model=TEST_CHAT_MODEL, prompt=prompts[0], max_tokens=3, temperature=0, stream=True, stop=["."]
    )
    pieces = [c.choices[0].text for c in stream if c.choices]
    assert len(pieces) >= 2 and "Paris" in "".join(pieces)


def test_responses_answer_stream_and_continue_a_conversation(live_server):
    client = live_server.client()
    first = client.responses.create(
        model=TEST_CHAT_MODEL,
        instructions="Réponds en un seul mot.",
        input="Quelle est la capitale de la France ?",
        max_output_tokens=8,
        temperature=0,
    )
    assert first.status in ("completed", "incomplete") and "Paris" in first.output_text
    assert first.usage.input_tokens > 0 and first.usage.output_tokens > 0
    events = list(
        client.responses.create(
            model=TEST_CHAT_MODEL,
            previous_response_id=first.id,
            input="Et celle de l'Italie ?",
            max_output_tokens=8,
            temperature=0,
            stream=True,
        )
    )
    kinds = [e.type for e in events]
    assert kinds[:2] == ["response.created", "response.in_progress"] and kinds[-1] == "response.completed"
    assert "response.output_text.delta" in kinds and "response.output_text.done" in kinds
    assert [e.sequence_number for e in events] == list(range(len(events)))
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    done = events[-1].response
    assert "Rome" in text and done.output_text == text and done.previous_response_id == first.id
    assert client.responses.retrieve(done.id).output_text == text


def test_responses_call_a_function_and_use_its_output(live_server):
    client = live_server.client()
    tool = {"type": "function", **WEATHER["function"]}
    asked = client.responses.create(
        model=TEST_CHAT_MODEL,
        input="Quel temps fait-il à Lyon ?",
        tools=[tool],
        tool_choice={"type": "function", "name": "get_weather"},
        max_output_tokens=40,
        temperature=0,
    )
    (call,) = [item for item in asked.output if item.type == "function_call"]
    assert call.name == "get_weather" and "Lyon" in json.loads(call.arguments)["city"]
    answer = client.responses.create(
        model=TEST_CHAT_MODEL,
        previous_response_id=asked.id,
        input=[{"type": "function_call_output", "call_id": call.call_id, "output": "22 °C, pluie"}],
        tools=[tool],
        max_output_tokens=30,
        temperature=0,
    )
    assert "22" in answer.output_text
