"""POST /v1/apps/consultation (Starclay): a consultation transcript or recording -> verified prescription and report."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from communs.accounts.store import Principal
from communs.api.bodies import loads
from communs.api.deps import authenticate, chosen_model, form_bool, record_usage, services
from communs.api.responses import ERRORS, request_body
from communs.apps.consultation.fhir import to_fhir
from communs.apps.consultation.pipeline import analyse
from communs.apps.consultation.schemas import ConsultationResult
from communs.errors import InvalidRequestError, PayloadTooLargeError

router = APIRouter(prefix="/apps")

MAX_TRANSCRIPT_CHARS = 200_000  # over three hours of speech; the analysis' time grows with the length


class ConsultationRequest(BaseModel):
    transcript: str = Field(description="The consultation's transcript (doctor and patient).")
    llm: bool = Field(default=True, description="Let the chat model settle what the rules could not (checked).")
    fhir: bool = Field(default=False, description="Add a FHIR R4 Bundle of MedicationRequest resources.")
    model: str | None = None


class ConsultationUpload(BaseModel):
    file: bytes | None = Field(default=None, description="The recording (WAV, MP3, OGG...), transcribed first.")
    transcript: str | None = Field(default=None, description="The transcript, when no file is sent.")
    llm: bool = True
    fhir: bool = False
    model: str | None = None


# exclude_unset: "fhir" is in the answer only when it was asked for
@router.post(
    "/consultation",
    responses=ERRORS,
    response_model_exclude_unset=True,
    openapi_extra=request_body(application_json=ConsultationRequest, multipart_form_data=ConsultationUpload),
)
async def consultation(request: Request, principal: Principal = Depends(authenticate)) -> ConsultationResult:
    """JSON ``{transcript, llm?, fhir?, model?}`` or multipart ``file`` (audio) with the same optional fields."""
    registry = services(request).registry
    content_type = request.headers.get("content-type", "")
    audio, filename, transcript = None, "audio", None
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str):
            audio, filename = await upload.read(), upload.filename or "audio"
        elif isinstance(form.get("transcript"), str):
            transcript = str(form.get("transcript"))
        else:
            raise InvalidRequestError("send an audio 'file' or a 'transcript'", param="file")
        options: dict[str, Any] = dict(form)
    else:
        options = loads(await request.body() or b"{}")
        if not isinstance(options, dict) or not isinstance(options.get("transcript"), str):
            raise InvalidRequestError("'transcript' (a string) is required", param="transcript")
        transcript = options["transcript"]
    if transcript is not None and len(transcript) > MAX_TRANSCRIPT_CHARS:
        raise PayloadTooLargeError(
            f"the transcript has {len(transcript)} characters, over the limit of {MAX_TRANSCRIPT_CHARS}",
            param="transcript",
        )
    chosen = options.get("model")
    model = chosen_model(request, chosen if isinstance(chosen, str) else None)
    use_llm = form_bool(options.get("llm"), True, param="llm")
    with_fhir = form_bool(options.get("fhir"), False, param="fhir")
    result = await analyse(
        registry,
        transcript=transcript,
        audio=audio,
        filename=filename,
        use_llm=use_llm,
        model=model,
    )
    record_usage(request, endpoint="apps/consultation", model=model)
    body = result.to_dict()
    if with_fhir:
        body["fhir"] = to_fhir(result)
    return ConsultationResult.model_validate(body)
