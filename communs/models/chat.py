"""What apps call to use a chat model: plain text or JSON that matches a schema.

Apps never import a backend: they pass the registry (or a model name) and get text back, from
whichever provider serves the model (embedded llama.cpp, vLLM, Albert...).
"""

from __future__ import annotations

import json
import time
from typing import Any

from communs.config import ModelType
from communs.errors import UpstreamError
from communs.models.registry import Registry
from communs.models.trace import record


async def complete(
    registry: Registry,
    messages: list[dict[str, Any]],
    *,
    model: str | None = None,
    max_tokens: int = 512,
    temperature: float = 0.2,
    **options: Any,
) -> str:
    chosen = registry.get(model, ModelType.TEXT_GENERATION)
    body = {"messages": messages, "max_tokens": max_tokens, "temperature": temperature, **options}
    started = time.perf_counter()
    reply = await chosen.call(lambda provider: provider.chat(body))
    record(reply, time.perf_counter() - started, max_tokens)
    return (reply["choices"][0]["message"].get("content") or "").strip()


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

    Output cut by ``max_tokens`` does not parse: it is retried once with more room.
    """
    response_format = {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema, "strict": True}}
    last = ""
    for attempt in range(attempts):
        last = await complete(
            registry,
            messages,
            model=model,
            max_tokens=max_tokens * (attempt + 1),
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
    raise UpstreamError(f"the model did not return valid JSON: {last[:200]!r}")
