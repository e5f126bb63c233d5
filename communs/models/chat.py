"""What apps call to use a chat model: plain text or JSON that matches a schema.

Apps never import a backend: they pass the registry (or a model name) and get text back, from
whichever provider serves the model (embedded llama.cpp, vLLM, Albert...).
"""

from __future__ import annotations

import json
import time
from typing import Any

from communs.config import ModelType
from communs.errors import RunawayOutputError, UpstreamError
from communs.models.registry import Registry
from communs.models.trace import record


async def _reply(
    registry: Registry, messages: list[dict[str, Any]], model: str | None, max_tokens: int, **options: Any
) -> tuple[str, str | None]:
    """The model's answer and why it stopped (``"length"``: cut by ``max_tokens``)."""
    chosen = registry.get(model, ModelType.TEXT_GENERATION)
    body = {"messages": messages, "max_tokens": max_tokens, **options}
    started = time.perf_counter()
    reply = await chosen.call(lambda provider: provider.chat(body))
    record(reply, time.perf_counter() - started, max_tokens)
    choice = reply["choices"][0]
    return (choice["message"].get("content") or "").strip(), choice.get("finish_reason")


async def complete(
    registry: Registry,
    messages: list[dict[str, Any]],
    *,
    model: str | None = None,
    max_tokens: int = 512,
    temperature: float = 0.2,
    **options: Any,
) -> str:
    text, _ = await _reply(registry, messages, model, max_tokens, temperature=temperature, **options)
    return text


async def complete_json(
    registry: Registry,
    messages: list[dict[str, Any]],
    schema: dict[str, Any],
    *,
    model: str | None = None,
    max_tokens: int = 512,
    temperature: float = 0.1,
    attempts: int = 2,
    **options: Any,
) -> dict[str, Any]:
    """A JSON object constrained by ``schema`` (grammar-enforced on llama.cpp and vLLM), parsed.

    Output cut by ``max_tokens`` does not parse: it is retried once with more room. After the last attempt,
    an answer still cut by the budget raises ``RunawayOutputError`` (callers may keep what they had), any other
    answer that is not a JSON object ``UpstreamError`` (the model ignores the schema: misconfigured or broken).
    """
    response_format = {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema, "strict": True}}
    last, finish = "", None
    for attempt in range(attempts):
        last, finish = await _reply(
            registry,
            messages,
            model,
            max_tokens * (attempt + 1),
            temperature=temperature,
            response_format=response_format,
            **options,
        )
        try:
            value = json.loads(last)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    if finish == "length":  # a runaway: the schema's JSON was never closed within the budget
        raise RunawayOutputError(f"the model's JSON was cut at {max_tokens * attempts} tokens: {last[:200]!r}")
    raise UpstreamError(f"the model did not return valid JSON: {last[:200]!r}")
