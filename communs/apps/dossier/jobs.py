"""Dossier jobs: processing in the background, with progress kept in SQLite so a crash resumes.

    store = JobStore(settings.home)
    job = store.create([("dossier.pdf", data)], owner="alice")
    await run_job(store, job.id, registry)          # resumable: call it again after a crash

A job's files sit in ``<home>/dossier/<id>/``; its pages are saved batch by batch (a batch and its
pages in one transaction, so a batch is either kept whole or read again), then the analysis, the
passage index and the synthesis, each a step that is skipped when already done. Status:
``queued`` → ``running`` → ``done`` | ``error``; ``progress`` goes from 0 to 1.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from communs.apps.dossier.analysis import analyse
from communs.apps.dossier.ask import INDEX_FILE, DossierIndex
from communs.apps.dossier.ingest import PageRecord, plan, read_batch
from communs.apps.dossier.synthesis import synthesise
from communs.errors import CommunsError, NotFoundError
from communs.models.registry import Registry

# share of the progress bar each stage takes (reading the pages is most of the work)
READ_SHARE, ANALYSE_SHARE, INDEX_SHARE = 0.75, 0.05, 0.08
SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY, owner TEXT, name TEXT, sha256 TEXT, status TEXT, stage TEXT, progress REAL,
  pages_done INTEGER, pages_total INTEGER, error TEXT, result TEXT, model TEXT, resumed INTEGER DEFAULT 0,
  created REAL, updated REAL, use_llm INTEGER DEFAULT 1);
CREATE TABLE IF NOT EXISTS pages (job TEXT, number INTEGER, data TEXT, PRIMARY KEY (job, number));
CREATE TABLE IF NOT EXISTS batches (job TEXT, batch INTEGER, pages INTEGER, PRIMARY KEY (job, batch));
"""
Progress = Callable[["Job"], None]


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


class JobStore:
    def __init__(self, home: Path) -> None:
        self.root = Path(home) / "dossier"
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.root / "jobs.sqlite", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def folder(self, job_id: str) -> Path:
        return self.root / job_id

    def create(self, files: list[tuple[str, bytes]], owner: str, model: str | None = None, use_llm: bool = True) -> Job:
        """A new job (files kept on disk); ``use_llm=False``: the synthesis from the rules' facts only."""
        plan(files)  # a password-protected, empty or unreadable file is refused now, not in the background
        digest = hashlib.sha256(b"".join(hashlib.sha256(d).digest() for _, d in files)).hexdigest()
        job_id = uuid.uuid4().hex[:16]
        folder = self.folder(job_id) / "files"
        folder.mkdir(parents=True)
        for index, (name, data) in enumerate(files):
            (folder / f"{index:03d}_{Path(name).name}").write_bytes(data)
        name = files[0][0] if len(files) == 1 else f"{files[0][0]} (+{len(files) - 1})"
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT INTO jobs VALUES (?, ?, ?, ?, 'queued', 'lecture', 0, 0, 0, NULL, NULL, ?, 0, ?, ?, ?)",
                (job_id, owner, name, digest, model, now, now, int(use_llm)),
            )
        return self.get(job_id)

    def _row(self, where: str, args: tuple) -> Job | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, owner, name, sha256, status, stage, progress, pages_done, pages_total, error, result, "
                f"model, resumed, use_llm FROM jobs WHERE {where} ORDER BY created DESC LIMIT 1",
                args,
            ).fetchone()
        if row is None:
            return None
        values = list(row)
        values[10] = json.loads(values[10]) if values[10] else None
        values[13] = bool(values[13])
        return Job(*values)

    def get(self, job_id: str, owner: str | None = None) -> Job:
        job = self._row("id = ?", (job_id,))
        if job is None or (owner is not None and job.owner != owner):
            raise NotFoundError(f"no dossier with id '{job_id}'", param="id")
        return job

    def find(self, sha256: str, owner: str) -> Job | None:
        """The latest job of this owner on the same files (to resume or reuse it)."""
        return self._row("sha256 = ? AND owner = ? AND status != 'error'", (sha256, owner))

    def unfinished(self) -> list[str]:
        with self._lock:
            rows = self._db.execute("SELECT id FROM jobs WHERE status IN ('queued', 'running')").fetchall()
        return [r[0] for r in rows]

    def update(self, job_id: str, **fields) -> None:
        if "result" in fields and fields["result"] is not None:
            fields["result"] = json.dumps(fields["result"], ensure_ascii=False)
        fields["updated"] = time.time()
        columns = ", ".join(f"{k} = ?" for k in fields)
        with self._lock:
            self._db.execute(f"UPDATE jobs SET {columns} WHERE id = ?", (*fields.values(), job_id))

    def files(self, job_id: str) -> list[tuple[str, bytes]]:
        folder = self.folder(job_id) / "files"
        return [(p.name.split("_", 1)[1], p.read_bytes()) for p in sorted(folder.iterdir())]

    def done_batches(self, job_id: str) -> dict[int, int]:
        with self._lock:
            rows = self._db.execute("SELECT batch, pages FROM batches WHERE job = ?", (job_id,)).fetchall()
        return dict(rows)

    def save_batch(self, job_id: str, batch: int, pages: list[PageRecord]) -> None:
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO pages VALUES (?, ?, ?)",
                    [(job_id, p.number, json.dumps(p.to_dict(), ensure_ascii=False)) for p in pages],
                )
                self._db.execute("INSERT OR REPLACE INTO batches VALUES (?, ?, ?)", (job_id, batch, len(pages)))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def pages(self, job_id: str) -> list[PageRecord]:
        with self._lock:
            rows = self._db.execute("SELECT data FROM pages WHERE job = ? ORDER BY number", (job_id,)).fetchall()
        return [PageRecord.from_dict(json.loads(r[0])) for r in rows]

    def delete(self, job_id: str) -> None:
        with self._lock:
            for table, column in (("jobs", "id"), ("pages", "job"), ("batches", "job")):
                self._db.execute(f"DELETE FROM {table} WHERE {column} = ?", (job_id,))
        shutil.rmtree(self.folder(job_id), ignore_errors=True)


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
    if job.status == "done":
        return job

    def report(**fields) -> None:
        store.update(job_id, **fields)
        if on_progress:
            on_progress(store.get(job_id))

    try:
        files = await asyncio.to_thread(store.files, job_id)
        batches = await asyncio.to_thread(plan, files)
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
            pages = await asyncio.to_thread(read_batch, files, batch, number)
            store.save_batch(job_id, batch.index, pages)
            number += len(pages)
            read += len(pages)
            report(pages_done=read, pages_total=max(total, read), progress=READ_SHARE * read / max(total, read))
        pages = store.pages(job_id)
        report(stage="analyse", progress=READ_SHARE)
        result = await asyncio.to_thread(analyse, pages)
        report(stage="index", progress=READ_SHARE + ANALYSE_SHARE)
        folder = store.folder(job_id) / "index"
        if not (folder / INDEX_FILE).exists():
            index = await DossierIndex.index_pages(folder, pages, registry)
            index.close()
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
        report(status="done", stage="terminé", progress=1.0, result=result)
    except CommunsError as exc:
        report(status="error", error=exc.message)
    except Exception as exc:  # noqa: BLE001 - a job ends with an error, the server goes on
        report(status="error", error=f"internal error while processing the dossier ({type(exc).__name__})")
    return store.get(job_id)
