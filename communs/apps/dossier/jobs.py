"""Dossier jobs: processing in the background, with progress kept in the database so a crash resumes.

    store = JobStore(settings.home, settings.database_url)
    job = store.create([("dossier.pdf", data)], owner="alice")
    await run_job(store, job.id, registry)          # resumable: call it again after a crash

A job's files sit in ``<home>/dossier/<id>/`` (in a fleet, a volume every worker mounts); its pages are saved
batch by batch in ``dossier_pages``/``dossier_batches`` (a batch and its pages in one transaction, so a batch
is either kept whole or read again), then the analysis, the passage index and the synthesis, each a step that
is skipped when already done; the result is written once (a second run's is dropped). Status: ``queued`` →
``running`` → ``done`` | ``error`` | ``cancelled`` (:meth:`JobStore.cancel`: stopped at the next batch, what it
wrote discarded); ``progress`` goes from 0 to 1. Who runs a job, and that it runs once, is
the job queue's business (:mod:`communs.jobs`): :class:`JobRunner` submits the kind ``dossier`` to it.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from communs.apps.dossier.analysis import analyse
from communs.apps.dossier.index import DossierIndex, drop, find_collection
from communs.apps.dossier.ingest import PageRecord, plan, read_batch
from communs.apps.dossier.synthesis import synthesise
from communs.config import Settings
from communs.db import make_engine, metadata
from communs.db.migrate import ensure_schema
from communs.documents import document_limits
from communs.errors import CommunsError, InvalidRequestError, NotFoundError
from communs.jobs.queue import InProcessQueue, JobQueue
from communs.jobs.runner import JobContext, Resources, job_kind
from communs.jobs.store import JobTable
from communs.models.registry import Registry
from communs.search import SearchStore, SqliteSearchStore
from communs.search.catalog import Catalog
from communs.search.ingest import open_store

# share of the progress bar each stage takes (reading the pages is most of the work)
READ_SHARE, ANALYSE_SHARE, INDEX_SHARE = 0.75, 0.05, 0.08
Progress = Callable[["Job"], None]
jobs_table = sa.Table(
    "dossier_jobs",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("owner", sa.String(128), nullable=False, index=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False, index=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("stage", sa.String(32), nullable=False),
    sa.Column("progress", sa.Float, nullable=False, default=0.0),
    sa.Column("pages_done", sa.Integer, nullable=False, default=0),
    sa.Column("pages_total", sa.Integer, nullable=False, default=0),
    sa.Column("error", sa.Text),
    sa.Column("result", sa.Text),  # JSON
    sa.Column("model", sa.String(128)),
    sa.Column("resumed", sa.Integer, nullable=False, default=0),
    sa.Column("use_llm", sa.Boolean, nullable=False, default=True),
    sa.Column("created", sa.Float, nullable=False),
    sa.Column("updated", sa.Float, nullable=False),
)
pages_table = sa.Table(
    "dossier_pages",
    metadata,
    sa.Column("job", sa.String(64), primary_key=True),
    sa.Column("number", sa.Integer, primary_key=True),
    sa.Column("data", sa.Text, nullable=False),  # JSON: a PageRecord
)
batches_table = sa.Table(
    "dossier_batches",
    metadata,
    sa.Column("job", sa.String(64), primary_key=True),
    sa.Column("batch", sa.Integer, primary_key=True),
    sa.Column("pages", sa.Integer, nullable=False),
)
COLUMNS: tuple[str, ...] = ("id", "owner", "name", "sha256", "status", "stage", "progress", "pages_done")
COLUMNS += ("pages_total", "error", "result", "model", "resumed", "use_llm")


MAX_NAME_BYTES = 200  # what a stored file name keeps (file systems allow 255 bytes, the prefix needs a few)


def stored_name(name: str) -> str:
    """An uploaded file's name as it is written on disk: its last path part, printable characters only, at most
    :data:`MAX_NAME_BYTES` bytes of UTF-8 (the extension kept)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable()).strip().lstrip(".") or "document"
    if len(base.encode()) <= MAX_NAME_BYTES:
        return base
    stem, dot, ext = base.rpartition(".")
    suffix = f".{ext}" if dot and stem and len(ext.encode()) <= 16 else ""
    stem = base[: len(base) - len(suffix)]
    return stem.encode()[: MAX_NAME_BYTES - len(suffix.encode())].decode(errors="ignore") + suffix


