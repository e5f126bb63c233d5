"""Long requests as jobs with the embedded queue (a real `communs serve`, no broker): a document over the page
threshold and an audio file over the duration threshold are worked on by a job of the queue, and answered in
Albert's and OpenAI's shapes; ``Prefer: respond-async`` answers 202 with a job to poll; a job's error is the
error the route answers; a job can be cancelled; the uploads are deleted when the jobs end."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from tests.bombs import blank_pdf
from tests.conftest import LiveServer, start_server, stop_server
from tests.test_api_auth_usage import cli

LONG_PDF = "cerfa_13969_01.pdf"  # 3 pages: over the 2 of this server
SHORT_CLIP, LONG_CLIP = "fleurs-fr-000.ogg", "fleurs-fr-001.ogg"  # 10 s and 23 s: under and over 15 s


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    home = tmp_path_factory.mktemp("long-jobs")
    live = start_server(
        home / "home",
        home / "serve.log",
        COMMUNS_JOB_DOCUMENT_PAGES="2",
        COMMUNS_JOB_DOCUMENT_BYTES="300000",
        COMMUNS_JOB_AUDIO_SECONDS="15",
        COMMUNS_QUEUE_HEARTBEAT_SECONDS="0.5",
        COMMUNS_QUEUE_STALLED_SECONDS="3",
    )
    yield live
    stop_server(live)


def jobs(server: LiveServer) -> list[sa.Row]:
    engine = sa.create_engine(f"sqlite:///{server.home / 'communs.db'}")
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, kind, status, attempts, result FROM queue_jobs ORDER BY created"))
        found = rows.all()
    engine.dispose()
    return found


def uploads_left(server: LiveServer) -> list[Path]:
    folder = server.home / "jobs"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def poll(http: httpx.Client, location: str, seconds: float = 240) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = http.get(location).json()
        if job["status"] in ("done", "error", "cancelled"):
            return job
        time.sleep(0.3)
    raise AssertionError(f"the job at {location} did not end in {seconds} s: {job}")


def test_a_long_pdf_is_indexed_by_a_job_and_answered_as_albert_does(server: LiveServer, data_dir: Path) -> None:
    with server.http() as http:
        collection = http.post("/v1/collections", json={"name": "long"}).json()["id"]
        pdf = (data_dir / "cerfa_forms" / LONG_PDF).read_bytes()
        before = len(jobs(server))
        response = http.post(
            "/v1/documents", data={"collection": str(collection)}, files={"file": (LONG_PDF, pdf, "application/pdf")}
        )
        assert response.status_code == 201, response.text
        body = response.json()
        assert set(body) == {"id", "pages", "ocr_pages", "chunks", "low_confidence_pages"}
        assert body["pages"] == 3 and body["chunks"] > 0
        document = http.get(f"/v1/documents/{body['id']}").json()
        assert document["collection_id"] == collection and document["chunks"] == body["chunks"]
        found = http.post("/v1/search", json={"collections": [collection], "prompt": "demande", "k": 1}).json()
        assert found["data"][0]["chunk"]["metadata"]["document_id"] == body["id"]
        # a short text is indexed in the request, as before: no job
        short = http.post(
            "/v1/documents",
            data={"collection": str(collection)},
            files={"file": ("note.txt", b"Une courte note de service.", "text/plain")},
        )
        assert short.status_code == 201, short.text
        # Albert's /v1/files takes the same way
        albert = http.post(
            "/v1/files",
            data={"request": f'{{"collection": {collection}}}'},
            files={"file": (LONG_PDF, pdf, "application/pdf")},
        )
        assert albert.status_code == 201 and albert.json()["id"] != body["id"]
    made = jobs(server)[before:]
    assert [(job.kind, job.status, job.attempts) for job in made] == [("documents.ingest", "done", 1)] * 2
    assert document["metadata"]["ingest_job"] == made[0].id
    assert uploads_left(server) == []


def test_a_long_transcription_runs_as_a_job_and_a_short_one_does_not(server: LiveServer, data_dir: Path) -> None:
    folder = data_dir / "speech_fr_fleurs"
    before = len(jobs(server))
    client = server.client()
    with (folder / SHORT_CLIP).open("rb") as clip:
        short = client.audio.transcriptions.create(model="whisper-1", file=clip, language="fr")
    assert len(jobs(server)) == before and short.text
    with (folder / LONG_CLIP).open("rb") as clip:
        long = client.audio.transcriptions.create(
            model="whisper-1", file=clip, language="fr", response_format="verbose_json"
        )
    reference = set((folder / LONG_CLIP.replace(".ogg", ".txt")).read_text().lower().split())
    assert len(reference & set(long.text.lower().split())) >= 0.6 * len(reference)
    assert long.model_dump()["duration"] > 20 and long.model_dump()["segments"]
    made = jobs(server)[before:]
    assert [(job.kind, job.status) for job in made] == [("audio.transcribe", "done")]
    assert uploads_left(server) == []


def test_prefer_respond_async_answers_202_with_a_job_only_its_owner_reads(server: LiveServer, data_dir: Path) -> None:
    key = cli(server, "keys", "create", "--name", "long-jobs-other").stdout.strip().splitlines()[-1]
    clip = (data_dir / "speech_fr_fleurs" / SHORT_CLIP).read_bytes()  # short, but the client asks for a job
    with server.http() as http, server.http(key) as other:
        response = http.post(
            "/v1/audio/transcriptions",
            headers={"Prefer": "respond-async"},
            files={"file": (SHORT_CLIP, clip, "audio/ogg")},
            data={"response_format": "srt", "language": "fr"},
        )
        assert response.status_code == 202, response.text
        job = response.json()
        assert job["object"] == "job" and job["kind"] == "audio.transcribe" and job["status"] in ("queued", "running")
        assert response.headers["location"] == f"/v1/jobs/{job['id']}"
        assert other.get(response.headers["location"]).status_code == 404  # another user's job
        done = poll(http, response.headers["location"])
        missing = http.get("/v1/jobs/no-such-job")
    assert done["status"] == "done" and done["progress"] == 1.0 and done["error"] is None
    assert done["result"]["response_format"] == "srt" and "-->" in done["result"]["body"]
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_a_job_that_fails_answers_the_error_the_request_would_have(server: LiveServer) -> None:
    not_a_pdf = b"%PDF-1.7 this is no PDF " * 20_000  # 480 kB: over this server's 300 kB, so a job
    with server.http() as http:
        collection = http.post("/v1/collections", json={"name": "broken"}).json()["id"]
        answers = []
        for data in (not_a_pdf, not_a_pdf[:1000]):  # the job, then in the request
            answers.append(
                http.post(
                    "/v1/documents",
                    data={"collection": str(collection)},
                    files={"file": ("broken.pdf", data, "application/pdf")},
                )
            )
        documents = http.get("/v1/documents", params={"collection": collection}).json()["data"]
    as_job, in_request = answers
    assert as_job.status_code == in_request.status_code and 400 <= as_job.status_code < 500, as_job.text
    assert as_job.json()["error"]["code"] == in_request.json()["error"]["code"]
    assert set(as_job.json()) == {"error", "detail"} and documents == []
    assert jobs(server)[-1].kind == "documents.ingest" and jobs(server)[-1].status == "error"
    assert uploads_left(server) == []


def test_a_document_over_the_page_limit_is_a_413_when_a_job_read_it_too(server: LiveServer) -> None:
    """A PDF past ``max_document_pages`` (2,000) is long, so a job counts its pages: the request waiting for it
    answers the job's 413 ``too_many_pages``, not a 400 of the same code."""
    with server.http() as http:
        collection = http.post("/v1/collections", json={"name": "trop long"}).json()["id"]
        response = http.post(
            "/v1/documents",
            data={"collection": str(collection)},
            files={"file": ("long.pdf", blank_pdf(2001), "application/pdf")},
        )
        job = http.get(f"/v1/jobs/{jobs(server)[-1].id}").json()
    assert response.status_code == 413, response.text
    assert response.json()["error"]["code"] == "too_many_pages" and "2001 pages" in response.json()["error"]["message"]
    assert job["status"] == "error" and job["error"]["http_status"] == 413


