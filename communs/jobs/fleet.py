"""The fleet backend: jobs queued in PostgreSQL with procrastinate, run by ``communs worker`` processes.

Why procrastinate (>= 3): the queue sits in the same PostgreSQL as the job state (``queue_jobs``) and the
accounts, so a fleet needs no other service for its jobs and a job's queue entry and state are backed up
together. Workers take jobs with ``SELECT … FOR UPDATE SKIP LOCKED`` (two workers never get the same one), each
job is queued with ``lock``/``queueing_lock`` set to its id (never two runs at once, never two entries
waiting), and every worker writes a heartbeat to ``procrastinate_workers``: a worker killed with ``kill -9``
stops beating, and after ``queue_stalled_seconds`` (default 60 s; heartbeat every ``queue_heartbeat_seconds``,
10 s) the other workers' sweeper (:func:`_retry_stalled`) puts its jobs back in the queue, where one of them
takes it over. The job resumes from what was saved (De Facto's batches) and its result is written once
(:meth:`JobTable.end` only ends a job not yet ended). Compared: dramatiq's Redis broker also requeues a dead
worker's messages (after its heartbeat timeout) but keeps the queue away from the state, in a second service;
arq (Redis) re-runs a job only after its timeout and leaves "run once" to the job; Celery needs RabbitMQ and
its late acks re-deliver on a closed connection but keep the job state in yet another result backend.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import procrastinate
from procrastinate import exceptions
from procrastinate.schema import SchemaManager

from communs.config import Settings
from communs.jobs.queue import JobQueue
from communs.jobs.runner import Resources, execute, load_kinds, worker_name
from communs.jobs.store import JobTable
from communs.jobs.sweep import sweep_periodically
from communs.observability import metrics

log = logging.getLogger(__name__)
QUEUE, TASK = "communs", "communs.run_job"
SCHEMA_LOCK = 74_201_118  # pg advisory lock: one process at a time applies the schema


def libpq_url(url: str) -> str:
    """SQLAlchemy's ``postgresql+psycopg://`` as libpq's ``postgresql://``."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1).replace("postgres://", "postgresql://", 1)


class _Runtime:
    """What the task needs in a worker process (set by :func:`run_worker`)."""

    table: JobTable | None = None
    resources: Resources | None = None
    worker = worker_name()
    lease = 60.0


def make_app(settings: Settings) -> procrastinate.App:
    connector = procrastinate.PsycopgConnector(conninfo=libpq_url(settings.queue_url or ""))
    app = procrastinate.App(connector=connector)

    @app.task(name=TASK, queue=QUEUE)
    async def run_job(job_id: str) -> None:
        assert _Runtime.table is not None and _Runtime.resources is not None, "run by `communs worker` only"
        try:
            await execute(_Runtime.table, job_id, _Runtime.worker, _Runtime.resources, lease=_Runtime.lease)
        except asyncio.CancelledError:  # the worker stops: the job was released, queue it again for another
            await _defer(app, job_id)
            raise

    return app


async def _defer(app: procrastinate.App, job_id: str) -> None:
    try:
        await app.configure_task(TASK, lock=job_id, queueing_lock=job_id).defer_async(job_id=job_id)
    except exceptions.AlreadyEnqueued:  # already waiting in the queue: once is enough
        pass


async def ensure_schema(settings: Settings) -> None:
    """Apply procrastinate's schema when it is missing (procrastinate's own SQL; once, under a lock)."""
    import psycopg

    async with await psycopg.AsyncConnection.connect(libpq_url(settings.queue_url or ""), autocommit=True) as conn:
        await conn.execute("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK,))
        try:
            found = await (await conn.execute("SELECT to_regclass('procrastinate_jobs')")).fetchone()
            if found is None or found[0] is None:
                await conn.execute(SchemaManager.get_schema())
        finally:
            await conn.execute("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK,))


class ProcrastinateQueue(JobQueue):
    """Only enqueues: no job runs in this process (the API's, in a fleet)."""

    def __init__(self, settings: Settings, resources: Resources, table: JobTable | None = None) -> None:
        super().__init__(settings, resources, table)
        self.app = make_app(settings)
        self._open = False

    async def start(self) -> None:
        if not self._open:
            await ensure_schema(self.settings)
            await self.app.open_async()
            self._open = True
            for job_id in await asyncio.to_thread(self.table.unfinished):  # e.g. a process died before deferring
                await self._enqueue(job_id)

    async def _enqueue(self, job_id: str) -> None:
        await self.start()
        job = self.table.find(job_id)
        if job is not None and job.status == "queued":
            await _defer(self.app, job_id)

    async def aclose(self) -> None:
        if self._open:
            await self.app.close_async()
            self._open = False
        await super().aclose()


async def _retry_stalled(app: procrastinate.App, settings: Settings) -> None:
    """Every heartbeat: put back in the queue the jobs of workers silent for ``queue_stalled_seconds``, and
    publish the queue's depth (jobs waiting) as ``communs_queue_depth{queue="communs"}``."""
    while True:
        await asyncio.sleep(settings.queue_heartbeat_seconds)
        try:
            queues = await app.job_manager.list_queues_async(queue=QUEUE)
            metrics.set_queue_depth(sum(q["todo"] for q in queues), QUEUE)
            stalled = await app.job_manager.get_stalled_jobs(
                queue=QUEUE, seconds_since_heartbeat=settings.queue_stalled_seconds
            )
            for job in stalled:
                try:
                    await app.job_manager.retry_job(job)
                    log.warning("job %s: its worker stopped beating, queued again", job.task_kwargs.get("job_id"))
                except Exception:  # noqa: BLE001 - another worker's sweeper was first
                    pass
            await app.job_manager.prune_stalled_workers(settings.queue_stalled_seconds)
        except Exception as exc:  # noqa: BLE001 - the database is away for a moment: try at the next beat
            log.warning("stalled-job sweep failed: %r", exc)


async def run_worker(settings: Settings, concurrency: int | None = None, **options: Any) -> None:
    """A worker until SIGINT/SIGTERM: runs queued jobs, and takes over those of dead workers."""
    load_kinds(settings.queue_imports)
    await ensure_schema(settings)
    _Runtime.table = JobTable(settings.database_url or "")
    _Runtime.resources = Resources(settings)
    _Runtime.lease = settings.queue_stalled_seconds
    app = make_app(settings)
    if settings.metrics_port:
        metrics.serve_metrics(settings.metrics_port)
        log.info("metrics on http://0.0.0.0:%s/metrics", settings.metrics_port)
    async with app.open_async():
        sweeper = asyncio.create_task(_retry_stalled(app, settings))
        cleaner = asyncio.create_task(sweep_periodically(settings, _Runtime.table))
        try:
            await app.run_worker_async(
                queues=[QUEUE],
                name=_Runtime.worker,
                concurrency=concurrency or settings.queue_concurrency,
                update_heartbeat_interval=settings.queue_heartbeat_seconds,
                delete_jobs="successful",
                **options,
            )
        finally:
            sweeper.cancel()
            cleaner.cancel()
            await _Runtime.resources.aclose()
            _Runtime.table.close()