@dataclass
class Job:
    id: str
    owner: str
    name: str
    sha256: str
    status: str
    stage: str
    progress: float
    pages_done: int
    pages_total: int
    error: str | None
    result: dict | None
    model: str | None
    resumed: int
    use_llm: bool = True

    def public(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "stage": self.stage,
            "progress": round(self.progress, 3),
            "pages_done": self.pages_done,
            "pages_total": self.pages_total,
            "error": self.error,
            "result": self.result,
        }


def handwritten(job: Job) -> tuple[list[int], bool]:
    """The pages of a finished dossier's handwritten notes (its analysis's documents); when it recognised none,
    the pages it could not read (handwriting the OCR barely reads looks like noise), and True."""
    documents = (job.result or {}).get("documents", [])
    notes = [n for d in documents if d.get("type") == "note_manuscrite" for n in d.get("pages", [])]
    if notes:
        return notes, False
    return [n for d in documents if d.get("type") == "illisible" for n in d.get("pages", [])], True


class JobStore:
    """Dossier jobs in the relational database (default: ``<home>/communs.db``, as ``Settings.database_url``)."""

    def __init__(
        self,
        home: Path,
        database_url: str | None = None,
        search: SearchStore | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        """``search``: the store of the dossiers' passage indexes (``communs.search.ingest.open_store``: the
        deployment's one search engine); None: ``<home>/search.sqlite`` with the records in the database, opened on
        first use. ``settings``: the limits on files and pages (default: the documents' defaults)."""
        self.home = Path(home)
        self.limits = document_limits(settings) if settings is not None else None
        self.max_pages = settings.max_dossier_pages if settings is not None else None
        self.root = self.home / "dossier"
        self.root.mkdir(parents=True, exist_ok=True)
        url = database_url or f"sqlite:///{self.home / 'communs.db'}"
        ensure_schema(url)  # the migrations (communs.db.migrate) make and keep the tables
        self.engine = make_engine(url)
        self._url = url
        self._search, self._owns_search = search, search is None

    @property
    def search(self) -> SearchStore:
        if self._search is None:
            self._search = SqliteSearchStore(self.home / "search.sqlite", catalog=Catalog.open(self._url))
        return self._search

    def index(self, job: Job) -> DossierIndex:
        """The question index of a finished dossier (one indexed before the shared store is moved into it), with
        the pages of its handwritten notes (the analysis's documents)."""
        index = DossierIndex.open(self.search, job.id, job.owner, self.folder(job.id) / "index")
        index.notes, index.notes_unread = handwritten(job)
        return index

    async def open_index(self, job: Job, registry: Registry | None) -> DossierIndex:
        """:meth:`index`; a finished dossier whose collection is gone (deleted through ``/v1/collections``) is
        indexed again from its stored pages."""
        try:
            return await asyncio.to_thread(self.index, job)
        except InvalidRequestError:
            if job.status != "done":
                raise
            pages = await asyncio.to_thread(self.pages, job.id)
            index = await DossierIndex.index_pages(self.search, job.id, job.owner, pages, registry)
            index.notes, index.notes_unread = handwritten(job)
            return index

    def close(self) -> None:
        self.engine.dispose()
        if self._owns_search and self._search is not None:
            self._search.close()
            self._search = None

    def folder(self, job_id: str) -> Path:
        return self.root / job_id

    def create(self, files: list[tuple[str, bytes]], owner: str, model: str | None = None, use_llm: bool = True) -> Job:
        """A new job (files kept on disk); ``use_llm=False``: the synthesis from the rules' facts only."""
        plan(files, self.limits, self.max_pages)  # a file refused later in the background is refused now
        digest = hashlib.sha256(b"".join(hashlib.sha256(d).digest() for _, d in files)).hexdigest()
        job_id = uuid.uuid4().hex[:16]
        folder = self.folder(job_id) / "files"
        folder.mkdir(parents=True)
        try:
            for index, (name, data) in enumerate(files):
                (folder / f"{index:03d}_{stored_name(name)}").write_bytes(data)
        except BaseException:
            shutil.rmtree(folder.parent, ignore_errors=True)  # no half-written job left behind
            raise
        name = files[0][0] if len(files) == 1 else f"{files[0][0]} (+{len(files) - 1})"
        now = time.time()
        row: dict[str, Any] = {
            "id": job_id,
            "owner": owner,
            "name": name,
            "sha256": digest,
            "status": "queued",
            "stage": "lecture",
        }
        row |= {"progress": 0.0, "pages_done": 0, "pages_total": 0, "model": model, "resumed": 0}
        row |= {"use_llm": use_llm, "created": now, "updated": now}
        with self.engine.begin() as conn:
            conn.execute(jobs_table.insert().values(**row))
        return self.get(job_id)

    def _row(self, *where: Any) -> Job | None:
        query = sa.select(*(jobs_table.c[c] for c in COLUMNS)).where(*where)
        with self.engine.connect() as conn:
            row = conn.execute(query.order_by(jobs_table.c.created.desc()).limit(1)).first()
        if row is None:
            return None
        values = list(row)
        values[10] = json.loads(values[10]) if values[10] else None
        values[13] = bool(values[13])
        return Job(*values)

    def get(self, job_id: str, owner: str | None = None) -> Job:
        job = self._row(jobs_table.c.id == job_id)
        if job is None or (owner is not None and job.owner != owner):
            raise NotFoundError(f"no dossier with id '{job_id}'", param="id")
        return job

    def find(self, sha256: str, owner: str) -> Job | None:
        """The latest job of this owner on the same files (to resume or reuse it)."""
        c = jobs_table.c
        return self._row(c.sha256 == sha256, c.owner == owner, c.status != "error")

    def unfinished(self) -> list[str]:
        query = sa.select(jobs_table.c.id).where(jobs_table.c.status.in_(("queued", "running")))
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(query)]

    def update(self, job_id: str, **fields: Any) -> None:
        if "result" in fields and fields["result"] is not None:
            fields["result"] = json.dumps(fields["result"], ensure_ascii=False)
        fields["updated"] = time.time()
        c = jobs_table.c
        with self.engine.begin() as conn:  # a cancelled job stays cancelled, whatever its runner still reports
            conn.execute(jobs_table.update().where(c.id == job_id, c.status != "cancelled").values(**fields))

    def finish(self, job_id: str, result: dict) -> bool:
        """Write the result once: False when the job was already done (a second run's result is dropped)."""
        values: dict[str, Any] = {"status": "done", "stage": "terminé", "progress": 1.0, "updated": time.time()}
        values["result"] = json.dumps(result, ensure_ascii=False)
        c = jobs_table.c
        with self.engine.begin() as conn:
            unfinished = c.status.not_in(("done", "cancelled"))
            return conn.execute(jobs_table.update().where(c.id == job_id, unfinished).values(**values)).rowcount == 1

    def files(self, job_id: str) -> list[tuple[str, bytes]]:
        folder = self.folder(job_id) / "files"
        return [(p.name.split("_", 1)[1], p.read_bytes()) for p in sorted(folder.iterdir())]

    def done_batches(self, job_id: str) -> dict[int, int]:
        query = sa.select(batches_table.c.batch, batches_table.c.pages).where(batches_table.c.job == job_id)
        with self.engine.connect() as conn:
            return {batch: pages for batch, pages in conn.execute(query)}

    def save_batch(self, job_id: str, batch: int, pages: list[PageRecord]) -> None:
        """A batch and its pages, in one transaction (saved again by a second run: replaced, never doubled)."""
        numbers = [p.number for p in pages]
        rows = [{"job": job_id, "number": p.number, "data": json.dumps(p.to_dict(), ensure_ascii=False)} for p in pages]
        with self.engine.begin() as conn:
            conn.execute(pages_table.delete().where(pages_table.c.job == job_id, pages_table.c.number.in_(numbers)))
            conn.execute(batches_table.delete().where(batches_table.c.job == job_id, batches_table.c.batch == batch))
            if rows:
                conn.execute(pages_table.insert(), rows)
            conn.execute(batches_table.insert().values(job=job_id, batch=batch, pages=len(pages)))

    def pages(self, job_id: str) -> list[PageRecord]:
        query = sa.select(pages_table.c.data).where(pages_table.c.job == job_id).order_by(pages_table.c.number)
        with self.engine.connect() as conn:
            return [PageRecord.from_dict(json.loads(r[0])) for r in conn.execute(query)]

    def cancel(self, job_id: str) -> bool:
        """Mark an unfinished job ``cancelled`` (its runner stops at its next batch) and discard what it wrote;
        False when it had already ended."""
        c = jobs_table.c
        values = {
            "status": "cancelled",
            "stage": "annulé",
            "error": "the dossier was cancelled",
            "updated": time.time(),
        }
        with self.engine.begin() as conn:
            query = jobs_table.update().where(c.id == job_id, c.status.in_(("queued", "running"))).values(**values)
            cancelled = conn.execute(query).rowcount == 1
        if cancelled:
            self.discard(job_id)
        return cancelled

    def cancelled(self, job_id: str) -> bool:
        """True when the job was cancelled or deleted: its runner must stop."""
        with self.engine.connect() as conn:
            status = conn.execute(sa.select(jobs_table.c.status).where(jobs_table.c.id == job_id)).scalar()
        return status in (None, "cancelled")

    def discard(self, job_id: str) -> None:
        """What a job wrote (pages, batches, passage index, files), its row kept: called again by its runner when
        it stops, since a batch it was reading may have been saved after the first call."""
        row = self._row(jobs_table.c.id == job_id)
        if row is not None:
            drop(self.search, job_id, row.owner)
        with self.engine.begin() as conn:
            conn.execute(pages_table.delete().where(pages_table.c.job == job_id))
            conn.execute(batches_table.delete().where(batches_table.c.job == job_id))
            conn.execute(jobs_table.update().where(jobs_table.c.id == job_id).values(pages_done=0, progress=0.0))
        shutil.rmtree(self.folder(job_id), ignore_errors=True)

    def delete(self, job_id: str) -> None:
        """The dossier, its pages, files and search collection."""
        row = self._row(jobs_table.c.id == job_id)
        if row is not None:
            drop(self.search, job_id, row.owner)
        with self.engine.begin() as conn:
            conn.execute(jobs_table.delete().where(jobs_table.c.id == job_id))
            conn.execute(pages_table.delete().where(pages_table.c.job == job_id))
            conn.execute(batches_table.delete().where(batches_table.c.job == job_id))
        shutil.rmtree(self.folder(job_id), ignore_errors=True)


