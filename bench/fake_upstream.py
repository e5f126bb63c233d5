"""A minimal OpenAI-compatible upstream that answers at once, to measure a gateway's own overhead.

Raw asyncio HTTP/1.1 with keep-alive (no framework, so its own cost is as small as can be):
``POST /v1/chat/completions`` answers a fixed JSON completion, or a short SSE stream (5 content
chunks, a finish chunk, a usage chunk when ``stream_options.include_usage`` is set, then ``[DONE]``);
``GET /health`` and ``GET /v1/models`` answer too. Listens on 127.0.0.1 only.

    python bench/fake_upstream.py --port 8123
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

WORDS = ["Bonjour", " et", " bienvenue", " au", " service."]
USAGE = {"prompt_tokens": 12, "completion_tokens": len(WORDS), "total_tokens": 12 + len(WORDS)}


def _completion(model: str) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "".join(WORDS)},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": USAGE,
    }


def _chunk(model: str, delta: dict, finish: str | None = None, usage: dict | None = None) -> bytes:
    choices = [] if usage else [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": choices,
    }
    if usage:
        body["usage"] = usage
    return b"data: " + json.dumps(body).encode() + b"\n\n"


def _stream_events(model: str, include_usage: bool) -> list[bytes]:
    events = [_chunk(model, {"role": "assistant", "content": ""})]
    events += [_chunk(model, {"content": word}) for word in WORDS]
    events.append(_chunk(model, {}, finish="stop"))
    if include_usage:
        events.append(_chunk(model, {}, usage=USAGE))
    events.append(b"data: [DONE]\n\n")
    return events


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
    if headers.get("transfer-encoding", "").lower() == "chunked":
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            data = await reader.readexactly(size + 2)
            if size == 0:
                return b"".join(parts)
            parts.append(data[:-2])
    return await reader.readexactly(int(headers.get("content-length") or 0))


def _response(status: str, body: bytes, content_type: str = "application/json") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:  # one keep-alive connection, request after request
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
            method, path, _ = head[0].split(" ", 2)
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:] if line)}
            body = await _read_body(reader, headers)
            path = path.split("?", 1)[0]
            if method == "POST" and path.endswith("/chat/completions"):
                request = json.loads(body or b"{}")
                model = str(request.get("model") or "fake-model")
                if request.get("stream"):
                    include_usage = bool((request.get("stream_options") or {}).get("include_usage"))
                    writer.write(
                        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                        b"Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n"
                    )
                    for event in _stream_events(model, include_usage):
                        writer.write(f"{len(event):x}\r\n".encode() + event + b"\r\n")
                        await writer.drain()
                    writer.write(b"0\r\n\r\n")
                else:
                    writer.write(_response("200 OK", json.dumps(_completion(model)).encode()))
            elif method == "GET" and path in ("/health", "/v1/models", "/models"):
                models = {"object": "list", "data": [{"id": "fake-model", "object": "model", "owned_by": "bench"}]}
                writer.write(_response("200 OK", json.dumps(models).encode()))
            else:
                writer.write(_response("404 Not Found", b'{"error": {"message": "not found"}}'))
            await writer.drain()
            if headers.get("connection", "").lower() == "close":
                break
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
        pass
    finally:
        writer.close()


async def serve(port: int) -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=256)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="fake OpenAI-compatible upstream")
    parser.add_argument("--port", type=int, required=True)
    asyncio.run(serve(parser.parse_args().port))
