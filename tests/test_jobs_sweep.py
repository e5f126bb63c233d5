"""The worker's periodic sweep (a real `communs worker` on PostgreSQL and Milvus Lite): the chunks a killed writer
left in the search engine go (below a mark taken a grace ago), those of a document being written stay; the uploads
of ended jobs go, those of unfinished jobs stay."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from communs.jobs.store import JobTable
from communs.jobs.sweep import Marks
from communs.search.catalog import Catalog
from communs.search.milvus import MilvusSearchStore
from communs.search.records import ChunkInput, Document
from tests.conftest import ROOT, server_env


def unit(i: int, dims: int = 4) -> list[float]:
    return [1.0 if j == i % dims else 0.0 for j in range(dims)]


def half_written(store: MilvusSearchStore, collection: int, text: str) -> int:
    """A document whose writer was killed after indexing its chunks, before writing its row in the catalog."""
    document = Document(
        id=store.catalog.reserve_document_id(),
        collection_id=collection,
        name="half",
        media_type=None,
        page_count=1,
        ocr_pages=0,
        chunk_count=1,
        metadata={},
        created_at=int(time.time()),
    )
    store._index(document, [ChunkInput(text, vector=unit(1))], [np.asarray(unit(1), dtype=np.float32)])
    return document.id


def test_marks_let_a_sweep_reach_only_documents_reserved_a_grace_ago() -> None:
    marks = Marks()
    assert marks.below(600, 1000.0) is None
    marks.taken.append((1000.0, 7))
    assert marks.below(600, 1300.0) is None  # 5 minutes on: a document reserved just under 7 may still be written
    marks.taken.append((1300.0, 9))
    assert marks.below(600, 1650.0) == 7  # 650 s since the first mark: the second is not old enough yet
    assert marks.below(600, 2000.0) == 9


def test_the_worker_sweeps_orphan_chunks_and_ended_jobs_uploads(
    tmp_path: Path, postgres_url: str, milvus_uri: str, milvus_prefix: str
) -> None:
    home = tmp_path / "home"
    table = JobTable(postgres_url)
    store = MilvusSearchStore(milvus_uri, catalog=Catalog.open(postgres_url), prefix=milvus_prefix)
    try:
        collection = store.create_collection("c", None, "private", None).id
        kept = store.add_document(collection, "whole", None, 1, 0, {}, [ChunkInput("entière", vector=unit(2))])
        half_written(store, collection, "orpheline ancienne")  # its writer died before the worker's first mark
        assert store.chunk_count(collection) == 2
        uploads = {}
        for name, status in (("ended", "done"), ("running", None), ("orphan-old", "none"), ("orphan-new", "none")):
            folder = home / "jobs" / f"job-{name}"
            folder.mkdir(parents=True)
            (folder / "upload").write_bytes(b"data")
            uploads[name] = folder
            if status != "none":
                table.create("test.steps", "alice", {}, folder.name)
            if status == "done":
                table.end(folder.name, "done", result={})
        two_hours_ago, in_an_hour = time.time() - 7200, time.time() + 3600
        os.utime(uploads["orphan-old"], (two_hours_ago, two_hours_ago))
        os.utime(uploads["orphan-new"], (in_an_hour, in_an_hour))  # an upload just kept: younger than the grace
        env = server_env(
            home,
            COMMUNS_DATABASE_URL=postgres_url,
            COMMUNS_QUEUE_BACKEND="procrastinate",
            COMMUNS_SEARCH_URI=milvus_uri,
            COMMUNS_SEARCH_PREFIX=milvus_prefix,
            COMMUNS_SWEEP_SECONDS="1",
            COMMUNS_SWEEP_GRACE_SECONDS="6",
            PYTHONPATH=str(ROOT),
        )
        log = tmp_path / "worker.log"
        with log.open("wb") as out:
            worker = subprocess.Popen([sys.executable, "-m", "communs.cli", "worker"], env=env, stdout=out, stderr=out)
        try:
            deadline = time.monotonic() + 60
            while store.chunk_count(collection) > 1 or uploads["ended"].exists():
                assert time.monotonic() < deadline and worker.poll() is None, log.read_text()[-2000:]
                time.sleep(0.2)
            # a writer that has reserved its document and indexed its chunks, not yet written its row: the marks
            # taken before its reservation are below its id, those taken after are younger than the grace
            half_written(store, collection, "en cours d'écriture")
            time.sleep(2.5)  # two more sweeps: what stays, stays
            assert store.chunk_count(collection) == 2, log.read_text()[-2000:]
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=20)
        assert [c.content for c in store.get_chunks(kept)] == ["entière"]
        assert store.search([collection], method="lexical", query="orpheline ancienne") == []
        assert {name for name, folder in uploads.items() if folder.exists()} == {"running", "orphan-new"}
        assert "Traceback" not in log.read_text(), log.read_text()[-2000:]
    finally:
        store.close()
        table.close()
