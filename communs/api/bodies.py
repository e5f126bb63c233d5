"""Bounded JSON request bodies: nesting deeper than :data:`MAX_JSON_DEPTH` is refused with a 400 before it is
parsed (a few thousand levels would otherwise exhaust Python's recursion in the parser, Pydantic or the encoder)."""

from __future__ import annotations

import json
import re
from typing import Any

import anyio
import numpy as np
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from communs.api.responses import error_response
from communs.errors import InvalidRequestError

MAX_JSON_DEPTH = 64

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')  # a JSON string, escapes included (unrolled: linear)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def json_depth(data: bytes | str) -> int:
    """How deeply the arrays and objects of a JSON text nest (0 for a scalar), in linear time and without
    parsing it; brackets inside strings do not count."""
    raw = data.encode() if isinstance(data, str) else data
    if b"[" not in raw and b"{" not in raw:
        return 0
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = (codes & 2).astype(np.int32) - 1  # "[" 91 and "{" 123 have bit 1 set: +1; "]" 93 and "}" 125: -1
    return int(np.cumsum(steps, dtype=np.int32).max())


def check_depth(data: bytes | str, param: str | None = None) -> None:
    if json_depth(data) > MAX_JSON_DEPTH:
        raise InvalidRequestError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels", param=param)


def loads(data: bytes | str, param: str | None = None) -> Any:
    """``json.loads`` of a request's JSON, its depth checked first; invalid JSON is an InvalidRequestError."""
    check_depth(data, param)
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise InvalidRequestError(f"invalid JSON: {exc}", param=param) from None


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            kind = value.split(b";")[0].strip().lower()
            return kind == b"application/json" or kind.endswith(b"+json")
    return False


class JsonDepthLimit:
    """Refuse JSON request bodies nested deeper than ``max_depth`` with a 400, before any route parses them."""

    def __init__(self, app: ASGIApp, max_depth: int = MAX_JSON_DEPTH) -> None:
        self.app = app
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        last: Message | None = None
        while True:  # the body is already bounded by UploadLimit, outside this middleware
            message = await receive()
            if message["type"] != "http.request":
                last = message  # the client left: the app sees it after the body read so far
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        # off the event loop when large (about 100 ms a MB of escaped strings)
        depth = await anyio.to_thread.run_sync(json_depth, body) if len(body) > 65536 else json_depth(body)
        if last is None and depth > self.max_depth:
            error = InvalidRequestError(f"JSON nested deeper than {self.max_depth} levels", param="body")
            await error_response(error)(scope, receive, send)
            return
        pending: list[Message] = [{"type": "http.request", "body": body, "more_body": last is not None}]
        if last is not None:
            pending.append(last)

        async def replay() -> Message:
            return pending.pop(0) if pending else await receive()

        await self.app(scope, replay, send)
