"""POST /v1/completions: OpenAI's legacy text completions (a prompt continued, no chat template), streamed or not.

A list of prompts gives one choice per prompt (asked one after the other: the embedded engine has few slots);
``echo`` puts the prompt before its continuation, for every engine.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from functools import partial

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from communs.accounts.store import Principal
from communs.api.deps import authenticate, chat_model, record_usage
from communs.api.routes.chat import SSE_HEADERS, STREAMED, usage_counts
from communs.api.schemas import CompletionRequest
from communs.errors import CommunsError, WrongModelTypeError
from communs.models.base import ChatProvider, CompletionProvider

router = APIRouter()

ENDPOINT = "completions"


async def _complete(provider: ChatProvider, body: dict) -> dict:
    if not isinstance(provider, CompletionProvider):
        raise WrongModelTypeError("this model's provider serves no text completions")
    return await provider.complete(body)


@router.post("/completions", responses=STREAMED)
async def completions(
    body: CompletionRequest, request: Request, principal: Principal = Depends(authenticate)
) -> Response:
    model = chat_model(request, body.model)
    name = body.model or model.id
    if body.stream:
        return await _stream(request, model, name, body)
    choices = []
    prompt_tokens = completion_tokens = 0
    for index, prompt in enumerate(body.prompts()):
        payload = body.upstream_body(prompt)
        result = await model.call(partial(_complete, body=payload))
        choice = (result.get("choices") or [{}])[0]
        text = (prompt if body.echo else "") + (choice.get("text") or "")
        choices.append({"index": index, "text": text, "logprobs": None, "finish_reason": choice.get("finish_reason")})
        counts = usage_counts(result.get("usage"))
        prompt_tokens, completion_tokens = prompt_tokens + counts[0], completion_tokens + counts[1]
    record_usage(
        request, endpoint=ENDPOINT, model=model.id, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
    )
    answer = {
        "id": "cmpl-" + uuid.uuid4().hex,
        "object": "text_completion",
        "created": int(time.time()),
        "model": name,
        "choices": choices,
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
    return Response(orjson.dumps(answer), media_type="application/json")


async def _stream(request: Request, model, name: str, body: CompletionRequest) -> StreamingResponse:
    wants_usage = bool((body.stream_options or {}).get("include_usage"))
    prompts = body.prompts()
    ident, created = "cmpl-" + uuid.uuid4().hex, int(time.time())
    payloads = [{**body.upstream_body(prompt), "stream_options": {"include_usage": True}} for prompt in prompts]
    first_stream = model.stream(payloads[0], completion=True)
    # Wait for the first chunk before answering 200, so that errors still get a proper HTTP status.
    first = await anext(first_stream, None)

    def event(index: int, text: str, finish_reason: str | None) -> bytes:
        choice = {"index": index, "text": text, "logprobs": None, "finish_reason": finish_reason}
        chunk = {"id": ident, "object": "text_completion", "created": created, "model": name, "choices": [choice]}
        return b"data: " + orjson.dumps(chunk) + b"\n\n"

    async def events() -> AsyncIterator[bytes]:
        totals = [0, 0]
        status = 200
        chunks = first_stream
        try:
            for index, prompt in enumerate(prompts):
                if index > 0:
                    chunks = model.stream(payloads[index], completion=True)
                if body.echo:
                    yield event(index, prompt, None)
                chunk = first if index == 0 else await anext(chunks, None)
                while chunk is not None:
                    counts = usage_counts(chunk.get("usage"))
                    totals = [totals[0] + counts[0], totals[1] + counts[1]]
                    for choice in chunk.get("choices") or []:
                        if choice.get("text") or choice.get("finish_reason"):
                            yield event(index, choice.get("text") or "", choice.get("finish_reason"))
                    chunk = await anext(chunks, None)
                await chunks.aclose()
            if wants_usage:
                usage = {"prompt_tokens": totals[0], "completion_tokens": totals[1], "total_tokens": sum(totals)}
                tail = {"id": ident, "object": "text_completion", "created": created, "model": name}
                yield b"data: " + orjson.dumps({**tail, "choices": [], "usage": usage}) + b"\n\n"
            yield b"data: [DONE]\n\n"
        except CommunsError as exc:
            status = exc.status_code
            yield b"data: " + orjson.dumps(exc.to_dict()) + b"\n\n"
        finally:
            await chunks.aclose()
            record_usage(
                request,
                endpoint=ENDPOINT,
                model=model.id,
                prompt_tokens=totals[0],
                completion_tokens=totals[1],
                status=status,
            )

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)
