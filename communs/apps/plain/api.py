"""/v1/apps/plain/*: clarity analysis and the Simplifier.

``POST /plain/simplify`` answers the simplified text as JSON; with ``"stream": true`` it answers Server-Sent
Events instead: ``progress`` events (``{"done", "total", "stage"}``: parts finished of the text's parts) and
then one ``result`` event (the same JSON) or one ``error`` event (the OpenAI-style error body). A long text
goes through a background job: ``POST /plain/jobs`` answers its id at once, ``GET /plain/jobs/{id}`` its
progress, then its result.
"""

from __future__ import annotations

import asyncio
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from communs.accounts.store import Principal
from communs.api.deps import authenticate, chosen_model, owner_of, record_usage, services
from communs.api.events import EVENTS, job_events
from communs.api.responses import ERRORS, NOT_FOUND
from communs.apps.plain.schemas import ClarityAnalysis, PlainJob, Simplification
from communs.apps.plain.simplify import JOB_MAX_CHARS, MAX_CHARS, check_request, simplify
from communs.background import Job, Jobs, Report, jobs_of
from communs.clarity import analyze
from communs.models.trace import Trace, tracing

router = APIRouter(prefix="/apps", responses=ERRORS)


class AnalyzeRequest(BaseModel):
    text: str = Field(max_length=JOB_MAX_CHARS)  # spaCy over 1 MiB: a minute of CPU and its memory
    level: Literal["clair", "falc"] = "clair"


class SimplifyRequest(BaseModel):
    text: str
    level: Literal["clair", "falc"] = "clair"
    lang: str = "fr"
    model: str | None = None
    stream: bool = False


def plain_jobs(request: Request) -> Jobs:
    """The server's Simplifier jobs, made on first use."""
    return jobs_of(request.app.state, "plain")


@router.post("/plain/analyze")
async def plain_analyze(
    body: AnalyzeRequest, request: Request, principal: Principal = Depends(authenticate)
) -> ClarityAnalysis:
    result = await asyncio.to_thread(analyze, body.text, level=body.level)
    record_usage(request, endpoint="apps/plain/analyze", model=None)
    return ClarityAnalysis.model_validate(result.to_dict())


def _submit(request: Request, principal: Principal, body: SimplifyRequest, max_chars: int) -> Job:
    """The simplification as a background job, once the request is known to be valid (else a 400 now)."""
    check_request(body.text, body.level, body.lang, max_chars)
    chosen_model(request, body.model)
    registry = services(request).registry

    async def work(report: Report) -> dict[str, Any]:
        with tracing() as trace:
            result = await simplify(
                body.text,
                registry,
                level=body.level,
                lang=body.lang,
                model=body.model,
                on_progress=report,
                max_chars=max_chars,
            )
        _record(request, body, trace)
        return Simplification.model_validate(result.to_dict()).model_dump(mode="json")

    return plain_jobs(request).submit(owner_of(principal), work)


def _record(request: Request, body: SimplifyRequest, trace: Trace) -> None:
    """The usage of one simplification, with the tokens of all its model calls."""
    totals = trace.summary()
    record_usage(
        request,
        endpoint="apps/plain/simplify",
        model=body.model,
        prompt_tokens=totals["prompt_tokens"],
        completion_tokens=totals["completion_tokens"],
    )


@router.post("/plain/simplify", response_model=Simplification, responses=EVENTS)
async def plain_simplify(body: SimplifyRequest, request: Request, principal: Principal = Depends(authenticate)) -> Any:
    chosen_model(request, body.model)
    if not body.stream:
        with tracing() as trace:
            result = await simplify(
                body.text, services(request).registry, level=body.level, lang=body.lang, model=body.model
            )
        _record(request, body, trace)
        return Simplification.model_validate(result.to_dict())
    job = _submit(request, principal, body, MAX_CHARS)
    return job_events(plain_jobs(request), job.id)


@router.post("/plain/jobs")
async def plain_job_create(
    body: SimplifyRequest, request: Request, principal: Principal = Depends(authenticate)
) -> PlainJob:
    """A long text simplified in the background (up to JOB_MAX_CHARS characters): poll GET /plain/jobs/{id}."""
    job = _submit(request, principal, body, JOB_MAX_CHARS)
    return PlainJob.model_validate(job.public())


@router.get("/plain/jobs/{job_id}", responses=NOT_FOUND)
async def plain_job(job_id: str, request: Request, principal: Principal = Depends(authenticate)) -> PlainJob:
    return PlainJob.model_validate(plain_jobs(request).get(job_id, owner_of(principal)).public())
