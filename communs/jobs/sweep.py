"""Periodic clean-up, run by every ``communs worker`` each ``sweep_seconds`` (default an hour; 0: never).

- the search engine's orphan chunks (:meth:`CatalogSearchStore.sweep`: chunks whose document row was never
  written in the catalog, their writer killed midway), only those of documents reserved before a mark taken at
  least ``sweep_grace_seconds`` ago (:meth:`CatalogSearchStore.sweep_mark`), so that a document being written by a
  replica now is left alone (a worker's first sweeps only take marks);
- the uploads kept for long jobs (:mod:`communs.jobs.long`) whose job has ended (a job cancelled while running,
  a worker that died after writing its result), or that belong to no job and are older than the grace (a
  replica killed between keeping an upload and queueing its job).

Several workers may sweep at once: each step is idempotent.
"""

from __future__ import annotations

import asyncio
import logging
import random
import shutil
import time
from dataclasses import dataclass, field

from communs.config import Settings
from communs.jobs.store import JobTable
from communs.search.ingest import open_store

log = logging.getLogger(__name__)


@dataclass
class Swept:
    chunks: int = 0
    uploads: int = 0


def remove_ended_uploads(settings: Settings, table: JobTable) -> int:
    root = settings.home / "jobs"
    if not root.is_dir():
        return 0
    removed = 0
    old = time.time() - settings.sweep_grace_seconds
    for folder in root.iterdir():
        job = table.find(folder.name)
        if (job is not None and job.ended) or (job is None and folder.stat().st_mtime < old):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


@dataclass
class Marks:
    """The sweep marks a worker took, with when: orphans below the newest mark older than the grace may go."""

    taken: list[tuple[float, int]] = field(default_factory=list)

    def below(self, grace: float, now: float) -> int | None:
        old = [mark for at, mark in self.taken if at <= now - grace]
        self.taken = [(at, mark) for at, mark in self.taken if at > now - grace] + (
            [(now - grace, max(old))] if old else []
        )
        return max(old) if old else None


def sweep_search(settings: Settings, marks: Marks) -> int:
    store = open_store(settings)
    try:
        sweep, mark = getattr(store, "sweep", None), getattr(store, "sweep_mark", None)
        if sweep is None or mark is None:  # a store that cannot leave orphans
            return 0
        now = time.time()
        below = marks.below(settings.sweep_grace_seconds, now)
        marks.taken.append((now, int(mark())))
        return int(sweep(below=below)) if below is not None else 0
    finally:
        store.close()


async def sweep_once(settings: Settings, table: JobTable, marks: Marks) -> Swept:
    swept = Swept(await asyncio.to_thread(sweep_search, settings, marks))
    swept.uploads = await asyncio.to_thread(remove_ended_uploads, settings, table)
    if swept.chunks or swept.uploads:
        log.info("sweep: %d orphan chunks, %d uploads of ended jobs removed", swept.chunks, swept.uploads)
    return swept


async def sweep_periodically(settings: Settings, table: JobTable) -> None:
    """Until cancelled: a sweep every ``sweep_seconds`` (the first one after a fraction of it, so that workers
    started together do not sweep together); a failure is logged and tried again at the next one."""
    if settings.sweep_seconds <= 0:
        return
    await asyncio.sleep(settings.sweep_seconds * random.uniform(0.1, 1.0))
    marks = Marks()
    while True:
        try:
            await sweep_once(settings, table, marks)
        except Exception as exc:  # noqa: BLE001 - the engine away for a moment: the next sweep tries again
            log.warning("sweep failed: %r", exc)
        await asyncio.sleep(settings.sweep_seconds)
