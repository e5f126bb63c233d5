"""POST /v1/responses (OpenAI's Responses API: text, function tools, streaming, ``previous_response_id``),
GET and DELETE /v1/responses/{id}. A response is a chat completion underneath (communs.responses.convert);
stored responses are the caller's own (another user's id is a 404)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import partial
from typing import Any

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from communs.accounts.store import Principal
from communs.api.deps import authenticate, chat_model, owner_of, record_usage, services
from communs.api.routes.chat import SSE_HEADERS, STREAMED, usage_counts
from communs.api.schemas import ResponseRequest, ResponseToolChoice
from communs.errors import CommunsError
from communs.models.base import ChatProvider
from communs.models.registry import Model
from communs.responses import convert
from communs.responses.events import ResponseEvents
from communs.responses.store import ResponseStore

router = APIRouter()

ENDPOINT = "responses"
JSON = "application/json"


def store_of(request: Request) -> ResponseStore:
    return ResponseStore(services(request).accounts.engine)


def _chat_body(body: ResponseRequest, history: list[dict[str, Any]]) -> dict[str, Any]:
    messages = [{"role": "system", "content": body.instructions}] if body.instructions else []
    messages += history
    chat: dict[str, Any] = {
        "messages": messages,
        "max_tokens": body.max_output_tokens,
        "temperature": body.temperature,
        "top_p": body.top_p,
        "tools": convert.chat_tools([t.model_dump(exclude_none=True) for t in body.tools or []]),
        "tool_choice": convert.chat_tool_choice(
            body.tool_choice.model_dump() if isinstance(body.tool_choice, ResponseToolChoice) else body.tool_choice
        ),
        "parallel_tool_calls": body.parallel_tool_calls,
        "response_format": convert.chat_response_format(body.text),
    }
    return {k: v for k, v in chat.items() if v is not None}


@router.post("/responses", responses=STREAMED)
async def create_response(
    body: ResponseRequest, request: Request, principal: Principal = Depends(authenticate)
) -> Response:
    model = chat_model(request, body.model)
    owner = owner_of(principal)
    store = store_of(request)
    history = store.conversation(owner, body.previous_response_id) if body.previous_response_id else []
    history += convert.input_messages(body.input)
    payload = _chat_body(body, history)
    fields = body.model_dump(mode="json", exclude_none=True)
    start = partial(convert.response_object, fields, response_id=convert.new_id("resp"), model=body.model or model.id)

    def keep(response: dict[str, Any]) -> None:
        if body.store:
            store.save(owner, response, history + convert.output_messages(response["output"]))

    if body.stream:
        return await _stream(request, model, payload, start, keep)

    result = await model.call(lambda provider: provider.chat(payload))
    choice = (result.get("choices") or [{}])[0]
    output = convert.output_items(choice.get("message") or {})
    response = start(output=output, finish_reason=choice.get("finish_reason"), chat_usage=result.get("usage"))
    prompt_tokens, completion_tokens = usage_counts(result.get("usage"))
    record_usage(
        request, endpoint=ENDPOINT, model=model.id, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
    )
    keep(response)
    return Response(orjson.dumps(response), media_type=JSON)


async def _stream(request: Request, model: Model[ChatProvider], payload: dict, start, keep) -> StreamingResponse:
    payload["stream_options"] = {"include_usage": True}
    chunks = model.stream(payload)
    # the first chunk before answering 200, so that errors before it get their HTTP status
    first = await anext(chunks, None)
    events = ResponseEvents(start)

    async def stream() -> AsyncIterator[bytes]:
        status = 200
        try:
            for event in events.opening():
                yield event
            chunk = first
            while chunk is not None:
                for event in events.chunk(chunk):
                    yield event
                chunk = await anext(chunks, None)
            closing, response = events.closing()
            keep(response)
            for event in closing:
                yield event
        except CommunsError as exc:
            status = exc.status_code
            yield events.failure(exc.to_dict()["error"])
        finally:
            await chunks.aclose()
            prompt_tokens, completion_tokens = usage_counts(events.usage)
            record_usage(
                request,
                endpoint=ENDPOINT,
                model=model.id,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                status=status,
            )

    return StreamingResponse(stream(), media_type="text/event-stream", headers=SSE_HEADERS)


@router.get("/responses/{response_id}")
async def get_response(response_id: str, request: Request, principal: Principal = Depends(authenticate)) -> Response:
    return Response(orjson.dumps(store_of(request).get(owner_of(principal), response_id)), media_type=JSON)


@router.delete("/responses/{response_id}")
async def delete_response(response_id: str, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    store_of(request).delete(owner_of(principal), response_id)
    return {"id": response_id, "object": "response", "deleted": True}
