"""/v1/apps/dossier (De Facto): digest a criminal case file in the background, then ask it questions."""

from __future__ import annotations

import asyncio
import logging
from typing import Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field, ValidationError

from communs.accounts.store import Principal
from communs.api.deps import authenticate, chosen_model, form_bool, owner_of, readable_owner, record_usage, services
from communs.api.responses import ERRORS, NOT_FOUND, request_body
from communs.apps.dossier.ask import answer
from communs.apps.dossier.jobs import JobRunner, JobStore
from communs.apps.dossier.report import to_docx, to_html, to_markdown
from communs.apps.dossier.schemas import Answer, Job, JobCreated, Pages
from communs.errors import InvalidRequestError
from communs.jobs.queue import open_queue
from communs.jobs.store import JobTable

log = logging.getLogger(__name__)
router = APIRouter(prefix="/apps", responses=ERRORS)


class AskRequest(BaseModel):
    question: str
    model: str | None = None


async def job_runner(request: Request) -> JobRunner:
    """The app's job runner, made on first use. With the embedded queue, it resumes the jobs a crash or a
    restart interrupted; with a fleet queue (``queue_backend``), this process only enqueues."""
    state = request.app.state
    if getattr(state, "dossier_runner", None) is None:
        svc = services(request)
        store = JobStore(svc.settings.home, svc.settings.database_url, svc.search.store, settings=svc.settings)
        queue = getattr(state, "job_queue", None) or open_queue(
            svc.settings, svc.registry, JobTable("", engine=store.engine)
        )
        state.dossier_runner = runner = JobRunner(store, svc.registry, queue)  # the app's queue, shared
        await asyncio.to_thread(runner.adopt)
        await queue.start()  # in process: runs the unfinished jobs; fleet: queues again any left unqueued
    return state.dossier_runner


class DossierUpload(BaseModel):
    file: list[bytes] = Field(description="The dossier: one PDF, or several files (PDF, images, text).")
    model: str | None = None
    llm: bool = Field(default=True, description="Let the chat model write the synthesis (checked against the pages).")


@router.post("/dossier", openapi_extra=request_body(multipart_form_data=DossierUpload))
async def create_dossier(
    request: Request, principal: Principal = Depends(authenticate), runner: JobRunner = Depends(job_runner)
) -> JobCreated:
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        raise InvalidRequestError("send the dossier as a multipart 'file' (one PDF, or several files)", param="file")
    form = await request.form()
    uploads = [u for u in form.getlist("file") if not isinstance(u, str)]
    if not uploads:
        raise InvalidRequestError("send the dossier as a multipart 'file'", param="file")
    files = [(u.filename or "dossier.pdf", await u.read()) for u in uploads]
    chosen = form.get("model")
    model = chosen_model(request, chosen if isinstance(chosen, str) else None)
    use_llm = form_bool(form.get("llm"), True, param="llm")
    job = await runner.submit(files, owner_of(principal), model or None, use_llm)
    record_usage(request, endpoint="apps/dossier", model=model)
    return JobCreated(id=job.id, status=job.status)


# exclude_unset: a result stored by an older version reads back as it was written (see schemas.DossierResult)
@router.get("/dossier/{job_id}", response_model=Job, responses=NOT_FOUND, response_model_exclude_unset=True)
async def get_dossier(
    job_id: str,
    request: Request,
    principal: Principal = Depends(authenticate),
    runner: JobRunner = Depends(job_runner),
) -> Job | JSONResponse:
    public = runner.get(job_id, readable_owner(request, principal)).public()
    try:
        return Job.model_validate(public)
    except ValidationError as exc:  # a result stored by another version of the app: given back as it is
        log.warning("dossier %s: its stored result does not match the Job model (%s)", job_id, exc.errors()[0])
        return JSONResponse(public)


@router.post("/dossier/{job_id}/cancel", response_model=Job, responses=NOT_FOUND, response_model_exclude_unset=True)
async def cancel_dossier(
    job_id: str,
    request: Request,
    principal: Principal = Depends(authenticate),
    runner: JobRunner = Depends(job_runner),
) -> Job | JSONResponse:
    """Stop a queued or running dossier at its next batch (in this process or on a worker) and discard what it
    read; an ended dossier is left as it is. Returns the dossier as it stands."""
    runner.store.get(job_id, owner_of(principal))  # 404 for a dossier that is not the caller's
    await runner.cancel(job_id)
    return await get_dossier(job_id, request, principal, runner)


@router.delete("/dossier/{job_id}", status_code=204, responses=NOT_FOUND)
async def delete_dossier(
    job_id: str, principal: Principal = Depends(authenticate), runner: JobRunner = Depends(job_runner)
) -> Response:
    """Cancel the dossier if it is still running, then delete it: its pages, files, passage index and result."""
    runner.store.get(job_id, owner_of(principal))
    await runner.cancel(job_id)
    await asyncio.to_thread(runner.store.delete, job_id)
    return Response(status_code=204)


@router.post("/dossier/{job_id}/ask", responses=NOT_FOUND)
async def ask_dossier(
    job_id: str,
    body: AskRequest,
    request: Request,
    principal: Principal = Depends(authenticate),
    runner: JobRunner = Depends(job_runner),
) -> Answer:
    chosen_model(request, body.model)
    store = runner.store
    job = store.get(job_id, readable_owner(request, principal))
    if job.status != "done":
        raise InvalidRequestError(f"the dossier is not ready yet ({job.status}, {round(job.progress * 100)} %)")
    registry = services(request).registry
    index = await store.open_index(job, registry)
    try:
        result = await answer(index, body.question, registry, model=body.model or job.model)
    finally:
        index.close()
    record_usage(request, endpoint="apps/dossier/ask", model=body.model)
    return Answer.model_validate(result)


REPORT_TYPES = {
    "text/markdown": {"schema": {"type": "string"}},
    "text/html": {"schema": {"type": "string"}},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
        "schema": {"type": "string", "format": "binary"}
    },
}


@router.get(
    "/dossier/{job_id}/report",
    response_class=Response,  # no media type of its own: the errors stay application/json
    responses={
        200: {"description": "The report, as Markdown, HTML or DOCX (format=).", "content": REPORT_TYPES},
        **NOT_FOUND,
    },
)
async def dossier_report(
    job_id: str,
    request: Request,
    format: Literal["md", "html", "docx"] = "md",
    principal: Principal = Depends(authenticate),
    runner: JobRunner = Depends(job_runner),
) -> Response:
    job = runner.store.get(job_id, readable_owner(request, principal))
    if job.status != "done" or job.result is None:
        raise InvalidRequestError(f"the dossier is not ready yet ({job.status})")
    if format == "html":
        return Response(to_html(job.result, job.name), media_type="text/html; charset=utf-8")
    if format == "docx":
        return Response(
            to_docx(job.result, job.name),
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            headers={"Content-Disposition": f'attachment; filename="{job_id}.docx"'},
        )
    return PlainTextResponse(to_markdown(job.result, job.name), media_type="text/markdown; charset=utf-8")


@router.get("/dossier/{job_id}/pages", responses=NOT_FOUND)
async def dossier_pages(
    job_id: str,
    request: Request,
    principal: Principal = Depends(authenticate),
    runner: JobRunner = Depends(job_runner),
) -> Pages:
    """The text read on each page (text layer or OCR), with its confidence and flags: what every citation points to."""
    store = runner.store
    store.get(job_id, readable_owner(request, principal))
    pages = await asyncio.to_thread(store.pages, job_id)
    return Pages.model_validate({"data": [p.to_dict() for p in pages]})
