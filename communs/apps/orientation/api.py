"""/v1/apps/orientation: ZenIA, study and career orientation from a conversation."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage, services
from communs.api.responses import ERRORS
from communs.apps.orientation import orient
from communs.apps.orientation.schemas import OrientationResult

router = APIRouter(prefix="/apps", responses=ERRORS)


class Message(BaseModel):
    role: str
    content: str


class OrientationRequest(BaseModel):
    messages: list[Message]
    k: int = 5
    model: str | None = None


@router.post("/orientation")
async def orientation(
    body: OrientationRequest, request: Request, principal: Principal = Depends(authenticate)
) -> OrientationResult:
    messages = [m.model_dump() for m in body.messages]
    result = await orient(services(request).registry, messages, k=body.k, model=body.model)
    record_usage(request, endpoint="apps/orientation", model=body.model)
    return OrientationResult.model_validate(result.to_dict())
