"""Tool (function) calling: checking a request's tools, and making an embedded engine keep the caller's
``tool_choice``.

With ``auto``, llama.cpp's server renders the tools with the model's own chat template (jinja) and parses the
calls out of the answer. It does not keep the other choices: a *named* function (``{"type": "function",
"function": {"name": ...}}``) is silently read as ``auto``, and with the small Qwen2.5-Coder models even
``required`` comes back as text (measured: a JSON call in a code fence, then more text). So a forced choice
(``required`` or named) is made here by JSON-schema constrained generation of ``{"name", "arguments"}``: the
grammar makes the engine write one of the allowed functions with arguments that match its ``parameters``. With
``auto``, a call the model wrote as text (a bare or fenced JSON ``{"name", "arguments"}``, an unparsed
``<tool_call>`` block) is read as a call, and every call is checked — a known function, arguments that parse
as JSON and match its schema — and made again under the grammar when it does not fit.

Remote providers get the tools unchanged (``OpenAICompatibleProvider``); only the embedded engine goes through
:func:`enforced_chat` and :func:`enforced_stream`.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from communs.errors import ContextLengthError

Chat = Callable[[dict], Awaitable[dict]]
Stream = Callable[[dict], AsyncIterator[dict]]

SIMPLE_CHOICES = ("none", "auto", "required")


# --- checking a request --------------------------------------------------------------------------------------


def schema_problem(schema: Any) -> str | None:
    """Why ``schema`` is not a usable JSON Schema for function parameters (None when it is)."""
    if not isinstance(schema, dict):
        return "parameters must be a JSON Schema object"
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        return f"parameters is not a valid JSON Schema: {exc.message}"
    if schema.get("type", "object") != "object":
        return "parameters must describe an object (type: object)"
    return None


def chosen_name(tool_choice: Any) -> str | None:
    """The function a named ``tool_choice`` asks for (chat's ``{"type", "function": {"name"}}`` or the Responses
    API's flat ``{"type", "name"}``), else None."""
    if isinstance(tool_choice, dict):
        function = tool_choice.get("function")
        if isinstance(function, dict):
            return function.get("name")
        return tool_choice.get("name")
    return None


def tool_choice_problem(names: list[str], tool_choice: Any) -> str | None:
    """Why ``tool_choice`` does not fit the tools named ``names`` (None when it does)."""
    if len(set(names)) != len(names):
        return "tools: two functions have the same name"
    name = chosen_name(tool_choice)
    if name is not None and name not in names:
        return f"tool_choice names the function '{name}', which is not among the tools"
    if (tool_choice == "required" or name is not None) and not names:
        return "tool_choice asks for a tool call but no tools are given"
    return None


# --- checking an answer --------------------------------------------------------------------------------------


def _function(tool: dict) -> dict:
    return tool.get("function") or {}


def argument_problem(call: dict, tools: list[dict]) -> str | None:
    """Why a tool call of an answer is not a call of one of ``tools`` with valid arguments (None when it is)."""
    function = call.get("function") or {}
    schemas = {_function(t).get("name"): _function(t).get("parameters") for t in tools}
    name = function.get("name")
    if name not in schemas:
        return f"unknown function {name!r}"
    try:
        arguments = json.loads(function.get("arguments") or "{}")
    except json.JSONDecodeError as exc:
        return f"arguments of {name} are not JSON: {exc}"
    schema = schemas[name] or {"type": "object"}
    error = next(iter(Draft202012Validator(schema).iter_errors(arguments)), None)
    return None if error is None else f"arguments of {name} do not match its parameters: {error.message}"


def calls_problem(message: dict, tools: list[dict], forced: bool) -> str | None:
    calls = message.get("tool_calls") or []
    if forced and not calls:
        return "no tool call"
    for call in calls:
        problem = argument_problem(call, tools)
        if problem:
            return problem
    return None


# --- reading calls the model wrote as text --------------------------------------------------------------------

_FENCE = re.compile(r"^```[a-z]*\s*(.*?)\s*```", re.S)
_TAGGED = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", re.S)
_OPENINGS = ("{", "[", "```", "<tool_call>")


def calls_in_text(text: str, tools: list[dict]) -> list[dict] | None:
    """The tool calls a model wrote as its text, if its text opens with calls of ``tools`` (a JSON
    ``{"name", "arguments"}`` or a list of them, bare, in a code fence or in ``<tool_call>`` tags); else None."""
    body = text.strip()
    fenced = _FENCE.match(body)
    blocks = [fenced.group(1)] if fenced else _TAGGED.findall(body) or [body]
    names = {_function(t).get("name") for t in tools}
    calls = []
    for block in blocks:
        try:  # a call followed by more words (small models go on after it): the call is read, the words dropped
            value, _ = json.JSONDecoder().raw_decode(block)
        except json.JSONDecodeError:
            return None
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, dict) or item.get("name") not in names:
                return None
            arguments = item.get("arguments", item.get("parameters", {}))
            if isinstance(arguments, str):
                try:
                    arguments = json.loads(arguments)
                except json.JSONDecodeError:
                    return None
            if not isinstance(arguments, dict):
                return None
            function = {"name": item["name"], "arguments": json.dumps(arguments, ensure_ascii=False)}
            calls.append({"id": new_call_id(), "type": "function", "function": function})
    return calls or None


