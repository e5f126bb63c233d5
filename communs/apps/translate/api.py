"""/v1/apps/translate: French administrative text translated, every fact checked, labelled.

``POST /apps/translate`` answers the translation as JSON; with ``"stream": true`` Server-Sent Events
(``progress`` per paragraph, then ``result`` or ``error``, see :mod:`communs.api.events`). A long text goes
through a background job: ``POST /apps/translate/jobs``, then ``GET /apps/translate/jobs/{id}``.
``GET /apps/translate/languages`` lists the target languages.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from communs.accounts.store import Principal
from communs.api.deps import authenticate, chosen_model, owner_of, record_usage, services
from communs.api.events import EVENTS, job_events
from communs.api.responses import ERRORS, NOT_FOUND
from communs.apps.translate.languages import MEASURED, label, targets
from communs.apps.translate.schemas import LanguageInfo, Languages, TranslateJob, Translation
from communs.apps.translate.translate import JOB_MAX_CHARS, MAX_CHARS, check_request, translate
from communs.background import Job, Jobs, Report, jobs_of
from communs.models.trace import Trace, tracing

router = APIRouter(prefix="/apps", responses=ERRORS)


class TranslateRequest(BaseModel):
    text: str = Field(description="The text to translate (French), paragraphs separated by a blank line.")
    lang: str = Field(description="The target language: en, ar, uk, es, pt, de, it, ru, tr, ro, zh.")
    source: str = Field(default="fr", description="The source language: fr (or any target, to translate into fr).")
    model: str | None = None
    stream: bool = False


def translate_jobs(request: Request) -> Jobs:
    """The server's translation jobs, made on first use."""
    return jobs_of(request.app.state, "translate")


def _record(request: Request, body: TranslateRequest, trace: Trace) -> None:
    totals = trace.summary()
    record_usage(
        request,
        endpoint="apps/translate",
        model=body.model,
        prompt_tokens=totals["prompt_tokens"],
        completion_tokens=totals["completion_tokens"],
    )


def _submit(request: Request, principal: Principal, body: TranslateRequest, max_chars: int) -> Job:
    """The translation as a background job, once the request is known to be valid (else a 4xx now)."""
    check_request(body.text, body.lang, body.source, max_chars)
    chosen_model(request, body.model)
    registry = services(request).registry

    async def work(report: Report) -> dict[str, Any]:
        with tracing() as trace:
            result = await translate(
                body.text,
                registry,
                body.lang,
                source=body.source,
                model=body.model,
                on_progress=report,
                max_chars=max_chars,
            )
        _record(request, body, trace)
        return Translation.model_validate(result.to_dict()).model_dump(mode="json")

    return translate_jobs(request).submit(owner_of(principal), work)


@router.get("/translate/languages")
async def translate_languages(principal: Principal = Depends(authenticate)) -> Languages:
    return Languages(
        languages=[
            LanguageInfo(
                code=lang.code,
                name=lang.french,
                label=label(lang.code),
                direction="rtl" if lang.rtl else "ltr",
                measured=lang.code in MEASURED,
            )
            for lang in targets()
        ]
    )


@router.post("/translate", response_model=Translation, responses=EVENTS)
async def translate_text(body: TranslateRequest, request: Request, principal: Principal = Depends(authenticate)) -> Any:
    check_request(body.text, body.lang, body.source, MAX_CHARS)
    chosen_model(request, body.model)
    if body.stream:
        job = _submit(request, principal, body, MAX_CHARS)
        return job_events(translate_jobs(request), job.id)
    with tracing() as trace:
        result = await translate(body.text, services(request).registry, body.lang, source=body.source, model=body.model)
    _record(request, body, trace)
    return Translation.model_validate(result.to_dict())


@router.post("/translate/jobs")
async def translate_job_create(
    body: TranslateRequest, request: Request, principal: Principal = Depends(authenticate)
) -> TranslateJob:
    """A long text translated in the background (up to JOB_MAX_CHARS characters): poll GET /translate/jobs/{id}."""
    job = _submit(request, principal, body, JOB_MAX_CHARS)
    return TranslateJob.model_validate(job.public())


@router.get("/translate/jobs/{job_id}", responses=NOT_FOUND)
async def translate_job(job_id: str, request: Request, principal: Principal = Depends(authenticate)) -> TranslateJob:
    return TranslateJob.model_validate(translate_jobs(request).get(job_id, owner_of(principal)).public())
