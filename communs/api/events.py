"""Server-Sent Events as the apps' routes answer them: named events, each with one JSON object.

A route that runs its work as a background job (:mod:`communs.background`) and streams it answers
``progress`` events (``{"done", "total", "stage"}``), then one ``result`` event (the job's result) or one
``error`` event (the OpenAI-style error body); a client that goes away cancels the job.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
from fastapi.responses import StreamingResponse

from communs.background import Jobs

HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
# The OpenAPI description of a route that answers JSON, or these events with "stream": true.
EVENTS: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The result (JSON); with stream: Server-Sent Events (progress, then result or error).",
        "content": {"text/event-stream": {"schema": {"type": "string"}}},
    }
}


def event(name: str, data: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


def job_events(jobs: Jobs, job_id: str) -> StreamingResponse:
    """The job's progress, then its result or its error, as Server-Sent Events."""

    async def events() -> AsyncIterator[bytes]:
        try:
            async for state in jobs.follow(job_id):
                if state.status == "done" and state.result is not None:
                    yield event("result", state.result)
                elif state.status == "error" and state.error is not None:
                    yield event("error", state.error)
                else:
                    yield event("progress", {"done": state.done, "total": state.total, "stage": state.stage})
        finally:  # the client went away: its work is no longer wanted
            jobs.cancel(job_id)

    return StreamingResponse(events(), media_type="text/event-stream", headers=HEADERS)