def may_open_call(text: str) -> bool:
    """Whether a text that is still coming could be the start of a call written as text."""
    start = text.lstrip()
    return not start or any(start.startswith(o) or o.startswith(start) for o in _OPENINGS)


# --- enforcing a choice on an embedded engine ----------------------------------------------------------------


def _allowed(body: dict) -> tuple[list[dict], bool]:
    """The tools an answer may call, and whether a call is forced (``required`` or a named function)."""
    tools = body.get("tools") or []
    choice = body.get("tool_choice")
    name = chosen_name(choice)
    if name is not None:
        return [t for t in tools if _function(t).get("name") == name], True
    return tools, choice == "required"


def _call_schema(tools: list[dict]) -> dict:
    """A JSON Schema for ``{"name", "arguments"}``: one of the tools, with its own parameters."""
    options = [
        {
            "type": "object",
            "properties": {
                "name": {"const": _function(t)["name"]},
                "arguments": _function(t).get("parameters") or {"type": "object"},
            },
            "required": ["name", "arguments"],
        }
        for t in tools
    ]
    return options[0] if len(options) == 1 else {"anyOf": options}


def _tool_prompt(tools: list[dict]) -> str:
    described = [{k: v for k, v in _function(t).items() if k in ("name", "description", "parameters")} for t in tools]
    return (
        "You call a function now. Answer with one JSON object "
        '{"name": <function name>, "arguments": <its arguments>} and nothing else.\n'
        f"Functions: {json.dumps(described, ensure_ascii=False)}"
    )


def new_call_id() -> str:
    return "call_" + uuid.uuid4().hex[:24]


async def constrained_call(chat: Chat, body: dict, tools: list[dict]) -> dict:
    """A call of one of ``tools`` made by JSON-schema constrained generation (the grammar makes the engine write
    ``{"name", "arguments"}`` matching the chosen function's parameters), as a chat completion."""
    messages = [{"role": "system", "content": _tool_prompt(tools)}, *results_as_text(body.get("messages") or [])]
    skip = ("response_format", "stream", "stream_options")
    request = {k: v for k, v in without_tools(body).items() if k not in skip}
    request["messages"] = messages
    schema = {"name": "tool_call", "schema": _call_schema(tools), "strict": True}
    request["response_format"] = {"type": "json_schema", "json_schema": schema}
    result = await chat(request)
    choice = result["choices"][0]
    try:
        call = json.loads(choice["message"].get("content") or "")
    except json.JSONDecodeError:  # the grammar guarantees JSON, unless max_tokens cut it
        raise ContextLengthError(
            "the function call did not fit in max_tokens: raise max_tokens", param="max_tokens"
        ) from None
    function = {"name": call["name"], "arguments": json.dumps(call["arguments"], ensure_ascii=False)}
    choice["message"] = {
        "role": "assistant",
        "content": None,
        "tool_calls": [{"id": new_call_id(), "type": "function", "function": function}],
    }
    choice["finish_reason"] = "tool_calls"
    return result


