"""/v1/apps/aiact/*: SONIC, the EU AI Act — table of contents, articles, questions, classification."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from communs.accounts.store import Principal
from communs.api.deps import authenticate, chosen_model, record_usage, services
from communs.api.responses import ERRORS, NOT_FOUND
from communs.apps.aiact import questionnaire
from communs.apps.aiact.act import load_act
from communs.apps.aiact.ask import ask
from communs.apps.aiact.classify import classify_answers, classify_description
from communs.apps.aiact.index import open_index
from communs.apps.aiact.schemas import Article, AskAnswer, Citation, Classification, Questionnaire, TableOfContents
from communs.errors import InvalidRequestError

router = APIRouter(prefix="/apps/aiact", responses=ERRORS)


class AskRequest(BaseModel):
    question: str
    k: int = Field(default=5, ge=1, le=50)
    model: str | None = None


class ClassifyRequest(BaseModel):
    description: str | None = None
    answers: dict[str, Any] | None = None
    role: str | None = None
    model: str | None = None


@router.get("/toc")
async def aiact_toc(principal: Principal = Depends(authenticate)) -> TableOfContents:
    return TableOfContents.model_validate(load_act().toc())


# exclude_unset: an article, an annex and a recital carry different keys (see schemas.Article)
@router.get("/articles/{ident}", responses=NOT_FOUND, response_model_exclude_unset=True)
async def aiact_article(ident: str, principal: Principal = Depends(authenticate)) -> Article:
    return Article.model_validate(load_act().article(ident))


@router.get("/questions")
async def aiact_questions(principal: Principal = Depends(authenticate)) -> Questionnaire:
    return Questionnaire.model_validate(questionnaire())


@router.post("/ask")
async def aiact_ask(body: AskRequest, request: Request, principal: Principal = Depends(authenticate)) -> AskAnswer:
    chosen_model(request, body.model)
    svc = services(request)
    index = await open_index(svc.settings, svc.registry)
    result = await ask(index, body.question, k=body.k, model=body.model)
    record_usage(request, endpoint="apps/aiact/ask", model=body.model)
    return AskAnswer(
        answer=result.answer,
        language=result.language,
        in_scope=result.in_scope,
        citations=[Citation(id=c.id, label=c.label, title=c.title, text=c.text) for c in result.citations],
    )


@router.post("/classify")
async def aiact_classify(
    body: ClassifyRequest, request: Request, principal: Principal = Depends(authenticate)
) -> Classification:
    chosen_model(request, body.model)
    svc = services(request)
    if body.answers is not None:
        result = await asyncio.to_thread(classify_answers, load_act(), body.answers, body.role)
    elif body.description:
        index = await open_index(svc.settings, svc.registry)
        result = await classify_description(index, body.description, body.role, model=body.model)
    else:
        raise InvalidRequestError(
            "give a description of the system, or the questionnaire's answers", param="description"
        )
    record_usage(request, endpoint="apps/aiact/classify", model=body.model)
    return Classification.model_validate(result.to_dict())