class _Cancelled(Exception):
    """The job was cancelled (:meth:`JobStore.cancel`): its runner stops."""


async def run_job(
    store: JobStore,
    job_id: str,
    registry: Registry | None,
    *,
    on_progress: Progress | None = None,
    use_llm: bool = True,
) -> Job:
    """Process (or resume) a job to the end. Never raises for bad input: the job ends in ``error``."""
    job = store.get(job_id)
    if job.status in ("done", "cancelled"):
        return job

    def report(**fields) -> None:
        store.update(job_id, **fields)
        if on_progress:
            on_progress(store.get(job_id))
        if store.cancelled(job_id):  # asked to stop: at a batch boundary, nothing half-written
            raise _Cancelled

    try:
        files = await asyncio.to_thread(store.files, job_id)
        batches = await asyncio.to_thread(plan, files, store.limits)
        done = store.done_batches(job_id)
        total = sum(b.count for b in batches) or len(batches)
        read = sum(done.values())
        resumed = 1 if done else 0
        report(status="running", stage="lecture", pages_total=total, pages_done=read, resumed=job.resumed + resumed)
        number = 1
        for batch in batches:
            if batch.index in done:
                number += done[batch.index]
                continue
            pages = await asyncio.to_thread(read_batch, files, batch, number, store.limits)
            store.save_batch(job_id, batch.index, pages)
            number += len(pages)
            read += len(pages)
            report(pages_done=read, pages_total=max(total, read), progress=READ_SHARE * read / max(total, read))
        pages = store.pages(job_id)
        report(stage="analyse", progress=READ_SHARE)
        result = await asyncio.to_thread(analyse, pages)
        report(stage="index", progress=READ_SHARE + ANALYSE_SHARE)
        if await asyncio.to_thread(find_collection, store.search, job_id, job.owner) is None:
            await DossierIndex.index_pages(store.search, job_id, job.owner, pages, registry)
        report(stage="synthèse", progress=READ_SHARE + ANALYSE_SHARE + INDEX_SHARE)
        base = READ_SHARE + ANALYSE_SHARE + INDEX_SHARE
        page_texts = {p.number: p.text for p in pages}
        synthesis = await synthesise(
            result,
            page_texts,
            registry if use_llm and job.use_llm else None,
            model=job.model,
            on_step=lambda i, n: report(progress=base + (1 - base) * i / n * 0.99),
        )
        result["summary"] = synthesis["text"]
        result["synthesis"] = synthesis
        if not store.finish(job_id, result) and store.cancelled(job_id):
            raise _Cancelled
        if on_progress:
            on_progress(store.get(job_id))
    except (_Cancelled, asyncio.CancelledError) as exc:
        if store.cancelled(job_id):
            store.discard(job_id)  # what was saved after the cancel's own discard
        if isinstance(exc, asyncio.CancelledError):
            raise
    except Exception as exc:  # noqa: BLE001 - a job ends with an error, the server goes on
        message = exc.message if isinstance(exc, CommunsError) else None
        store.update(
            job_id,
            status="error",
            error=message or f"internal error while processing the dossier ({type(exc).__name__})",
        )
        if on_progress:
            on_progress(store.get(job_id))
    return store.get(job_id)


