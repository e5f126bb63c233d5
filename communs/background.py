"""Work that outlives a request: a background task per job, its progress and its result, kept in memory.

    jobs = Jobs("plain")
    job = jobs.submit("alice", lambda report: work(text, on_progress=report))   # from the event loop
    jobs.get(job.id, "alice").public()       # {"id", "status", "stage", "done", "total", "error", "result"}
    async for state in jobs.follow(job.id):  # each change, until the job has ended
        ...

For work of a few minutes that a restart may lose (the client submits again); work that must survive a
crash keeps its progress on disk (``communs.apps.dossier.jobs``). ``work`` gets a ``report(done, total,
stage)`` callback and returns the result as a JSON-able dict; a ``CommunsError`` it raises becomes the
job's ``error`` (its OpenAI-style body), any other exception a ``server_error``. Status: ``queued`` →
``running`` → ``done`` | ``error``. Ended jobs are forgotten after ``keep_seconds``, and the oldest first
when more than ``keep`` are held.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from communs.errors import CommunsError, NotFoundError

log = logging.getLogger(__name__)
Report = Callable[[int, int, str], None]
Work = Callable[[Report], Awaitable[dict[str, Any]]]


@dataclass
class Job:
    id: str
    owner: str
    status: str = "queued"
    stage: str = ""
    done: int = 0
    total: int = 0
    error: dict[str, Any] | None = None
    result: dict[str, Any] | None = None
    ended: float | None = None
    changed: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    def public(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "error": self.error,
            "result": self.result,
        }

    def _touch(self) -> None:
        """Wake whoever follows the job: the current event is set, a fresh one awaits the next change."""
        event, self.changed = self.changed, asyncio.Event()
        event.set()


class Jobs:
    def __init__(self, prefix: str = "job", keep: int = 200, keep_seconds: float = 3600.0) -> None:
        self.prefix = prefix
        self.keep = keep
        self.keep_seconds = keep_seconds
        self._jobs: dict[str, Job] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def submit(self, owner: str, work: Work) -> Job:
        """A new job running ``work`` in the background (call it from the event loop)."""
        self._forget()
        job = Job(id=f"{self.prefix}-{uuid.uuid4().hex[:16]}", owner=owner)
        self._jobs[job.id] = job
        self._tasks[job.id] = asyncio.get_running_loop().create_task(self._run(job, work))
        return job

    async def _run(self, job: Job, work: Work) -> None:
        def report(done: int, total: int, stage: str) -> None:
            job.done, job.total, job.stage = done, total, stage
            job._touch()

        job.status = "running"
        job._touch()
        try:
            job.result = await work(report)
            job.status = "done"
        except CommunsError as exc:
            job.error, job.status = exc.to_dict(), "error"
        except Exception as exc:  # a bug: the job says so instead of hanging in "running"
            log.exception("job %s failed", job.id)
            job.error, job.status = CommunsError(f"the job failed: {exc!r}").to_dict(), "error"
        finally:
            if job.status == "running":  # cancelled
                job.error, job.status = CommunsError("the job was cancelled").to_dict(), "error"
            job.ended = time.monotonic()
            self._tasks.pop(job.id, None)
            job._touch()

    def get(self, job_id: str, owner: str | None = None) -> Job:
        """A job as it stands (``owner``: only if it is theirs; None: any)."""
        job = self._jobs.get(job_id)
        if job is None or owner is not None and job.owner != owner:
            raise NotFoundError(f"no job {job_id}", param="job_id")
        return job

    async def follow(self, job_id: str) -> AsyncIterator[Job]:
        """The job now, then after each change, until it has ended."""
        job = self._jobs[job_id]
        while True:
            changed = job.changed
            yield job
            if job.status in ("done", "error"):
                return
            await changed.wait()

    def cancel(self, job_id: str) -> None:
        task = self._tasks.get(job_id)
        if task is not None:
            task.cancel()

    async def wait(self) -> None:
        """Until every job started so far has ended."""
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    def _forget(self) -> None:
        now = time.monotonic()
        ended = sorted((j for j in self._jobs.values() if j.ended is not None), key=lambda j: j.ended or 0.0)
        for job in ended:
            if now - (job.ended or now) > self.keep_seconds or len(self._jobs) >= self.keep:
                del self._jobs[job.id]


def jobs_of(state: Any, name: str) -> Jobs:
    """An app's jobs held on the server's ``app.state`` (``name``: the app), made on first use."""
    attribute = f"{name}_jobs"
    if getattr(state, attribute, None) is None:
        setattr(state, attribute, Jobs(name))
    jobs: Jobs = getattr(state, attribute)
    return jobs
