"""The state of every long job, in the relational database (``Settings.database_url``), seen by every replica.

One row per job: its kind and payload, ``status`` (``queued`` → ``running`` → ``done`` | ``error`` |
``cancelled``), ``stage``/``done``/``total``/``progress``, the ``result`` (or a pointer to it), who runs it
(``worker``) until when (``lease_until``, renewed while it runs), and ``attempts``. A job runs once: a runner
first *claims* it, an atomic UPDATE that only succeeds on a queued job or on one whose runner stopped renewing
its lease (killed, crashed); the result is written once, by an UPDATE that only touches a job not yet ended.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from communs.db import make_engine, metadata
from communs.db.migrate import ensure_schema
from communs.errors import NotFoundError

ENDED = ("done", "error", "cancelled")
queue_jobs = sa.Table(
    "queue_jobs",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("owner", sa.String(128), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),  # JSON
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("stage", sa.String(64), nullable=False, default=""),
    sa.Column("done", sa.Integer, nullable=False, default=0),
    sa.Column("total", sa.Integer, nullable=False, default=0),
    sa.Column("progress", sa.Float, nullable=False, default=0.0),
    sa.Column("result", sa.Text),  # JSON
    sa.Column("error", sa.Text),  # JSON: an OpenAI-style error body
    sa.Column("worker", sa.String(128)),  # who holds the job now (host:pid:random)
    sa.Column("lease_until", sa.Float),  # epoch seconds: past it, another runner may take the job over
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("cancel_requested", sa.Boolean, nullable=False, default=False),
    sa.Column("created", sa.Float, nullable=False),
    sa.Column("started", sa.Float),
    sa.Column("ended", sa.Float),
    sa.Column("updated", sa.Float, nullable=False),
)


@dataclass
class JobState:
    id: str
    kind: str
    owner: str
    payload: dict[str, Any]
    status: str
    stage: str
    done: int
    total: int
    progress: float
    result: dict[str, Any] | None
    error: dict[str, Any] | None
    worker: str | None
    lease_until: float | None
    attempts: int
    cancel_requested: bool

    @property
    def ended(self) -> bool:
        return self.status in ENDED

    def public(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "progress": round(self.progress, 3),
            "attempts": self.attempts,
            "error": self.error,
            "result": self.result,
        }


def _loads(text: str | None) -> Any:
    return json.loads(text) if text else None


class JobTable:
    """The ``queue_jobs`` table on one database. Thread-safe (SQLAlchemy's pool); one per process is enough."""

    def __init__(self, database_url: str, engine: sa.Engine | None = None) -> None:
        if engine is None:  # a given engine is a store's, whose schema is already migrated
            ensure_schema(database_url)  # the migrations (communs.db.migrate) make and keep the tables
        self.engine = engine or make_engine(database_url)

    def close(self) -> None:
        self.engine.dispose()

    def create(self, kind: str, owner: str, payload: dict[str, Any], job_id: str | None = None) -> tuple[str, bool]:
        """A queued job; with ``job_id``, idempotent: ``(id, False)`` when a job of that id already exists."""
        job_id = job_id or uuid.uuid4().hex[:16]
        now = time.time()
        row: dict[str, Any] = {
            "id": job_id,
            "kind": kind,
            "owner": owner,
            "payload": json.dumps(payload, ensure_ascii=False),
        }
        row |= {"status": "queued", "stage": "", "done": 0, "total": 0, "progress": 0.0, "attempts": 0}
        row |= {"cancel_requested": False, "created": now, "updated": now}
        try:
            with self.engine.begin() as conn:
                conn.execute(queue_jobs.insert().values(**row))
        except sa.exc.IntegrityError:
            return job_id, False
        return job_id, True

    def find(self, job_id: str) -> JobState | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(queue_jobs).where(queue_jobs.c.id == job_id)).mappings().first()
        if row is None:
            return None
        fields = {k: row[k] for k in JobState.__dataclass_fields__}
        fields |= {"payload": _loads(row["payload"]) or {}, "result": _loads(row["result"])}
        fields |= {"error": _loads(row["error"]), "cancel_requested": bool(row["cancel_requested"])}
        return JobState(**fields)

    def get(self, job_id: str, owner: str | None = None) -> JobState:
        job = self.find(job_id)
        if job is None or (owner is not None and job.owner != owner):
            raise NotFoundError(f"no job with id '{job_id}'", param="id")
        return job

    def unfinished(self, kind: str | None = None) -> list[str]:
        query = sa.select(queue_jobs.c.id).where(queue_jobs.c.status.in_(("queued", "running")))
        if kind is not None:
            query = query.where(queue_jobs.c.kind == kind)
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(query.order_by(queue_jobs.c.created))]

    def claim(self, job_id: str, worker: str, lease: float) -> bool:
        """Take the job to run it: only a queued one, or one whose runner's lease ran out. Atomic."""
        now = time.time()
        c = queue_jobs.c
        free = sa.or_(c.status == "queued", sa.and_(c.status == "running", c.lease_until < now))
        values = {"status": "running", "worker": worker, "lease_until": now + lease, "updated": now}
        values |= {"attempts": c.attempts + 1, "started": sa.func.coalesce(c.started, now)}
        with self.engine.begin() as conn:
            claimed = conn.execute(queue_jobs.update().where(c.id == job_id, free).values(**values)).rowcount
        return claimed == 1

    def renew(self, job_id: str, worker: str, lease: float, **progress: Any) -> str:
        """Extend the lease (and record progress). ``"ok"``, ``"cancel"`` (asked to stop) or ``"lost"`` (the
        job was taken over or has ended: this runner must stop)."""
        now = time.time()
        c = queue_jobs.c
        mine = sa.and_(c.id == job_id, c.worker == worker, c.status == "running")
        with self.engine.begin() as conn:
            updated = conn.execute(
                queue_jobs.update().where(mine).values(lease_until=now + lease, updated=now, **progress)
            ).rowcount
            if updated != 1:
                return "lost"
            cancel = conn.execute(sa.select(c.cancel_requested).where(c.id == job_id)).scalar()
        return "cancel" if cancel else "ok"

    def end(
        self, job_id: str, status: str, *, result: Any = None, error: Any = None, worker: str | None = None
    ) -> bool:
        """Write the outcome once: True if this call ended the job, False if it had already ended (or, with
        ``worker``, if another runner holds it now)."""
        now = time.time()
        c = queue_jobs.c
        where = [c.id == job_id, c.status.not_in(ENDED)]
        if worker is not None:
            where.append(c.worker == worker)
        values: dict[str, Any] = {"status": status, "ended": now, "updated": now, "lease_until": None}
        if status == "done":
            values |= {"progress": 1.0}
        if result is not None:
            values["result"] = json.dumps(result, ensure_ascii=False)
        if error is not None:
            values["error"] = json.dumps(error, ensure_ascii=False)
        with self.engine.begin() as conn:
            return conn.execute(queue_jobs.update().where(*where).values(**values)).rowcount == 1

    def request_cancel(self, job_id: str) -> None:
        """A queued job is cancelled at once; a running one when its runner next renews its lease."""
        c = queue_jobs.c
        now = time.time()
        error = json.dumps({"message": "the job was cancelled", "type": "cancelled"})
        with self.engine.begin() as conn:
            conn.execute(queue_jobs.update().where(c.id == job_id).values(cancel_requested=True, updated=now))
            conn.execute(
                queue_jobs.update()
                .where(c.id == job_id, c.status == "queued")
                .values(status="cancelled", error=error, ended=now, updated=now)
            )

    def reopen(self, job_id: str) -> bool:
        """Queue an ended job again (its work is idempotent and must be redone: it failed, or what it made is
        gone); a queued or running job is left as it is. True if it was queued again."""
        c = queue_jobs.c
        values: dict[str, Any] = {"status": "queued", "result": None, "error": None, "ended": None}
        values |= {"cancel_requested": False, "worker": None, "lease_until": None, "updated": time.time()}
        with self.engine.begin() as conn:
            return (
                conn.execute(queue_jobs.update().where(c.id == job_id, c.status.in_(ENDED)).values(**values)).rowcount
                == 1
            )

    def release(self, job_id: str, worker: str) -> None:
        """Give a running job back to the queue (its runner stops cleanly): another may claim it at once."""
        c = queue_jobs.c
        with self.engine.begin() as conn:
            conn.execute(
                queue_jobs.update()
                .where(c.id == job_id, c.worker == worker, c.status == "running")
                .values(status="queued", worker=None, lease_until=None, updated=time.time())
            )
