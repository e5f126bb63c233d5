"""Long requests on a fleet's queue (procrastinate on a real PostgreSQL, real `communs serve` and `communs worker`
processes): a long transcription and a large ingestion run on a worker, not in the API process, while the client
waits in the usual synchronous shape; a worker killed (`kill -9`) mid-ingestion leaves the job to the other
worker, and the client still gets its one document."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

from communs.models.llamacpp import free_port
from tests.test_dossier import balto, first_pages  # noqa: F401 - fixtures
from tests.test_fleet_e2e import PDF, Fleet, one


@pytest.fixture
def fleet(tmp_path: Path, postgres_url: str) -> Iterator[Fleet]:
    env = {
        "COMMUNS_DATABASE_URL": postgres_url,
        "COMMUNS_QUEUE_BACKEND": "procrastinate",
        "COMMUNS_QUEUE_HEARTBEAT_SECONDS": "0.5",  # a dead worker is noticed in 2 s
        "COMMUNS_QUEUE_STALLED_SECONDS": "2",
        "COMMUNS_JOB_DOCUMENT_PAGES": "2",
        "COMMUNS_JOB_AUDIO_SECONDS": "15",
    }
    fleet = Fleet(tmp_path / "home", env, tmp_path)  # one data home: the fleet's shared volume
    fleet.cli("db", "upgrade")
    try:
        port = free_port()
        fleet.urls.append(f"http://127.0.0.1:{port}")
        fleet.start("api-a", "serve", "--port", str(port))
        for name in ("worker-1", "worker-2"):
            fleet.start(name, "worker")
        fleet.wait_healthy()
        yield fleet
    finally:
        fleet.stop()


def worker_pid(worker: str | None) -> int:
    return int((worker or "::").split(":")[1] or 0)


def test_a_long_transcription_runs_on_a_worker_while_the_client_waits(
    fleet: Fleet, data_dir: Path, postgres_url: str
) -> None:
    engine = sa.create_engine(postgres_url)
    workers = {fleet.processes[name].pid for name in ("worker-1", "worker-2")}
    try:
        with fleet.http(0) as http:
            clip = data_dir / "speech_fr_fleurs" / "fleurs-fr-001.ogg"  # 23 s: over 15
            spoken = http.post("/v1/audio/transcriptions", files={"file": (clip.name, clip.read_bytes(), "audio/ogg")})
        assert spoken.status_code == 200 and len(spoken.json()["text"]) > 50, spoken.text
        [(holder, status)] = one(engine, "SELECT worker, status FROM queue_jobs WHERE kind = 'audio.transcribe'")
        assert status == "done" and worker_pid(holder) in workers  # a worker's, not the API's
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_worker_killed_mid_ingestion_leaves_it_to_another_and_the_client_gets_one_document(
    fleet: Fleet,
    balto,  # noqa: F811
    postgres_url: str,
) -> None:
    engine = sa.create_engine(postgres_url)
    workers = {fleet.processes[name].pid: name for name in ("worker-1", "worker-2")}
    try:
        with fleet.http(0) as http:
            collection = http.post("/v1/collections", json={"name": "scans"}).json()["id"]
            pdf, _ = balto
            scans = first_pages(pdf, 8)  # scanned pages: read by OCR, a page at a time
            with ThreadPoolExecutor(1) as pool:
                upload = pool.submit(
                    http.post,
                    "/v1/documents",
                    data={"collection": str(collection)},
                    files={"file": ("scans.pdf", scans, PDF)},
                )
                deadline = time.monotonic() + 180
                query = "SELECT worker, status, done FROM queue_jobs WHERE kind = 'documents.ingest'"
                while not (rows := one(engine, query)) or rows[0][2] < 1:
                    assert time.monotonic() < deadline and not upload.done(), fleet.log("api-a")
                    time.sleep(0.1)
                [(holder, status, done)] = rows
                assert status == "running" and done < 8, "the worker should be killed mid-job"
                killed = worker_pid(holder)
                os.kill(killed, signal.SIGKILL)
                fleet.processes[workers[killed]].wait()
                answer = upload.result(timeout=400)  # the client still waits on its request
            assert answer.status_code == 201, answer.text
            body = answer.json()
            assert body["pages"] == 8 and body["ocr_pages"] >= 1 and body["chunks"] > 0
            documents = http.get("/v1/documents", params={"collection": collection}).json()["data"]
        [(holder, attempts, status)] = one(
            engine, "SELECT worker, attempts, status FROM queue_jobs WHERE kind = 'documents.ingest'"
        )
        survivor = next(pid for pid in workers if pid != killed)
        assert status == "done" and attempts == 2 and worker_pid(holder) == survivor
        assert [d["id"] for d in documents] == [body["id"]]  # one document, not two
        assert not (fleet.home / "jobs").exists() or not any((fleet.home / "jobs").iterdir())
    finally:
        engine.dispose()
    for name in ("api-a", workers[survivor]):
        assert "Traceback" not in fleet.log(name), fleet.log(name)
