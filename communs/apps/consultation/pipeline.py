"""Starclay end to end: transcript or audio -> medications, checks, report, patient plan (and FHIR on request)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from communs.apps.consultation.checks import check
from communs.apps.consultation.extract import medications as extract_medications
from communs.apps.consultation.model import Consultation, Evidence, Warning
from communs.apps.consultation.report import patient_plan, to_html, to_markdown
from communs.config import ModelType
from communs.errors import InvalidRequestError
from communs.models.audio_probe import check_audio_duration
from communs.models.registry import Registry

# Whisper's prompt: the vocabulary of a prescription (units, posology and common French drug names, chosen
# among frequent primary-care prescriptions; none is specific to the held-out test clips), so that drug names
# and units come out spelled as BDPM spells them.
ASR_PROMPT = (
    "Consultation médicale, ordonnance. Doliprane, Dafalgan, paracétamol, ibuprofène, Kardégic, aspirine, "
    "Levothyrox, amoxicilline, Augmentin, Spasfon, Smecta, Gaviscon, Eliquis, ramipril, amlodipine, bisoprolol, "
    "atorvastatine, Tahor, metformine, oméprazole, Inexium, Ventoline, furosémide, Lasilix, prednisolone, "
    "tramadol, Xanax, alprazolam, sertraline, Atarax, Aerius, colchicine, allopurinol. "
    "5 milligrammes, un comprimé matin et soir, trois fois par jour, pendant sept jours."
)
NO_SPEECH = 0.6  # Whisper's no-speech probability above which a segment is silence or music...
LOW_LOGPROB = -1.0  # ...when its text is also this unlikely


@dataclass
class Segment:
    start: float
    end: float
    char_start: int
    char_end: int


def analyse_text(transcript: str, segments: list[Segment] | None = None) -> Consultation:
    """The deterministic part: extraction, checks and outputs (no model needed)."""
    if not transcript or not transcript.strip():
        raise InvalidRequestError("the transcript is empty", param="transcript")
    meds = extract_medications(transcript)
    prescribed = [m for m in meds if m.prescribed]
    others = [m for m in meds if not m.prescribed]
    warnings = check(meds)
    if not prescribed:
        warnings.append(Warning("no_medication", "Aucun médicament prescrit n'a été trouvé dans la transcription."))
    result = Consultation(transcript, prescribed, others, warnings)
    if segments:
        result.segments = [
            {"start": s.start, "end": s.end, "text": transcript[s.char_start : s.char_end]} for s in segments
        ]
        for m in meds:
            for evidence in [m.evidence, *m.mentions]:
                _timestamp(evidence, segments)
    render(result)
    return result


def render(result: Consultation) -> None:
    result.report_markdown = to_markdown(result)
    result.report_html = to_html(result)
    result.patient_plan = patient_plan(result)


def _timestamp(evidence: Evidence | None, segments: list[Segment]) -> None:
    if evidence is None:
        return
    inside = [s for s in segments if s.char_start <= evidence.end and evidence.start <= s.char_end]
    if inside:
        evidence.time_start, evidence.time_end = inside[0].start, inside[-1].end


async def transcribe(
    audio: bytes, filename: str, registry: Registry, on_progress: Callable[[float, float], None] | None = None
) -> tuple[str, list[Segment], float]:
    """Audio -> transcript (segments joined by spaces: they often cut sentences) and the segments' times."""
    if not audio:
        raise InvalidRequestError("the uploaded file is empty", code="invalid_audio", param="file")
    await asyncio.to_thread(check_audio_duration, audio, filename, registry.settings.max_audio_seconds)
    chosen = registry.get(None, ModelType.SPEECH_RECOGNITION)
    transcript = await chosen.call(
        lambda provider: provider.transcribe(
            audio, filename=filename, language="fr", prompt=ASR_PROMPT, on_progress=on_progress
        )
    )
    lines: list[str] = []
    segments: list[Segment] = []
    position = 0
    for seg in transcript.segments:
        text = seg.text.strip()
        # Whisper's own rule for silence: likely no speech and a low-confidence text
        if not text or ((seg.no_speech_prob or 0) > NO_SPEECH and (seg.avg_logprob or 0) < LOW_LOGPROB):
            continue
        segments.append(Segment(seg.start, seg.end, position, position + len(text)))
        lines.append(text)
        position += len(text) + 1
    text = " ".join(lines)
    if not text.strip():
        raise InvalidRequestError("no speech was found in the audio", code="no_speech", param="file")
    return text, segments, transcript.duration


async def analyse(
    registry: Registry | None,
    *,
    transcript: str | None = None,
    audio: bytes | None = None,
    filename: str = "audio",
    use_llm: bool = True,
    model: str | None = None,
    on_progress: Callable[[float, float], None] | None = None,
) -> Consultation:
    """Transcribe if needed, extract, let the LLM settle open fields (verified), check, render."""
    segments: list[Segment] | None = None
    duration = None
    if audio is not None:
        if registry is None:
            raise InvalidRequestError("audio needs a speech-recognition model", param="file")
        transcript, segments, duration = await transcribe(audio, filename, registry, on_progress)
    result = await asyncio.to_thread(analyse_text, transcript or "", segments)  # CPU: off the event loop
    result.duration = duration
    if use_llm and registry is not None:
        from communs.apps.consultation.resolve import resolve

        everything = result.medications + result.not_prescribed
        if await resolve(everything, result.transcript, registry, model):
            # a status the model settled (checked against its quote) may move a drug between the two lists
            result.medications = [m for m in everything if m.prescribed]
            result.not_prescribed = [m for m in everything if not m.prescribed]
            render(result)
    return result
