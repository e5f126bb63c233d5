"""POST /v1/audio/transcriptions (Whisper) and POST /v1/audio/speech (text-to-speech)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from communs.accounts.store import Principal
from communs.api.deps import authenticate, limit_model, record_usage, services
from communs.api.schemas import SpeechRequest
from communs.config import ModelType
from communs.errors import InvalidRequestError
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
    transcript = await chosen.call(
        lambda provider: provider.transcribe(
            audio, filename=file.filename or "audio", language=language, prompt=prompt, temperature=temperature
        )
    )
    record_usage(request, endpoint="audio/transcriptions", model=chosen.id)
    rendered = render(transcript, response_format)
    if isinstance(rendered, dict):
        return JSONResponse(rendered)
    return PlainTextResponse(rendered, media_type=TEXT_TYPES[response_format])


@router.post("/audio/speech")
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
