"""Tiny OpenAI-compatible upstream servers for routing tests (real HTTP on loopback)."""

from __future__ import annotations

import json
import threading
import time

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from communs.models.llamacpp import free_port


def fake_upstream_app(name: str, *, status: int = 200) -> Starlette:
    """An upstream that answers every chat with its own name (or fails with ``status``)."""
    calls: list[dict] = []

    async def chat(request: Request):
        body = await request.json()
        calls.append(body)
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
                yield "data: [DONE]\n\n"

            return StreamingResponse(events(), media_type="text/event-stream")
        return JSONResponse(
            {
                "id": "c",
                "object": "chat.completion",
                "model": body["model"],
                "created": 0,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": name}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
            }
        )

    app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])
    app.state.calls = calls
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
