"""Submit a long job, read its state from any replica, cancel it: one interface, two backends.

    queue = open_queue(settings, registry)        # InProcessQueue, or the fleet's ProcrastinateQueue
    await queue.start()
    job_id = await queue.submit("dossier", owner="alice", payload={...})
    queue.get(job_id, owner="alice").public()    # status, stage, progress, result: the same on every replica
    await queue.cancel(job_id)

The state lives in ``queue_jobs`` (:mod:`communs.jobs.store`) in ``Settings.database_url``; the backend only
decides *where* the job runs: in this process (``inprocess``, the embedded default, no broker) or in a
``communs worker`` (``procrastinate``).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from communs.config import Settings
from communs.errors import ConfigurationError
from communs.jobs.runner import Resources, execute, load_kinds, worker_name
from communs.jobs.store import JobState, JobTable
from communs.models.registry import Registry

POLL_SECONDS = 0.25  # how often a waiting route reads its job's state


class JobQueue:
    def __init__(self, settings: Settings, resources: Resources, table: JobTable | None = None) -> None:
        self.settings = settings
        self.resources = resources
        self.table = table or JobTable(settings.database_url or "")
        self.lease = settings.queue_stalled_seconds
        load_kinds(settings.queue_imports)

    async def start(self) -> None:
        """Ready to submit (and, in process, resume the jobs a crash or a restart left unfinished)."""

    async def submit(self, kind: str, owner: str, payload: dict[str, Any], job_id: str | None = None) -> str:
        """Queue a job (with ``job_id``: idempotent, a job already known is not queued twice); its id."""
        created, _ = await asyncio.to_thread(self.table.create, kind, owner, payload, job_id)
        await self._enqueue(created)
        return created

    async def _enqueue(self, job_id: str) -> None:
        raise NotImplementedError

    def get(self, job_id: str, owner: str | None = None) -> JobState:
        return self.table.get(job_id, owner)

    async def result(self, job_id: str, timeout: float) -> JobState:
        """The job once it has ended, or as it stands after ``timeout`` seconds (a route that answers in the
        synchronous shape waits for its job with it)."""
        deadline = time.monotonic() + timeout
        while True:
            job = await asyncio.to_thread(self.table.get, job_id)
            left = deadline - time.monotonic()
            if job.ended or left <= 0:
                return job
            await self._follow(job_id, min(left, POLL_SECONDS))

    async def _follow(self, job_id: str, seconds: float) -> None:
        """Wait a little for the job (a fleet's: the worker writes its end in the table)."""
        await asyncio.sleep(seconds)

    async def cancel(self, job_id: str) -> None:
        await asyncio.to_thread(self.table.request_cancel, job_id)

    async def wait(self) -> None:
        """Until the jobs this process runs have ended (in process; a fleet queue runs none here)."""

    async def aclose(self) -> None:
        self.table.close()


class InProcessQueue(JobQueue):
    """Jobs run as tasks of this process's event loop: no broker, the same job functions as a worker. Two
    processes on one database still run a job once (each claims it first); a job whose process died is taken
    over by another process waiting on it, or resumed by the next one to start."""

    def __init__(self, settings: Settings, resources: Resources, table: JobTable | None = None) -> None:
        super().__init__(settings, resources, table)
        self.worker = worker_name()
        self._tasks: dict[str, asyncio.Task[JobState | None]] = {}

    async def start(self) -> None:
        for job_id in await asyncio.to_thread(self.table.unfinished):
            self.run_here(job_id)

    async def _enqueue(self, job_id: str) -> None:
        self.run_here(job_id)

    def run_here(self, job_id: str) -> None:
        """Run the job in this process, unless it already runs here (call it from the event loop)."""
        task = self._tasks.get(job_id)
        if task is None or task.done():
            self._tasks[job_id] = asyncio.create_task(
                execute(self.table, job_id, self.worker, self.resources, lease=self.lease)
            )

    async def _follow(self, job_id: str, seconds: float) -> None:
        self.run_here(job_id)  # already running here: no-op; its process died: taken over here
        await asyncio.wait({self._tasks[job_id]}, timeout=seconds)

    async def wait(self) -> None:
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    async def aclose(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        await self.wait()
        await super().aclose()


def open_queue(settings: Settings, registry: Registry | None = None, table: JobTable | None = None) -> JobQueue:
    """The queue the settings name (``queue_backend``); call ``await queue.start()`` before use."""
    resources = Resources(settings, registry)
    if settings.queue_backend == "procrastinate":
        try:
            from communs.jobs.fleet import ProcrastinateQueue
        except ImportError as exc:
            message = f"queue_backend 'procrastinate' needs the fleet extra ({exc.name} is missing)"
            raise ConfigurationError(message) from None

        return ProcrastinateQueue(settings, resources, table)
    return InProcessQueue(settings, resources, table)
