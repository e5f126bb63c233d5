"""Embedded speech-to-text: Whisper (CTranslate2) through faster-whisper, on the CPU.

Audio is decoded by PyAV (bundled FFmpeg), so wav, mp3, ogg/opus, m4a, webm and flac all work;
anything that does not decode is refused with a 400 before the model runs.
"""

from __future__ import annotations

import asyncio
import io
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from communs.config import stay_offline
from communs.errors import InvalidRequestError
from communs.models.base import Segment, Transcript

if TYPE_CHECKING:
    from communs.config import ProviderConfig, Settings

SAMPLE_RATE = 16_000


def decode_audio(audio: bytes, filename: str = "audio"):
    """Decode any audio container to 16 kHz mono float32; a clear error when it is not audio."""
    from faster_whisper.audio import decode_audio as _decode

    if not audio:
        raise InvalidRequestError(f"'{filename}' is empty", code="invalid_audio", param="file")
    try:
        samples = _decode(io.BytesIO(audio), sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # PyAV raises many kinds of errors for non-audio input
        raise InvalidRequestError(
            f"'{filename}' is not a readable audio file ({type(exc).__name__})", code="invalid_audio", param="file"
        ) from None
    if samples.size == 0:
        raise InvalidRequestError(f"'{filename}' holds no audio samples", code="invalid_audio", param="file")
    return samples


class WhisperProvider:
    def __init__(self, model_dir: Path, *, threads: int = 2, compute_type: str = "int8") -> None:
        self.model_dir = model_dir
        self.threads = threads
        self.compute_type = compute_type
        self._model = None
        self._load_lock = threading.Lock()
        self._run_lock = asyncio.Lock()  # one transcription at a time: each uses every core

    def __repr__(self) -> str:
        return f"WhisperProvider({self.model_dir.name})"

    def _load(self):
        with self._load_lock:
            if self._model is None:
                stay_offline()
                import onnxruntime  # type: ignore[import-untyped]  # faster-whisper's voice detection runs on it
                from faster_whisper import WhisperModel

                onnxruntime.disable_telemetry_events()  # a no-op but on Windows builds, where it is on by default

                self._model = WhisperModel(
                    str(self.model_dir),
                    device="cpu",
                    compute_type=self.compute_type,
                    cpu_threads=self.threads,
                    local_files_only=True,
                )
        return self._model

    def transcribe_sync(
        self,
        audio: bytes,
        *,
        filename: str = "audio",
        language: str | None = None,
        prompt: str | None = None,
        temperature: float = 0.0,
        on_progress=None,
    ) -> Transcript:
        samples = decode_audio(audio, filename)
        model = self._load()
        try:
            segments_iter, info = model.transcribe(
                samples,
                language=language or None,
                initial_prompt=prompt or None,
                temperature=temperature if temperature else [0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
                beam_size=5,
                vad_filter=True,
                condition_on_previous_text=False,
            )
        except ValueError as exc:  # e.g. an unknown language code
            raise InvalidRequestError(str(exc), param="language") from None
        segments: list[Segment] = []
        for index, seg in enumerate(segments_iter):
            segments.append(
                Segment(
                    id=index,
                    start=round(seg.start, 2),
                    end=round(seg.end, 2),
                    text=seg.text.strip(),
                    avg_logprob=seg.avg_logprob,
                    no_speech_prob=seg.no_speech_prob,
                )
            )
            if on_progress is not None:
                on_progress(seg.end, info.duration)
        text = " ".join(s.text for s in segments).strip()
        return Transcript(text=text, language=info.language, duration=round(info.duration, 2), segments=segments)

    async def transcribe(
        self,
        audio: bytes,
        *,
        filename: str = "audio",
        language: str | None = None,
        prompt: str | None = None,
        temperature: float = 0.0,
        on_progress=None,
    ) -> Transcript:
        async with self._run_lock:
            return await asyncio.to_thread(
                self.transcribe_sync,
                audio,
                filename=filename,
                language=language,
                prompt=prompt,
                temperature=temperature,
                on_progress=on_progress,
            )

    async def aclose(self) -> None:
        self._model = None


def create(config: ProviderConfig, settings: Settings, model_id: str) -> WhisperProvider:
    """The ``whisper`` backend: faster-whisper on an assembled CTranslate2 model (the artifact's folder)."""
    from communs.models.artifacts import artifact_path

    return WhisperProvider(artifact_path(config, settings).parent, threads=config.threads or settings.threads)
