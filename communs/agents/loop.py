"""The agent loop: the model answers or calls tools; the calls are run here and their results given back; until
it answers, or the iterations run out.

Each model call is an ordinary chat completion (any engine: the embedded one checks and repairs its calls, a
remote one gets the tools unchanged). The caller's ``tool_choice`` applies to the first call (a forced choice
forced each time would never let the model answer); the next ones are ``auto``, and the last one allowed is made
with ``none``, so that the model answers in text from the results it has. ``max_tokens`` bounds the answer: a
forced call may write up to ``CALL_TOKENS`` for its arguments. A remote model that calls tools
anyway on its last call ends the loop with Albert's ``finish_reason: "max_iterations"``.

The answer is the last call's completion, with the tokens of every call in ``usage``, the chunks the ``search``
tool found in Albert's ``search_results``, and ``tool_messages``: the assistant messages that called tools and
the tools' answers, in order, for a client that continues the conversation or shows its steps.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any

from communs.agents.toolbox import Toolbox
from communs.models.base import ChatProvider
from communs.models.registry import Model
from communs.models.tools import merge_call_delta, new_call_id

CALL_TOKENS = 256  # the least a forced call may write: the caller's max_tokens bounds the answer, not the call
MAX_ITERATIONS = "max_iterations"  # Albert's finish_reason when the model still calls tools at the end


@dataclass
class Agent:
    """One ``/v1/agents/completions`` request: the ``model`` (shown as ``name``), the engine ``body`` without its
    tools (messages, sampling), the ``toolbox`` and the caller's ``tool_choice``."""

    model: Model[ChatProvider]
    name: str
    body: dict[str, Any]
    toolbox: Toolbox
    tool_choice: Any = "auto"
    max_iterations: int = 3
    steps: list[dict[str, Any]] = field(default_factory=list)
    search_results: list[dict[str, Any]] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def usage(self) -> dict[str, int]:
        total = self.prompt_tokens + self.completion_tokens
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens, "total_tokens": total}

    def _count(self, usage: dict | None) -> None:
        if usage:
            self.prompt_tokens += int(usage.get("prompt_tokens") or 0)
            self.completion_tokens += int(usage.get("completion_tokens") or 0)

    def _payload(self, iteration: int) -> dict[str, Any]:
        payload = {**self.body, "messages": [*self.body["messages"], *self.steps]}
        specs = self.toolbox.specs()
        if not specs:
            return payload
        if self.tool_choice == "none" or iteration >= self.max_iterations - 1:
            choice: Any = "none"
        else:
            choice = self.tool_choice if iteration == 0 else "auto"
        payload = {**payload, "tools": specs, "tool_choice": choice}
        if choice == "required" or isinstance(choice, dict):  # a call for sure: room for its arguments
            for name in ("max_tokens", "max_completion_tokens"):
                if name in payload:
                    payload[name] = max(payload[name], CALL_TOKENS)
        return payload

    @staticmethod
    def _may_call(payload: dict[str, Any]) -> bool:
        return bool(payload.get("tools")) and payload.get("tool_choice") != "none"

    async def _run_calls(self, content: str | None, calls: list[dict[str, Any]]) -> None:
        """Run the calls one after the other (a tool may be an app that asks the same engine), results in order."""
        for call in calls:
            call.setdefault("id", new_call_id())
            call.setdefault("type", "function")
        self.steps.append({"role": "assistant", "content": content, "tool_calls": calls})
        for call in calls:
            function = call.get("function") or {}
            result = await self.toolbox.run(str(function.get("name") or ""), str(function.get("arguments") or ""))
            self.search_results.extend(result.search_results)
            self.steps.append(
                {"role": "tool", "tool_call_id": call["id"], "name": function.get("name"), "content": result.text}
            )

    def _extras(self) -> dict[str, Any]:
        return {"search_results": self.search_results, "tool_messages": self.steps}

    async def complete(self) -> dict[str, Any]:
        """The answer, not streamed."""
        result: dict[str, Any] = {}
        for iteration in range(self.max_iterations):
            payload = self._payload(iteration)
            result = await self.model.call(lambda provider, payload=payload: provider.chat(payload))  # type: ignore[misc]
            self._count(result.get("usage"))
            choice = result["choices"][0]
            message = choice.get("message") or {}
            if not message.get("tool_calls"):
                break
            if not self._may_call(payload):
                choice["finish_reason"] = MAX_ITERATIONS
                break
            await self._run_calls(message.get("content"), list(message["tool_calls"]))
        result.pop("timings", None)
        return {**result, "model": self.name, "usage": self.usage, **self._extras()}

    async def stream(self, include_usage: bool = False) -> AsyncGenerator[dict[str, Any], None]:
        """The answer as chat chunks: each call's text as it comes (the tool calls are run here, not sent); the
        last chunk carries the finish, ``search_results`` and ``tool_messages``; then, if asked, the usage."""
        base = {"id": "chatcmpl-" + uuid.uuid4().hex, "object": "chat.completion.chunk", "created": int(time.time())}
        base["model"] = self.name
        role_sent = False
        finish: str | None = None
        for iteration in range(self.max_iterations):
            payload = {**self._payload(iteration), "stream_options": {"include_usage": True}}
            calls: dict[int, dict] = {}
            text: list[str] = []
            finish = None
            async with contextlib.aclosing(self.model.stream(payload)) as chunks:
                async for part in chunks:
                    self._count(part.get("usage"))
                    for choice in part.get("choices") or []:
                        delta = choice.get("delta") or {}
                        for call in delta.get("tool_calls") or []:
                            merge_call_delta(calls, call)
                        if delta.get("content"):
                            text.append(delta["content"])
                            out: dict[str, Any] = {"content": delta["content"]}
                            if not role_sent:
                                out, role_sent = {"role": "assistant", **out}, True
                            yield {**base, "choices": [{"index": 0, "delta": out, "finish_reason": None}]}
                        finish = choice.get("finish_reason") or finish
            if not calls:
                break
            if not self._may_call(payload):
                finish = MAX_ITERATIONS
                break
            await self._run_calls("".join(text) or None, [calls[i] for i in sorted(calls)])
        last = {"index": 0, "delta": {} if role_sent else {"role": "assistant"}, "finish_reason": finish or "stop"}
        yield {**base, "choices": [last], **self._extras()}
        if include_usage:
            yield {**base, "choices": [], "usage": self.usage}
