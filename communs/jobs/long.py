"""Long requests as jobs of the queue: large document ingestions and long transcriptions.

A document to index over ``job_document_pages`` pages (a PDF's count, read without parsing it) or
``job_document_bytes`` bytes, and an audio file over ``job_audio_seconds`` (its container's duration, read
without decoding it), run as the jobs ``documents.ingest`` and ``audio.transcribe``: in the API process with the
embedded queue, in a ``communs worker`` in a fleet, so that an API replica's event loop and cores stay free for
the short requests. The route keeps the upload in ``<home>/jobs/<id>/`` (the data home every replica and worker
mounts, as De Facto's dossiers), submits the job and waits for it (:meth:`JobQueue.result`), then answers as it
would have (Albert's and OpenAI's shapes); the job deletes the upload when it ends. A job runs once, and a worker
killed midway leaves it to another (:mod:`communs.jobs.runner`): the ingestion marks its document with the job's
id (``metadata.ingest_job``), so a run taking over from one killed after the document was written finds it
instead of adding it twice.
"""

from __future__ import annotations

import asyncio
import io
import shutil
import uuid
from pathlib import Path
from typing import Any

from communs.accounts.store import Principal
from communs.config import ModelType, Settings
from communs.errors import CommunsError, InvalidRequestError
from communs.jobs.queue import JobQueue
from communs.jobs.runner import JobContext, job_kind
from communs.search.ingest import ingest_file, open_search

INGEST, TRANSCRIBE = "documents.ingest", "audio.transcribe"
UPLOAD = "upload"


def pdf_pages(data: bytes) -> int | None:
    """A PDF's page count (None: not a PDF, or one that does not open: the ingestion says why)."""
    if not data.startswith(b"%PDF"):
        return None
    from communs.documents.pdf import pdf_page_count

    try:
        return pdf_page_count(data)
    except CommunsError:
        return None


def is_long_document(settings: Settings, data: bytes) -> bool:
    if len(data) > settings.job_document_bytes:
        return True
    pages = pdf_pages(data)
    return pages is not None and pages > settings.job_document_pages


def audio_seconds(data: bytes) -> float | None:
    """The audio's duration from its container's header (None: unknown, or not audio: the model says why)."""
    import av

    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            if container.duration:
                return float(container.duration / av.time_base)
            for stream in container.streams.audio:
                if stream.duration and stream.time_base:
                    return float(stream.duration * stream.time_base)
    except Exception:  # noqa: BLE001 - PyAV raises many kinds of errors for what is not audio
        return None
    return None


def is_long_audio(settings: Settings, data: bytes) -> bool:
    seconds = audio_seconds(data)
    return seconds is not None and seconds > settings.job_audio_seconds


def upload_folder(settings: Settings, job_id: str) -> Path:
    return settings.home / "jobs" / job_id


async def submit_upload(queue: JobQueue, kind: str, owner: str, payload: dict[str, Any], data: bytes) -> str:
    """Keep the upload where every worker reads it, then queue the job; its id."""
    job_id = uuid.uuid4().hex[:16]
    folder = upload_folder(queue.settings, job_id)

    def keep() -> None:
        folder.mkdir(parents=True)
        (folder / UPLOAD).write_bytes(data)

    await asyncio.to_thread(keep)
    try:
        return await queue.submit(kind, owner, payload, job_id=job_id)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _upload(ctx: JobContext) -> bytes:
    path = upload_folder(ctx.resources.settings, ctx.id) / UPLOAD
    if not path.is_file():
        raise InvalidRequestError("the uploaded file of this job is gone (was the data home shared?)", param="file")
    return path.read_bytes()


async def _with_upload(ctx: JobContext, work: Any) -> dict[str, Any]:
    """Run ``work(data)``; the upload is deleted when the job ends (not when its runner stops: another resumes)."""
    try:
        result: dict[str, Any] = await work(await asyncio.to_thread(_upload, ctx))
    except Exception:
        shutil.rmtree(upload_folder(ctx.resources.settings, ctx.id), ignore_errors=True)
        raise
    shutil.rmtree(upload_folder(ctx.resources.settings, ctx.id), ignore_errors=True)
    return result


@job_kind(INGEST)
async def ingest_job(ctx: JobContext) -> dict[str, Any]:
    """Parse, chunk, embed and store one document (payload: collection, filename, metadata, chunk_size,
    chunk_overlap and the principal that asked); the result is /v1/documents' answer."""
    p = ctx.payload
    settings = ctx.resources.settings
    principal = Principal(**p["principal"])
    service = open_search(settings, ctx.resources.registry)

    def progress(done: int, total: int) -> None:
        ctx.report(stage="pages", done=done, total=total, progress=0.9 * done / max(total, 1))

    def written() -> dict[str, Any] | None:
        """The document a run killed after writing it left (its upload may be gone): that is the result."""
        for document in service.store.list_documents(int(p["collection"])):
            if document.metadata.get("ingest_job") == ctx.id:
                found = {"id": document.id, "pages": document.page_count, "ocr_pages": document.ocr_pages}
                return found | {"chunks": document.chunk_count, "low_confidence_pages": []}
        return None

    async def work(data: bytes) -> dict[str, Any]:
        report = await ingest_file(
            service,
            principal,
            int(p["collection"]),
            data,
            p["filename"],
            settings=settings,
            on_page=progress,
            metadata={**p.get("metadata", {}), "ingest_job": ctx.id},
            chunk_size=int(p["chunk_size"]),
            chunk_overlap=int(p["chunk_overlap"]),
            force_ocr=bool(p.get("force_ocr", False)),
            page_indexes=p.get("pages"),
        )
        return report.answer()

    try:
        if ctx.attempt > 1 and (found := await asyncio.to_thread(written)) is not None:
            shutil.rmtree(upload_folder(settings, ctx.id), ignore_errors=True)
            return found
        return await _with_upload(ctx, work)
    finally:
        await asyncio.to_thread(service.store.close)


@job_kind(TRANSCRIBE)
async def transcribe_job(ctx: JobContext) -> dict[str, Any]:
    """Transcribe one audio file (payload: filename, model, language, prompt, temperature, response_format); the
    result: ``{"response_format", "body"}``, the body /v1/audio/transcriptions answers (a JSON object or text)."""
    from communs.models.transcript_formats import render

    p = ctx.payload
    chosen = ctx.resources.registry.get(p.get("model"), ModelType.SPEECH_RECOGNITION)

    def progress(done: float, total: float) -> None:
        ctx.report(stage="audio", done=int(done), total=int(total), progress=min(done / max(total, 1e-6), 0.99))

    async def work(audio: bytes) -> dict[str, Any]:
        transcript = await chosen.call(
            lambda provider: provider.transcribe(
                audio,
                filename=p["filename"],
                language=p.get("language"),
                prompt=p.get("prompt"),
                temperature=float(p.get("temperature", 0.0)),
                on_progress=progress,
            )
        )
        return {"response_format": p["response_format"], "body": render(transcript, p["response_format"])}

    return await _with_upload(ctx, work)
