"""/v1/apps/plain/*: clarity analysis and the Simplifier."""

from __future__ import annotations

import asyncio
from typing import Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage, services
from communs.api.responses import ERRORS
from communs.apps.plain.schemas import ClarityAnalysis, Simplification
from communs.apps.plain.simplify import simplify
from communs.clarity import analyze

router = APIRouter(prefix="/apps", responses=ERRORS)


class AnalyzeRequest(BaseModel):
    text: str
    level: Literal["clair", "falc"] = "clair"


class SimplifyRequest(BaseModel):
    text: str
    level: Literal["clair", "falc"] = "clair"
    lang: str = "fr"
    model: str | None = None


@router.post("/plain/analyze")
async def plain_analyze(
    body: AnalyzeRequest, request: Request, principal: Principal = Depends(authenticate)
) -> ClarityAnalysis:
    result = await asyncio.to_thread(analyze, body.text, level=body.level)
    record_usage(request, endpoint="apps/plain/analyze", model=None)
    return ClarityAnalysis.model_validate(result.to_dict())


@router.post("/plain/simplify")
async def plain_simplify(
    body: SimplifyRequest, request: Request, principal: Principal = Depends(authenticate)
) -> Simplification:
    result = await simplify(body.text, services(request).registry, level=body.level, lang=body.lang, model=body.model)
    record_usage(request, endpoint="apps/plain/simplify", model=body.model)
    return Simplification.model_validate(result.to_dict())