def _add_usage(result: dict, extra: dict | None) -> None:
    if not extra:
        return
    usage = result.setdefault("usage", {})
    for key in ("prompt_tokens", "completion_tokens"):
        usage[key] = int(usage.get(key) or 0) + int(extra.get(key) or 0)
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]


TOOL_FIELDS = ("tools", "tool_choice", "parallel_tool_calls")


def without_tools(body: dict) -> dict:
    """The body for an engine that must answer in text: no tools shown (a small model shown tools writes calls
    as text even when told not to call)."""
    return {k: v for k, v in body.items() if k not in TOOL_FIELDS}


def results_as_text(messages: list[dict], instruction: str = "") -> list[dict]:
    """A conversation for an engine shown no tools: earlier calls left out, their results given as plain text
    (``name(arguments) → result``) in a user message where they came (shown as calls, a small model calls
    again instead of reading them)."""
    calls = {c.get("id"): c.get("function") or {} for m in messages for c in m.get("tool_calls") or []}
    plain: list[dict] = []
    results: list[str] = []

    def flush() -> None:
        if results:
            lines = "\n".join(results)
            plain.append({"role": "user", "content": f"Function results:\n{lines}{instruction}"})
            results.clear()

    for message in messages:
        if message.get("role") == "tool":
            function = calls.get(message.get("tool_call_id")) or {}
            call = f"{function.get('name', 'function')}({function.get('arguments', '')})"
            results.append(f"{call} → {message.get('content') or ''}")
            continue
        flush()
        if message.get("tool_calls"):
            if message.get("content"):
                plain.append({"role": "assistant", "content": message["content"]})
        else:
            plain.append(message)
    flush()
    return plain


def answering(body: dict) -> dict:
    """The body for an engine that must answer in text from the results it was given: no tools, the results
    as text."""
    messages = results_as_text(body.get("messages") or [], "\nAnswer my question with these results.")
    return {**without_tools(body), "messages": messages}


def _same_call(function: dict) -> tuple[str, str]:
    arguments = function.get("arguments") or "{}"
    try:
        arguments = json.dumps(json.loads(arguments), sort_keys=True)
    except json.JSONDecodeError:
        pass
    return function.get("name") or "", arguments


def repeats_answered_calls(message: dict, messages: list[dict]) -> bool:
    """Whether every call of ``message`` was already made in the conversation and its result given (small
    models call again with the result in front of them, instead of answering from it)."""
    answered = {m.get("tool_call_id") for m in messages if m.get("role") == "tool"}
    made = {
        _same_call(call.get("function") or {})
        for m in messages
        for call in m.get("tool_calls") or []
        if call.get("id") in answered
    }
    calls = message.get("tool_calls") or []
    return bool(calls) and all(_same_call(call.get("function") or {}) in made for call in calls)


async def _checked(chat: Chat, body: dict, message: dict, tools: list[dict]) -> tuple[dict, dict | None]:
    """An ``auto`` answer's message with its calls read and checked (its usage returned, to be added): a call
    written as text becomes a call; a call that does not fit is made again under the grammar; calls whose
    results the conversation already holds are dropped and the engine answers from them, without tools."""
    if not message.get("tool_calls") and message.get("content"):
        found = calls_in_text(message["content"], tools)
        if found:
            message = {"role": "assistant", "content": None, "tool_calls": found}
    if repeats_answered_calls(message, body.get("messages") or []):
        answer = await chat(answering(body))
        return answer["choices"][0]["message"], answer.get("usage")
    if calls_problem(message, tools, forced=False) is None:
        return message, None
    names = {(c.get("function") or {}).get("name") for c in message.get("tool_calls") or []}
    fixed = await constrained_call(chat, body, [t for t in tools if _function(t).get("name") in names] or tools)
    return fixed["choices"][0]["message"], fixed.get("usage")


async def enforced_chat(chat: Chat, body: dict) -> dict:
    """``chat(body)`` on an embedded engine, the caller's ``tool_choice`` kept and the calls checked."""
    if not body.get("tools") or body.get("tool_choice") == "none":
        return await chat(answering(body) if body.get("tools") else body)
    tools, forced = _allowed(body)
    if forced:
        return await constrained_call(chat, body, tools)
    result = await chat(body)
    choice = result["choices"][0]
    choice["message"], extra = await _checked(chat, body, choice["message"], tools)
    _add_usage(result, extra)
    if choice["message"].get("tool_calls"):
        choice["finish_reason"] = "tool_calls"
    elif choice.get("finish_reason") == "tool_calls":  # the engine's call was dropped: answered in text
        choice["finish_reason"] = "stop"
    return result


