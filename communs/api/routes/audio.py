"""POST /v1/audio/transcriptions (Whisper) and POST /v1/audio/speech (text-to-speech)."""

from __future__ import annotations

import asyncio
from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from communs.accounts.store import Principal
from communs.api.deps import authenticate, limit_model, record_usage, services
from communs.api.routes.jobs import run_as_job, wants_async
from communs.api.schemas import SpeechRequest
from communs.config import ModelType
from communs.errors import InvalidRequestError
from communs.jobs.long import TRANSCRIBE, is_long_audio
from communs.models.audio_probe import check_audio_duration
from communs.models.transcript_formats import render

router = APIRouter()

MEDIA_TYPES = {
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
    "flac": "audio/flac",
    "opus": "audio/ogg",
    "aac": "audio/aac",
    "pcm": "audio/pcm",
}
TEXT_TYPES = {"text": "text/plain", "srt": "application/x-subrip", "vtt": "text/vtt"}


@router.post("/audio/transcriptions")
async def transcriptions(
    request: Request,
    file: UploadFile = File(...),
    model: str | None = Form(None),
    language: str | None = Form(None),
    prompt: str | None = Form(None),
    response_format: Literal["json", "text", "verbose_json", "srt", "vtt"] = Form("json"),
    temperature: float = Form(0.0, ge=0.0, le=1.0),
    principal: Principal = Depends(authenticate),
) -> Response:
    chosen = services(request).registry.get(model, ModelType.SPEECH_RECOGNITION)
    limit_model(request, chosen.id)
    audio = await file.read()
    if not audio:
        raise InvalidRequestError("the uploaded file is empty", code="invalid_audio", param="file")
    max_seconds = services(request).settings.max_audio_seconds
    await asyncio.to_thread(check_audio_duration, audio, file.filename or "audio", max_seconds)
    filename = file.filename or "audio"
    rendered: dict | str
    if wants_async(request) or await asyncio.to_thread(is_long_audio, services(request).settings, audio):
        payload: dict[str, Any] = {"filename": filename, "model": chosen.id, "language": language, "prompt": prompt}
        payload |= {"temperature": temperature, "response_format": response_format}
        job = await run_as_job(request, principal, TRANSCRIBE, payload, audio)  # long: a worker's
        if isinstance(job, Response):
            record_usage(request, endpoint="audio/transcriptions", model=chosen.id)
            return job  # a job to poll (202)
        rendered = (job.result or {})["body"]
    else:
        transcript = await chosen.call(
            lambda provider: provider.transcribe(
                audio, filename=filename, language=language, prompt=prompt, temperature=temperature
            )
        )
        rendered = render(transcript, response_format)
    record_usage(request, endpoint="audio/transcriptions", model=chosen.id)
    if isinstance(rendered, dict):
        return JSONResponse(rendered)
    return PlainTextResponse(rendered, media_type=TEXT_TYPES[response_format])


AUDIO: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The speech, in the asked response_format.",
        "content": {kind: {"schema": {"type": "string", "format": "binary"}} for kind in MEDIA_TYPES.values()},
    }
}


@router.post("/audio/speech", response_class=Response, responses=AUDIO)
async def speech(body: SpeechRequest, request: Request, principal: Principal = Depends(authenticate)) -> Response:
    chosen = services(request).registry.get(body.model, ModelType.TEXT_TO_SPEECH)
    limit_model(request, chosen.id)
    audio = await chosen.call(
        lambda provider: provider.speak(
            body.input, voice=body.voice, audio_format=body.response_format, speed=body.speed
        )
    )
    record_usage(request, endpoint="audio/speech", model=chosen.id, prompt_tokens=len(body.input))
    return Response(audio, media_type=MEDIA_TYPES[body.response_format])
