"""POST /v1/chat/completions: OpenAI-compatible chat, streamed (SSE) or not, with JSON-schema output."""

from __future__ import annotations

from collections.abc import AsyncIterator

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage, services
from communs.api.schemas import ChatCompletionRequest
from communs.config import ModelType
from communs.errors import CommunsError, InvalidRequestError
from communs.models.registry import Model

router = APIRouter()

JSON = "application/json"


def _usage_counts(usage: dict | None) -> tuple[int, int]:
    if not usage:
        return 0, 0
    return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)


@router.post("/chat/completions")
async def chat_completions(body: ChatCompletionRequest, request: Request,
                           principal: Principal = Depends(authenticate)) -> Response:
    svc = services(request)
    model = svc.registry.get(body.model, ModelType.TEXT_GENERATION)
    name = body.model or model.id
    payload = body.upstream_body()
    if body.search:
        augment = getattr(request.app.state, "rag", None)
        if augment is None:
            raise InvalidRequestError("search is not available on this server", param="search")
        payload, search_results = await augment(request, principal, body, payload)
    else:
        search_results = None

    if body.stream:
        return await _stream(request, model, name, payload, search_results)

    result = await model.call(lambda provider: provider.chat(payload))
    result["model"] = name
    result.pop("timings", None)
    if search_results is not None:
        result["search_results"] = search_results
    prompt_tokens, completion_tokens = _usage_counts(result.get("usage"))
    record_usage(request, endpoint="chat/completions", model=model.id, prompt_tokens=prompt_tokens,
                 completion_tokens=completion_tokens)
    return Response(orjson.dumps(result), media_type=JSON)


async def _stream(request: Request, model: Model, name: str, payload: dict,
                  search_results: list | None) -> StreamingResponse:
    wants_usage = bool((payload.get("stream_options") or {}).get("include_usage"))
    payload["stream_options"] = {"include_usage": True}  # we always count tokens
    chunks = model.stream(payload)
    # Wait for the first chunk before answering 200, so that errors (unknown model upstream,
    # context too long, every provider down) still get a proper HTTP status.
    try:
        first = await chunks.__anext__()
    except StopAsyncIteration:
        first = None

    async def events() -> AsyncIterator[bytes]:
        nonlocal search_results
        usage = None
        status = 200
        try:
            chunk = first
            pending = chunks
            while chunk is not None:
                if chunk.get("usage"):
                    usage = chunk["usage"]
                    if not wants_usage:
                        chunk.pop("usage")
                        if not chunk.get("choices"):
                            chunk = await anext(pending, None)
                            continue
                chunk["model"] = name
                chunk.pop("timings", None)
                if search_results is not None:  # the chunks used, once, on the first event
                    chunk["search_results"] = search_results
                    search_results = None
                yield b"data: " + orjson.dumps(chunk) + b"\n\n"
                chunk = await anext(pending, None)
            yield b"data: [DONE]\n\n"
        except CommunsError as exc:
            status = exc.status_code
            yield b"data: " + orjson.dumps(exc.to_dict()) + b"\n\n"
        finally:
            await chunks.aclose()
            prompt_tokens, completion_tokens = _usage_counts(usage)
            record_usage(request, endpoint="chat/completions", model=model.id, prompt_tokens=prompt_tokens,
                         completion_tokens=completion_tokens, status=status)

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
