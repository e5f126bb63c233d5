"""POST /v1/chat/completions: OpenAI-compatible chat, streamed (SSE) or not, with JSON-schema output."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from communs.accounts.store import Principal
from communs.api.deps import Services, authenticate, chat_model, record_usage, services
from communs.api.schemas import ChatCompletionRequest, SearchArgs
from communs.errors import CommunsError
from communs.models.base import ChatProvider
from communs.models.registry import Model
from communs.search import rag
from communs.search.multiagent import Chat, Tokens

router = APIRouter()

JSON = "application/json"
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
# a route that streams with `"stream": true` says so in its OpenAPI answer, beside its JSON
STREAMED: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            "text/event-stream": {
                "schema": {
                    "type": "object",
                    "description": "each server-sent event: its JSON chunk in `data`, `[DONE]` last",
                    "properties": {"event": {"type": "string"}, "data": {"type": "string"}},
                    "required": ["data"],
                }
            }
        }
    }
}


def model_chat(model: Model[ChatProvider]) -> Chat:
    """``model``'s chat completion as a plain function (for the cores that ask it: multi-agent search)."""

    async def chat(body: dict) -> dict:
        return await model.call(lambda provider: provider.chat(body))

    return chat


async def ground(
    svc: Services,
    principal: Principal,
    payload: dict,
    args: SearchArgs | None,
    model: Model[ChatProvider],
    tokens: Tokens,
) -> rag.Grounding | None:
    """Albert's ``search_args``: ``payload``'s messages grounded on what the collections hold (none given:
    nothing searched, as Albert); a multi-agent search asks ``model`` too, its tokens counted in ``tokens``."""
    if args is None or not args.collections:
        return None
    grounding = await rag.ground(
        svc.search,
        principal,
        payload["messages"],
        args.collections,
        k=args.k,
        method=args.method,
        score_threshold=args.score_threshold,
        template=args.template,
        chat=model_chat(model),
        tokens=tokens,
    )
    payload["messages"] = grounding.messages
    return grounding


def usage_counts(usage: dict | None) -> tuple[int, int]:
    if not usage:
        return 0, 0
    return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)


@router.post("/chat/completions", responses=STREAMED)
async def chat_completions(
    body: ChatCompletionRequest, request: Request, principal: Principal = Depends(authenticate)
) -> Response:
    svc = services(request)
    model = chat_model(request, body.model)
    name = body.model or model.id
    payload = body.upstream_body()
    tokens = Tokens()  # those of a multi-agent search's own model calls
    grounding = await ground(svc, principal, payload, body.search_args if body.search else None, model, tokens)

    if body.stream:
        return await _stream(request, model, name, payload, grounding, tokens)

    result = await model.call(lambda provider: provider.chat(payload))
    result["model"] = name
    result.pop("timings", None)
    if grounding is not None:
        grounding.attach(result)
    prompt_tokens, completion_tokens = usage_counts(result.get("usage"))
    record_usage(
        request,
        endpoint="chat/completions",
        model=model.id,
        prompt_tokens=prompt_tokens + tokens.prompt,
        completion_tokens=completion_tokens + tokens.completion,
    )
    return Response(orjson.dumps(result), media_type=JSON)


async def _stream(
    request: Request,
    model: Model[ChatProvider],
    name: str,
    payload: dict,
    grounding: rag.Grounding | None,
    tokens: Tokens,
) -> StreamingResponse:
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
        usage = None
        status = 200
        answer: list[str] = []

        def encode(chunk: dict) -> bytes:
            chunk["model"] = name
            chunk.pop("timings", None)
            return b"data: " + orjson.dumps(chunk) + b"\n\n"

        try:
            chunk = first
            held = None  # the last event, sent once the stream ends: Albert puts search_results on it
            while chunk is not None:
                if chunk.get("usage"):
                    usage = chunk["usage"]
                    if not wants_usage:
                        chunk.pop("usage")
                choices = chunk.get("choices") or []
                for choice in choices:
                    answer.append((choice.get("delta") or {}).get("content") or "")
                if grounding is not None and any(choice.get("finish_reason") for choice in choices):
                    # Before the last event: make sure the answer names its sources.
                    footer = grounding.footer("".join(answer))
                    if footer:
                        if held is not None:
                            yield encode(held)
                        held = {
                            "id": chunk.get("id"),
                            "object": "chat.completion.chunk",
                            "created": chunk.get("created"),
                            "choices": [{"index": 0, "delta": {"content": footer}, "finish_reason": None}],
                        }
                if choices or chunk.get("usage"):
                    if held is not None:
                        yield encode(held)
                    held = chunk
                chunk = await anext(chunks, None)
            if held is not None:
                if grounding is not None:  # the chunks used, once, on the last event before [DONE] (as Albert)
                    held["search_results"] = grounding.search_results()
                yield encode(held)
            yield b"data: [DONE]\n\n"
        except CommunsError as exc:
            status = exc.status_code
            yield b"data: " + orjson.dumps(exc.to_dict()) + b"\n\n"
        finally:
            await chunks.aclose()
            prompt_tokens, completion_tokens = usage_counts(usage)
            record_usage(
                request,
                endpoint="chat/completions",
                model=model.id,
                prompt_tokens=prompt_tokens + tokens.prompt,
                completion_tokens=completion_tokens + tokens.completion,
                status=status,
            )

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)
