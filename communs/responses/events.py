"""The streamed events of ``/v1/responses``, made from a chat completion's chunks.

``response.created`` and ``response.in_progress`` first; the text as ``response.output_item.added``,
``response.content_part.added``, ``response.output_text.delta``… ``response.output_text.done``,
``response.content_part.done``, ``response.output_item.done``; each function call, once whole, as
``response.output_item.added``, ``response.function_call_arguments.delta`` and ``.done``,
``response.output_item.done``; then ``response.completed`` with the whole response. Every event carries its
``sequence_number``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from communs.responses.convert import call_item, message_item, new_id


class ResponseEvents:
    """Turns chat chunks into Responses events (bytes of server-sent events), and keeps what was said."""

    def __init__(self, start: Callable[..., dict[str, Any]]) -> None:
        self.start = start  # response_object(...) with the request's fields bound: (output=, status=...) -> dict
        self.sequence = 0
        self.output: list[dict[str, Any]] = []
        self.text_id: str | None = None
        self.text: list[str] = []
        self.calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None
        self.usage: dict[str, Any] | None = None

    def event(self, kind: str, **fields: Any) -> bytes:
        data = {"type": kind, "sequence_number": self.sequence, **fields}
        self.sequence += 1
        return b"event: " + kind.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"

    def opening(self) -> list[bytes]:
        body = self.start(output=[], status="in_progress")
        return [self.event("response.created", response=body), self.event("response.in_progress", response=body)]

    def chunk(self, chunk: dict[str, Any]) -> list[bytes]:
        """The events of one chat chunk (text deltas are sent as they come; calls are gathered)."""
        events: list[bytes] = []
        if chunk.get("usage"):
            self.usage = chunk["usage"]
        for choice in chunk.get("choices") or []:
            delta = choice.get("delta") or {}
            if delta.get("content"):
                if self.text_id is None:
                    events.extend(self._open_text())
                self.text.append(delta["content"])
                events.append(
                    self.event(
                        "response.output_text.delta",
                        item_id=self.text_id,
                        output_index=0,
                        content_index=0,
                        delta=delta["content"],
                        logprobs=[],
                    )
                )
            for call in delta.get("tool_calls") or []:
                slot = self.calls.setdefault(int(call.get("index") or 0), {"id": None, "name": "", "arguments": ""})
                function = call.get("function") or {}
                slot["id"] = call.get("id") or slot["id"]
                slot["name"] = function.get("name") or slot["name"]
                slot["arguments"] += function.get("arguments") or ""
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]
        return events

    def _open_text(self) -> list[bytes]:
        self.text_id = new_id("msg")
        item = message_item(self.text_id, "", status="in_progress")
        part = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
        return [
            self.event("response.output_item.added", output_index=0, item=item),
            self.event("response.content_part.added", item_id=self.text_id, output_index=0, content_index=0, part=part),
        ]

    def closing(self) -> tuple[list[bytes], dict[str, Any]]:
        """The events that end the stream, and the whole response."""
        events: list[bytes] = []
        if self.text_id is not None:
            text = "".join(self.text)
            item = message_item(self.text_id, text)
            part = item["content"][0]
            events.append(
                self.event(
                    "response.output_text.done",
                    item_id=self.text_id,
                    output_index=0,
                    content_index=0,
                    text=text,
                    logprobs=[],
                )
            )
            events.append(
                self.event(
                    "response.content_part.done", item_id=self.text_id, output_index=0, content_index=0, part=part
                )
            )
            events.append(self.event("response.output_item.done", output_index=0, item=item))
            self.output.append(item)
        for index in sorted(self.calls):
            call = self.calls[index]
            item_id, position = new_id("fc"), len(self.output)
            pending = call_item(item_id, call["id"] or new_id("call"), call["name"], "", status="in_progress")
            done = {**pending, "arguments": call["arguments"], "status": "completed"}
            events.append(self.event("response.output_item.added", output_index=position, item=pending))
            events.append(
                self.event(
                    "response.function_call_arguments.delta",
                    item_id=item_id,
                    output_index=position,
                    delta=call["arguments"],
                )
            )
            events.append(
                self.event(
                    "response.function_call_arguments.done",
                    item_id=item_id,
                    output_index=position,
                    name=call["name"],
                    arguments=call["arguments"],
                )
            )
            events.append(self.event("response.output_item.done", output_index=position, item=done))
            self.output.append(done)
        body = self.start(output=self.output, finish_reason=self.finish_reason, chat_usage=self.usage)
        events.append(self.event("response.completed", response=body))
        return events, body

    def failure(self, error: dict[str, Any]) -> bytes:
        return self.event("error", code=error.get("code"), message=error.get("message"), param=error.get("param"))
