"""/v1/apps/guide/step: Albertine's next step for a goal on a page (the browser extension calls it)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage, services
from communs.api.responses import ERRORS
from communs.apps.guide.schemas import StepAnswer
from communs.apps.guide.snapshot import HistoryItem, Page
from communs.apps.guide.step import next_step
from communs.config import ModelType

router = APIRouter(prefix="/apps", responses=ERRORS)


class StepRequest(BaseModel):
    goal: str = Field(max_length=2000)
    page: Page
    history: list[HistoryItem] = Field(default_factory=list, max_length=200)
    model: str | None = None
    use_model: bool = True


@router.post("/guide/step")
async def guide_step(body: StepRequest, request: Request, principal: Principal = Depends(authenticate)) -> StepAnswer:
    registry = services(request).registry
    step = await next_step(body.goal, body.page, body.history, registry, model=body.model, use_model=body.use_model)
    used = registry.get(body.model, ModelType.TEXT_GENERATION).id if step.source == "model" else None
    record_usage(request, endpoint="apps/guide/step", model=used)
    history = [*body.history, step.as_history(body.page.url)]
    return StepAnswer(**step.model_dump(), history=history[-50:])