def completion_chunks(result: dict) -> list[dict]:
    """A chat completion as the chunks of a stream (role, text and tool calls; the finish; the usage)."""
    choice = result["choices"][0]
    message = choice["message"]
    base = {"id": result.get("id") or "chatcmpl-" + uuid.uuid4().hex, "object": "chat.completion.chunk"}
    base["created"] = result.get("created") or int(time.time())
    delta: dict[str, Any] = {"role": "assistant", "content": message.get("content")}
    if message.get("tool_calls"):
        delta["tool_calls"] = [{"index": i, **call} for i, call in enumerate(message["tool_calls"])]
    chunks = [
        {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": choice.get("finish_reason")}]},
    ]
    if result.get("usage"):
        chunks.append({**base, "choices": [], "usage": result["usage"]})
    return chunks


def merge_call_delta(calls: dict[int, dict], delta: dict) -> None:
    slot = calls.setdefault(int(delta.get("index") or 0), {"type": "function", "function": {"arguments": ""}})
    if delta.get("id"):
        slot["id"] = delta["id"]
    function = delta.get("function") or {}
    if function.get("name"):
        slot["function"]["name"] = function["name"]
    slot["function"]["arguments"] += function.get("arguments") or ""


def _text_chunk(chunk: dict, text: str) -> dict:
    return {**chunk, "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}], "usage": None}


async def enforced_stream(chat: Chat, stream: Stream, body: dict) -> AsyncIterator[dict]:
    """``stream(body)`` on an embedded engine, its tool calls checked before they are sent.

    A forced choice is a call, made under the grammar and sent as chunks. With ``auto``, text streams as it
    comes, except a start that may be a call written as text (``{``, a code fence, ``<tool_call>``): that is
    held until it is clearly text, or the engine finishes. The calls (held deltas, or held text that is calls)
    are checked, made again under the grammar if they do not fit, and sent in one chunk before the finish.
    """
    if not body.get("tools") or body.get("tool_choice") == "none":
        async for chunk in stream(answering(body) if body.get("tools") else body):
            yield chunk
        return
    tools, forced = _allowed(body)
    plain = {k: v for k, v in body.items() if k not in ("stream", "stream_options")}  # for chat(), not streamed
    if forced:
        for chunk in completion_chunks(await constrained_call(chat, plain, tools)):
            yield chunk
        return
    calls: dict[int, dict] = {}
    held: list[str] = []  # text that may be a call written as text
    holding = True
    extra_usage: dict | None = None
    async for chunk in stream(body):
        choices = chunk.get("choices") or []
        finished = next((c for c in choices if c.get("finish_reason")), None)
        for choice in choices:
            delta = choice.get("delta") or {}
            for call in delta.pop("tool_calls", None) or []:
                merge_call_delta(calls, call)
            if holding and delta.get("content"):
                held.append(delta.pop("content"))
                if not may_open_call("".join(held)):
                    holding = False
                    yield _text_chunk(chunk, "".join(held))
                    held = []
        if finished is not None:
            message: dict[str, Any] = {"role": "assistant", "content": "".join(held) or None}
            message["tool_calls"] = [calls[i] for i in sorted(calls)]
            for call in message["tool_calls"]:
                call.setdefault("id", new_call_id())
            message, extra_usage = await _checked(chat, plain, message, tools)
            if message.get("content"):
                yield _text_chunk(chunk, message["content"])
            if message.get("tool_calls"):
                deltas = [{"index": i, **call} for i, call in enumerate(message["tool_calls"])]
                yield {**chunk, "choices": [{"index": 0, "delta": {"tool_calls": deltas}, "finish_reason": None}]}
                finished["finish_reason"] = "tool_calls"
            elif finished["finish_reason"] == "tool_calls":
                finished["finish_reason"] = "stop"
            held = []
        if chunk.get("usage") and extra_usage:
            _add_usage(chunk, extra_usage)
        if not choices or finished is not None or any(c.get("delta") for c in choices):
            yield chunk
