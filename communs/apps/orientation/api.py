"""/v1/apps/orientation: ZenIA, study and career orientation from a conversation.

With ``"stream": true`` the answer is Server-Sent Events: ``result`` at once (the whole JSON, the reply from the
template), then ``delta`` events (``{"text"}``: each checked sentence of the model's short rephrasing), then one
``reply`` event (``{"reply", "reply_source"}``: the reply to keep), or one ``error`` event (OpenAI-style body);
a ``: keep-alive`` comment every 10 s while the model is slow.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from communs.accounts.store import Principal
from communs.api.deps import authenticate, chosen_model, record_usage, services
from communs.api.events import HEADERS, event
from communs.api.responses import ERRORS
from communs.apps.orientation import orient, orient_events
from communs.apps.orientation.schemas import OrientationResult
from communs.errors import CommunsError

router = APIRouter(prefix="/apps", responses=ERRORS)
KEEP_ALIVE_S = 10.0
EVENTS: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The orientation (JSON); with stream: Server-Sent Events (result, delta…, reply, or error).",
        "content": {"text/event-stream": {"schema": {"type": "string"}}},
    }
}


class Message(BaseModel):
    role: str
    content: str


class FormationFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    level: Literal["CAP", "bac", "bac+2", "bac+3", "bac+5"] | None = None
    max_years: float | None = Field(None, description="The formation's own length, at most (years).")
    apprenticeship: bool | None = Field(None, description="True: only diplomas usually prepared in apprenticeship.")
    region: str | None = Field(None, description="Accepted and checked; not applied (the ONISEP data has no places).")
    department: str | None = Field(None, description="Accepted and checked; not applied (no places in the data).")
    place: str | None = Field(
        None,
        description="A commune, postal code or département (« Lille », « 59000 »): resolved to its département "
        "and région, said in the result; not applied to the formations (the ONISEP data has no places).",
    )


class OrientationRequest(BaseModel):
    messages: list[Message]
    k: int = Field(default=5, ge=1, le=50)
    model: str | None = None
    filters: FormationFilters | None = None
    stream: bool = False


@router.post("/orientation", response_model=OrientationResult, responses=EVENTS)
async def orientation(body: OrientationRequest, request: Request, principal: Principal = Depends(authenticate)) -> Any:
    chosen_model(request, body.model)
    messages = [m.model_dump() for m in body.messages]
    filters = body.filters.model_dump() if body.filters else None
    registry = services(request).registry
    if not body.stream:
        result = await orient(registry, messages, k=body.k, model=body.model, filters=filters)
        record_usage(request, endpoint="apps/orientation", model=body.model)
        return OrientationResult.model_validate(result.to_dict())
    events = orient_events(registry, messages, k=body.k, model=body.model, filters=filters)
    name, first = await anext(events)  # a bad request fails here, with its status, before any event
    record_usage(request, endpoint="apps/orientation", model=body.model)

    async def stream() -> AsyncIterator[bytes]:
        yield event(name, OrientationResult.model_validate(first).model_dump(mode="json"))
        pending: asyncio.Future[tuple[str, dict[str, Any]]] | None = None
        try:
            while True:
                pending = pending or asyncio.ensure_future(anext(events))
                done, _ = await asyncio.wait({pending}, timeout=KEEP_ALIVE_S)
                if not done:  # the model is slow (a busy CPU): a comment keeps proxies and clients waiting
                    yield b": keep-alive\n\n"
                    continue
                try:
                    later, data = pending.result()
                except StopAsyncIteration:
                    break
                pending = None
                yield event(later, data)
        except CommunsError as error:
            yield event("error", error.to_dict())
        finally:
            if pending is not None and not pending.done():
                pending.cancel()
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await pending
            await events.aclose()

    return StreamingResponse(stream(), media_type="text/event-stream", headers=HEADERS)
