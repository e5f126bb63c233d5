"""/v1/jobs/{id}: the long jobs a caller started (a large document to index, a long transcription, a dossier),
and how a route runs its work as one (:mod:`communs.jobs.long`).

A route whose work is long submits a job and waits for it (``job_wait_seconds``), then answers in its usual,
synchronous shape; a request with the header ``Prefer: respond-async`` (RFC 7240), or one whose job is still
running when the wait ends, is answered ``202 Accepted`` with the job (``Location: /v1/jobs/{id}``) to poll:
``status`` goes ``queued`` → ``running`` → ``done`` (``result``: the body the route would have answered) or
``error`` (``error``: the error it would have answered).
"""

from __future__ import annotations

import asyncio
import shutil
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse

from communs.accounts.store import Principal
from communs.api.deps import authenticate, owner_of, services
from communs.errors import error_from_dict
from communs.jobs.long import submit_upload, upload_folder
from communs.jobs.queue import JobQueue
from communs.jobs.store import JobState

router = APIRouter()
JobId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]


def job_queue(request: Request) -> JobQueue:
    """The process's job queue (made with the app, started with it)."""
    return request.app.state.job_queue


def wants_async(request: Request) -> bool:
    """The client asked for a job to poll rather than the answer (``Prefer: respond-async``)."""
    preferences = request.headers.get("prefer", "").replace(";", ",").split(",")
    return any(p.strip().lower() == "respond-async" for p in preferences)


def job_json(job: JobState) -> dict[str, Any]:
    return {"object": "job", **job.public()}


def accepted(job: JobState) -> JSONResponse:
    return JSONResponse(job_json(job), status_code=202, headers={"Location": f"/v1/jobs/{job.id}"})


async def run_as_job(
    request: Request, principal: Principal, kind: str, payload: dict[str, Any], data: bytes
) -> JobState | JSONResponse:
    """Submit the job (its upload kept for the worker); the job once done, or a 202 to poll (asked for, or the
    wait is over). A job that ended in error raises its error: the route answers it as it would have."""
    queue = job_queue(request)
    job_id = await submit_upload(queue, kind, owner_of(principal), payload, data)
    if wants_async(request):
        return accepted(await asyncio.to_thread(queue.get, job_id))
    job = await queue.result(job_id, services(request).settings.job_wait_seconds)
    if job.status == "done":
        return job
    if job.ended:
        raise error_from_dict(job.error)
    return accepted(job)


def _visible(request: Request, principal: Principal, job_id: str) -> JobState:
    """The job, if the caller started it (an admin reads every job); else a 404."""
    return job_queue(request).get(job_id, None if principal.is_admin else owner_of(principal))


@router.get("/jobs/{job_id}")
async def get_job(job_id: JobId, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    return job_json(await asyncio.to_thread(_visible, request, principal, job_id))


@router.delete("/jobs/{job_id}")
async def cancel_job(job_id: JobId, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    """Cancel a job: a queued one at once, a running one at its next heartbeat."""
    await asyncio.to_thread(_visible, request, principal, job_id)
    await job_queue(request).cancel(job_id)
    job = await asyncio.to_thread(_visible, request, principal, job_id)
    if job.ended:  # cancelled before it ran: its upload goes now (a running job's, by the sweep)
        await asyncio.to_thread(shutil.rmtree, upload_folder(services(request).settings, job_id), True)
    return job_json(job)
