"""OpenAI's Responses API over chat completions: input items to chat messages, a chat answer to output items.

A response is a chat completion underneath: ``instructions`` become the system message, the input items the
conversation (messages, ``function_call`` items as the assistant's tool calls, ``function_call_output`` items as
tool messages), function tools the chat's tools. The conversation a stored response continues is kept as chat
messages (its ``instructions`` left out: they do not carry over, as OpenAI's).
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from communs.errors import InvalidRequestError

ROLES = ("user", "system", "developer", "assistant")
TEXT_PARTS = ("input_text", "output_text", "text")


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex}"


def _text(content: Any, where: str) -> str:
    """The text of a message's content: a string, or its text parts joined."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise InvalidRequestError(f"{where}.content must be a string or a list of parts", param=where)
    texts = []
    for index, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind not in TEXT_PARTS or not isinstance(part.get("text"), str):
            raise InvalidRequestError(
                f"{where}.content[{index}]: only text parts (input_text, output_text) are served, not {kind!r}",
                param=where,
                code="unsupported_content",
            )
        texts.append(part["text"])
    return "\n".join(texts)


def _string(item: dict, key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or (key != "arguments" and not value):
        raise InvalidRequestError(f"{where}.{key} must be a non-empty string", param=where)
    return value


def input_messages(input_: str | list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chat messages of a request's ``input``."""
    if isinstance(input_, str):
        return [{"role": "user", "content": input_}]
    messages: list[dict[str, Any]] = []
    for index, item in enumerate(input_):
        where = f"input[{index}]"
        kind = item.get("type", "message")
        if kind == "message":
            role = item.get("role")
            if role not in ROLES:
                raise InvalidRequestError(f"{where}.role must be one of {', '.join(ROLES)}", param=where)
            messages.append(
                {"role": "system" if role == "developer" else role, "content": _text(item.get("content"), where)}
            )
        elif kind == "function_call":
            call = {
                "id": _string(item, "call_id", where),
                "type": "function",
                "function": {"name": _string(item, "name", where), "arguments": _string(item, "arguments", where)},
            }
            last = messages[-1] if messages else None
            if last is not None and last["role"] == "assistant" and last.get("tool_calls"):
                last["tool_calls"].append(call)  # parallel calls: one assistant message
            else:
                messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            output = item.get("output")
            text = output if isinstance(output, str) else json.dumps(output, ensure_ascii=False)
            messages.append({"role": "tool", "tool_call_id": _string(item, "call_id", where), "content": text})
        else:
            raise InvalidRequestError(
                f"{where}: items of type {kind!r} are not served (messages, function_call, function_call_output)",
                param=where,
                code="unsupported_item",
            )
    return messages


def chat_tools(tools: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    """The Responses API's flat function tools in the chat's shape."""
    if not tools:
        return None
    return [
        {"type": "function", "function": {k: v for k, v in tool.items() if k != "type" and v is not None}}
        for tool in tools
    ]


def chat_tool_choice(choice: Any) -> Any:
    if isinstance(choice, dict):
        return {"type": "function", "function": {"name": choice["name"]}}
    return choice


def chat_response_format(text: dict[str, Any] | None) -> dict[str, Any] | None:
    """``text.format`` as the chat's ``response_format`` (json_schema's fields are flat in the Responses API)."""
    fmt = (text or {}).get("format") or {}
    kind = fmt.get("type", "text")
    if kind == "text":
        return None
    if kind == "json_object":
        return {"type": "json_object"}
    if kind == "json_schema" and isinstance(fmt.get("schema"), dict):
        spec = {"name": fmt.get("name") or "response", "schema": fmt["schema"], "strict": fmt.get("strict")}
        return {"type": "json_schema", "json_schema": {k: v for k, v in spec.items() if v is not None}}
    raise InvalidRequestError("text.format must be text, json_object or json_schema with a schema", param="text")


def output_items(message: dict[str, Any]) -> list[dict[str, Any]]:
    """A chat answer's message as the Responses API's output items: its text, then its function calls."""
    items: list[dict[str, Any]] = []
    if message.get("content"):
        items.append(message_item(new_id("msg"), message["content"]))
    for call in message.get("tool_calls") or []:
        function = call.get("function") or {}
        items.append(
            call_item(
                new_id("fc"),
                call.get("id") or new_id("call"),
                function.get("name") or "",
                function.get("arguments") or "",
            )
        )
    return items


def message_item(item_id: str, text: str, status: str = "completed") -> dict[str, Any]:
    content = (
        [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}] if status == "completed" else []
    )
    return {"type": "message", "id": item_id, "status": status, "role": "assistant", "content": content}


def call_item(item_id: str, call_id: str, name: str, arguments: str, status: str = "completed") -> dict[str, Any]:
    return {
        "type": "function_call",
        "id": item_id,
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": status,
    }


def output_messages(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Output items back as chat messages (what a follow-up's conversation holds)."""
    return input_messages(
        [{"role": "assistant", "content": i["content"]} if i["type"] == "message" else i for i in items]
    )


def usage(chat_usage: dict[str, Any] | None) -> dict[str, Any]:
    prompt = int((chat_usage or {}).get("prompt_tokens") or 0)
    completion = int((chat_usage or {}).get("completion_tokens") or 0)
    return {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": prompt + completion,
    }


def response_object(
    request: dict[str, Any],
    *,
    response_id: str,
    model: str,
    output: list[dict[str, Any]],
    status: str = "completed",
    finish_reason: str | None = None,
    chat_usage: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The response body: what was asked (``request``: the request's fields, dumped) and what came out."""
    incomplete = status == "completed" and finish_reason == "length"
    now = time.time()
    return {
        "id": response_id,
        "object": "response",
        "created_at": int(now),
        "status": "incomplete" if incomplete else status,
        "completed_at": int(now) if status == "completed" else None,
        "error": None,
        "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
        "instructions": request.get("instructions"),
        "max_output_tokens": request.get("max_output_tokens"),
        "model": model,
        "output": output,
        "parallel_tool_calls": request.get("parallel_tool_calls") is not False,
        "previous_response_id": request.get("previous_response_id"),
        "reasoning": {"effort": None, "summary": None},
        "store": request.get("store", True),
        "temperature": request.get("temperature"),
        "text": request.get("text") or {"format": {"type": "text"}},
        "tool_choice": request.get("tool_choice") or "auto",
        "tools": request.get("tools") or [],
        "top_p": request.get("top_p"),
        "truncation": "disabled",
        "usage": usage(chat_usage) if status != "in_progress" else None,
        "metadata": request.get("metadata") or {},
    }