def test_a_queued_or_running_job_is_cancelled(server: LiveServer, data_dir: Path) -> None:
    clip = (data_dir / "speech_fr_fleurs" / LONG_CLIP).read_bytes()
    with server.http() as http:
        started = http.post(
            "/v1/audio/transcriptions",
            headers={"Prefer": "respond-async"},
            files={"file": (LONG_CLIP, clip, "audio/ogg")},
        )
        assert started.status_code == 202, started.text
        cancelled = http.delete(started.headers["location"])
        assert cancelled.status_code == 200 and cancelled.json()["id"] == started.json()["id"]
        ended = poll(http, started.headers["location"], 60)
    assert ended["status"] == "cancelled" and ended["error"]["type"] == "cancelled"


def test_an_ingestion_taken_over_after_its_document_was_written_does_not_write_it_twice(tmp_path: Path) -> None:
    import asyncio

    from communs.config import load_settings
    from communs.jobs.long import INGEST, upload_folder
    from communs.jobs.runner import Resources, execute
    from communs.jobs.store import JobTable
    from communs.search.ingest import open_store
    from communs.search.records import ChunkInput

    settings = load_settings(home=tmp_path / "home")
    table = JobTable(settings.database_url or "")
    store = open_store(settings)
    collection = store.create_collection("c", None, "private", None).id
    payload = {"collection": collection, "filename": "long.pdf", "metadata": {}, "chunk_size": 1200}
    payload |= {
        "chunk_overlap": 150,
        "principal": {"user_id": None, "user_name": "master", "role": "admin", "key_id": None},
    }
    job_id, _ = table.create(INGEST, "master", payload, "killed-after-writing")
    # the first run claimed it, wrote the document, deleted the upload, and was killed before writing its result
    assert table.claim(job_id, "dead-host:1:abcdef", lease=0.2)
    chunk = ChunkInput("Texte du document.", vector=[1.0, 0.0, 0.0])
    written = store.add_document(collection, "long.pdf", "application/pdf", 3, 0, {"ingest_job": job_id}, [chunk])
    assert not upload_folder(settings, job_id).exists()
    job = asyncio.run(execute(table, job_id, "survivor:2:abcdef", Resources(settings), lease=5.0))
    assert job is not None and job.status == "done" and job.attempts == 2, job
    assert job.result == {"id": written, "pages": 3, "ocr_pages": 0, "chunks": 1, "low_confidence_pages": []}
    assert [d.id for d in store.list_documents(collection)] == [written]
    store.close()
    table.close()
