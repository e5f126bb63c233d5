"""Running one job, the same way in a worker and in the API process: claim it, keep its lease alive, write its
outcome once.

A job kind is an ``async def work(ctx: JobContext) -> dict`` registered with :func:`job_kind`; it reports
progress with ``ctx.report(...)`` and should be resumable (a run after a crash finds what the killed run saved,
as De Facto finds its saved batches). ``execute`` is the only caller of a kind's function.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from communs.errors import CommunsError, InvalidRequestError
from communs.jobs.store import JobState, JobTable
from communs.memory import give_back_memory
from communs.observability import metrics

if TYPE_CHECKING:
    from communs.config import Settings
    from communs.models.registry import Registry

log = logging.getLogger(__name__)
Work = Callable[["JobContext"], Coroutine[Any, Any, dict[str, Any] | None]]
KINDS: dict[str, Work] = {}
# modules whose import registers the product's job kinds
BUILTIN_KINDS = ("communs.apps.dossier.jobs", "communs.apps.aiact.index", "communs.jobs.long")


def job_kind(name: str) -> Callable[[Work], Work]:
    """Register ``work`` as the function of the jobs of this kind."""

    def register(work: Work) -> Work:
        KINDS[name] = work
        return work

    return register


def load_kinds(extra: list[str] | tuple[str, ...] = ()) -> None:
    """Import the modules that register job kinds (the product's, then ``Settings.queue_imports``)."""
    for module in (*BUILTIN_KINDS, *extra):
        importlib.import_module(module)


def worker_name() -> str:
    """Who runs a job, unique to this process: host, pid and a random tail (a pid is reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Resources:
    """What job functions share within a process: the settings and, made on first use, the model registry."""

    def __init__(self, settings: Settings, registry: Registry | None = None) -> None:
        self.settings = settings
        self._registry = registry
        self._owned = registry is None

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            from communs.models.registry import Registry

            self._registry = Registry(self.settings)
        return self._registry

    async def aclose(self) -> None:
        if self._owned and self._registry is not None:
            await self._registry.aclose()


@dataclass
class JobContext:
    job: JobState
    resources: Resources
    _renew: Callable[..., str] = field(repr=False)

    @property
    def id(self) -> str:
        return self.job.id

    @property
    def payload(self) -> dict[str, Any]:
        return self.job.payload

    @property
    def attempt(self) -> int:
        return self.job.attempts

    def report(self, **progress: Any) -> None:
        """Record progress (``stage``, ``done``, ``total``, ``progress``): every replica reads it."""
        self._renew(**progress)


async def execute(table: JobTable, job_id: str, worker: str, resources: Resources, *, lease: float) -> JobState | None:
    """Run the job to its end, unless it has ended or another runner holds it: then wait for that one to end,
    or for its lease to run out (it was killed) and take the job over. Returns the job as it ended (None: it
    does not exist; or as it stands, when this runner lost it)."""
    while True:
        job = await asyncio.to_thread(table.find, job_id)
        if job is None or job.ended:
            return job
        if await asyncio.to_thread(table.claim, job_id, worker, lease):
            break
        left = (job.lease_until or time.time()) - time.time()
        await asyncio.sleep(min(max(left, 0.05), lease / 3) + 0.05)
    job = table.get(job_id)
    work = KINDS.get(job.kind)
    if work is None:
        table.end(job_id, "error", error=InvalidRequestError(f"unknown job kind '{job.kind}'").to_dict())
        return table.get(job_id)
    verdict = ["ok"]

    def renew(**progress: Any) -> str:
        verdict[0] = table.renew(job_id, worker, lease, **progress)
        return verdict[0]

    task: asyncio.Task[dict[str, Any] | None] = asyncio.create_task(work(JobContext(job, resources, renew)))
    started = time.monotonic()
    metrics.job_started(job.kind)
    try:
        while not task.done():
            await asyncio.wait({task}, timeout=lease / 3)
            if not task.done():
                await asyncio.to_thread(renew)
            if verdict[0] != "ok":
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
    except asyncio.CancelledError:  # this process stops: the job goes back to the queue at once
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await asyncio.to_thread(table.release, job_id, worker)
        metrics.job_finished(job.kind, time.monotonic() - started, ok=False)
        raise
    metrics.job_finished(
        job.kind,
        time.monotonic() - started,
        ok=verdict[0] == "ok" and not task.cancelled() and task.exception() is None,
    )
    if verdict[0] == "lost":
        log.warning("job %s: taken over by another runner, this run's outcome is dropped", job_id)
        return table.find(job_id)
    if verdict[0] == "cancel":
        table.end(job_id, "cancelled", error={"message": "the job was cancelled", "type": "cancelled"}, worker=worker)
    elif isinstance(task.exception(), CommunsError):
        failure: CommunsError = task.exception()  # type: ignore[assignment]
        # its HTTP status with it: the request waiting for the job answers what it would have answered itself
        table.end(job_id, "error", error={**failure.to_dict(), "http_status": failure.status_code}, worker=worker)
    elif task.exception() is not None:
        exc = task.exception()
        log.error("job %s (%s) failed: %r", job_id, job.kind, exc)
        error = CommunsError(f"internal error while running the job ({type(exc).__name__})").to_dict()
        table.end(job_id, "error", error=error, worker=worker)
    else:
        table.end(job_id, "done", result=task.result() or {}, worker=worker)
    await asyncio.to_thread(give_back_memory)  # a large job's freed heap pages go back to the system
    return table.find(job_id)
