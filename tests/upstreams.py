"""Tiny OpenAI-compatible upstream servers for routing tests (real HTTP on loopback)."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from communs.models.llamacpp import free_port


def fake_upstream_app(
    name: str,
    *,
    status: int = 200,
    delay: float = 0.0,
    break_stream: bool = False,
    content: str | None = None,
    finish_reason: str = "stop",
) -> Starlette:
    """An upstream that answers every chat with its own name (or ``content``, ending for ``finish_reason``), or
    fails with ``status``, after ``delay`` seconds; ``app.state.status`` may be changed while it runs (a provider
    that fails, then recovers). ``break_stream``: a stream's connection is cut after its first chunk."""
    calls: list[dict] = []

    async def chat(request: Request):
        body = await request.json()
        calls.append(body)
        status = app.state.status
        if delay:
            await asyncio.sleep(delay)
        if status != 200:
            return JSONResponse({"error": {"message": f"{name} is failing"}}, status_code=status)
        if body.get("stream"):

            async def events():
                for piece in (name, " says hi"):
                    chunk = {
                        "id": "c",
                        "object": "chat.completion.chunk",
                        "model": body["model"],
                        "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                    }
                    yield f"data: {json.dumps(chunk)}\n\n"
                    if break_stream:
                        raise ConnectionResetError(f"{name} cut the stream")
                yield "data: [DONE]\n\n"

            return StreamingResponse(events(), media_type="text/event-stream")
        return JSONResponse(
            {
                "id": "c",
                "object": "chat.completion",
                "model": body["model"],
                "created": 0,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": name if content is None else content},
                        "finish_reason": finish_reason,
                    }
                ],
                "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
            }
        )

    async def completions(request: Request):
        body = await request.json()
        calls.append(body)
        if app.state.status != 200:
            return JSONResponse({"error": {"message": f"{name} is failing"}}, status_code=app.state.status)
        choice = {"index": 0, "text": f" {name}", "logprobs": None, "finish_reason": "stop"}
        usage = {"prompt_tokens": 2, "completion_tokens": 1, "total_tokens": 3}
        return JSONResponse({"id": "t", "object": "text_completion", "choices": [choice], "usage": usage})

    async def models(request: Request):
        app.state.probes += 1
        if app.state.status != 200:
            return JSONResponse({"error": {"message": f"{name} is failing"}}, status_code=app.state.status)
        return JSONResponse({"object": "list", "data": [{"id": "m", "object": "model", "owned_by": name}]})

    app = Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/v1/completions", completions, methods=["POST"]),
            Route("/v1/models", models, methods=["GET"]),
        ]
    )
    app.state.calls = calls
    app.state.status = status
    app.state.probes = 0
    return app


class UpstreamServer:
    def __init__(self, app: Starlette) -> None:
        self.app = app
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def calls(self) -> list[dict]:
        return self.app.state.calls

    def __enter__(self) -> UpstreamServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