@job_kind("dossier")
async def dossier_job(ctx: JobContext) -> dict[str, Any]:
    """The queue's ``dossier`` kind: process (or resume) the dossier ``payload["id"]``; the result stays in
    ``dossier_jobs``, the queue keeps a pointer to it."""
    settings = ctx.resources.settings
    search = open_store(settings)
    store = JobStore(settings.home, settings.database_url, search, settings=settings)
    try:

        def follow(job: Job) -> None:
            ctx.report(stage=job.stage, progress=job.progress, done=job.pages_done, total=job.pages_total)

        job = await run_job(store, ctx.payload["id"], ctx.resources.registry, on_progress=follow)
    finally:
        store.close()
        search.close()
    if job.status == "cancelled":
        ctx.report()  # the queue learns of the cancel from the lease's renewal, and records it
        return {"dossier": job.id, "cancelled": True}
    if job.status != "done":
        raise CommunsError(job.error or "the dossier could not be processed")
    return {"dossier": job.id, "pages": job.pages_total}


class JobRunner:
    """The dossiers' side of the job queue (:mod:`communs.jobs`): a dossier is created in the store, then
    submitted as a ``dossier`` job, run in this process by default (the embedded queue) or by a ``communs
    worker`` (the fleet's). :meth:`resume` hands the queue the dossiers a crash left unfinished."""

    def __init__(self, store: JobStore, registry: Registry, queue: JobQueue | None = None) -> None:
        self.store = store
        self.registry = registry
        self.queue = queue or InProcessQueue(
            registry.settings, Resources(registry.settings, registry), JobTable("", engine=store.engine)
        )

    def adopt(self) -> None:
        """Give the queue the unfinished dossiers it does not know (those of an older version)."""
        for job_id in self.store.unfinished():
            if self.queue.table.find(job_id) is None:
                self.queue.table.create("dossier", self.store.get(job_id).owner, {"id": job_id}, job_id)

    def resume(self) -> None:
        """In process: run the unfinished dossier jobs (call it from the event loop); a job running in another
        process is left to it, and taken over if that process dies. A fleet's workers resume their own."""
        self.adopt()
        if isinstance(self.queue, InProcessQueue):
            for job_id in self.queue.table.unfinished("dossier"):
                self.queue.run_here(job_id)

    async def submit(
        self, files: list[tuple[str, bytes]], owner: str, model: str | None = None, use_llm: bool = True
    ) -> Job:
        """A new job for these files, queued."""
        job = await asyncio.to_thread(self.store.create, files, owner, model, use_llm)
        await self.queue.submit("dossier", owner, {"id": job.id}, job_id=job.id)
        return job

    async def cancel(self, job_id: str) -> bool:
        """Stop a queued or running dossier (in this process or on a worker, at its next batch), discard what it
        wrote; False when it had already ended."""
        await self.queue.cancel(job_id)
        return await asyncio.to_thread(self.store.cancel, job_id)

    async def wait(self) -> None:
        """Until every job started in this process has ended (each ends in ``done`` or ``error``)."""
        await self.queue.wait()

    def get(self, job_id: str, owner: str | None = None) -> Job:
        """A job as it stands (``owner``: only if it is theirs). In process, an unfinished one is followed here
        (call it from the event loop): if the process running it died, this one takes it over."""
        job = self.store.get(job_id, owner)
        if job.status in ("queued", "running") and isinstance(self.queue, InProcessQueue):
            self.queue.run_here(job_id)
        return job

    async def aclose(self) -> None:
        await self.queue.aclose()
        self.store.close()
