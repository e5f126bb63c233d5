"""/v1/apps/guide/step: Albertine's next step for a goal on a page (the browser extension calls it)."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field, model_validator

from communs.accounts.store import Principal
from communs.api.deps import authenticate, chosen_model, record_usage, services
from communs.api.responses import ERRORS
from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.schemas import StepAnswer
from communs.apps.guide.snapshot import HistoryItem, Page
from communs.apps.guide.step import next_step
from communs.config import ModelType

router = APIRouter(prefix="/apps", responses=ERRORS)


MAX_HTML_CHARS = 2_000_000


class StepRequest(BaseModel):
    goal: str = Field(max_length=2000)
    page: Page | None = Field(None, description="The page as the extension sees it (or send its html).")
    html: str | None = Field(
        None, max_length=MAX_HTML_CHARS, description="The page's HTML, read as the extension would."
    )
    url: str = Field("", max_length=2000, description="The page's address, with html.")
    history: list[HistoryItem] = Field(default_factory=list, max_length=200)
    model: str | None = None
    use_model: bool = True

    @model_validator(mode="after")
    def _one_page(self) -> StepRequest:
        if (self.page is None) == (self.html is None):
            raise ValueError("send the page either as a snapshot (page) or as its HTML (html), not both")
        return self


@router.post("/guide/step")
async def guide_step(body: StepRequest, request: Request, principal: Principal = Depends(authenticate)) -> StepAnswer:
    chosen_model(request, body.model)
    registry = services(request).registry
    page = body.page
    if page is None:  # the page's HTML, read as the extension reads the live page
        page = await asyncio.to_thread(snapshot_from_html, body.html or "", url=body.url)
    step = await next_step(body.goal, page, body.history, registry, model=body.model, use_model=body.use_model)
    used = registry.get(body.model, ModelType.TEXT_GENERATION).id if step.source == "model" else None
    record_usage(request, endpoint="apps/guide/step", model=used)
    history = [*body.history, step.as_history(page.url)]
    return StepAnswer(**step.model_dump(), history=history[-50:])
