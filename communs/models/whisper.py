"""Embedded speech-to-text: Whisper (CTranslate2) through faster-whisper, on the CPU.

Audio is decoded by PyAV (bundled FFmpeg), so wav, mp3, ogg/opus, m4a, webm and flac all work;
anything that does not decode is refused with a 400 before the model runs. Long audio is decoded and
transcribed in windows of a few minutes, cut in the quietest moment near each window's end: two hours of
audio never sit in memory as samples at once (460 MB of float32, and as much again while decoding).
"""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from communs.config import stay_offline
from communs.errors import InvalidRequestError
from communs.models.audio_probe import audio_duration
from communs.models.base import Segment, Transcript

if TYPE_CHECKING:
    import numpy as np

    from communs.config import ProviderConfig, Settings

SAMPLE_RATE = 16_000
WINDOW_SECONDS = 300  # samples held at once: 5 minutes (19 MB of float32)
CUT_SEARCH_SECONDS = 10  # a window ends in the quietest tenth of a second of its last 10 seconds


def _invalid(filename: str, exc: Exception) -> InvalidRequestError:
    return InvalidRequestError(
        f"'{filename}' is not a readable audio file ({type(exc).__name__})", code="invalid_audio", param="file"
    )


def decode_audio(audio: bytes, filename: str = "audio"):
    """The whole audio as 16 kHz mono float32 (for short clips: transcription reads it window by window); a clear
    error when it is not audio."""
    import numpy as np

    return np.concatenate([samples for _, samples in audio_windows(audio, filename)])


def quiet_cut(samples: np.ndarray, end: int, search: int = CUT_SEARCH_SECONDS * SAMPLE_RATE) -> int:
    """Where to end a window at about ``end``: the middle of the quietest 0.1 s of the ``search`` samples before
    it, so that a window rarely cuts a word."""
    import numpy as np

    step = SAMPLE_RATE // 10
    start = max(0, end - search)
    span = samples[start:end].astype(np.float32)
    blocks = span[: span.size // step * step].reshape(-1, step)
    if not len(blocks):
        return end
    energy = np.square(blocks).mean(axis=1)
    quietest = len(energy) - 1 - int(np.argmin(energy[::-1]))  # the latest of equally quiet blocks
    return start + quietest * step + step // 2


def _floats(samples: np.ndarray) -> np.ndarray:
    """16-bit samples as float32 in [-1, 1), as faster-whisper's own decoder gives them (one copy, no more)."""
    import numpy as np

    window = samples.astype(np.float32)
    window *= 1 / 32768.0
    return window


def audio_windows(
    audio: bytes, filename: str = "audio", window_seconds: int = WINDOW_SECONDS
) -> Iterator[tuple[float, np.ndarray]]:
    """(start in seconds, 16 kHz mono float32 samples) windows of ``audio``, decoded as they are needed:
    at most one window and its cut search are held at once, however long the audio."""
    import av
    import numpy as np
    from faster_whisper.audio import _group_frames, _ignore_invalid_frames, _resample_frames

    if not audio:
        raise InvalidRequestError(f"'{filename}' is empty", code="invalid_audio", param="file")
    size = window_seconds * SAMPLE_RATE
    pending: list[np.ndarray] = []
    held = offset = 0
    try:
        container = av.open(io.BytesIO(audio), mode="r", metadata_errors="ignore")
    except Exception as exc:  # PyAV raises many kinds of errors for non-audio input
        raise _invalid(filename, exc) from None
    resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    with container:
        frames = _resample_frames(_group_frames(_ignore_invalid_frames(container.decode(audio=0)), 500_000), resampler)
        while True:
            try:
                frame = next(frames)
            except StopIteration:
                break
            except Exception as exc:  # a damaged stream, or not audio at all
                raise _invalid(filename, exc) from None
            array = frame.to_ndarray().reshape(-1)
            pending.append(array)
            held += array.size
            if held >= size:
                joined = np.concatenate(pending)
                cut = quiet_cut(joined, size)
                window = _floats(joined[:cut])
                pending, held, start, offset = [joined[cut:].copy()], joined.size - cut, offset, offset + cut
                del joined
                yield start / SAMPLE_RATE, window
    if held:
        yield offset / SAMPLE_RATE, _floats(np.concatenate(pending))
    elif not offset:
        raise InvalidRequestError(f"'{filename}' holds no audio samples", code="invalid_audio", param="file")


class WhisperProvider:
    def __init__(self, model_dir: Path, *, threads: int = 2, compute_type: str = "int8") -> None:
        self.model_dir = model_dir
        self.threads = threads
        self.compute_type = compute_type
        self.window_seconds = WINDOW_SECONDS
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
        total = audio_duration(audio) or 0.0  # for progress only: read from the container, not decoded
        model = self._load()
        segments: list[Segment] = []
        detected = heard = None
        duration = 0.0
        for start, window in audio_windows(audio, filename, self.window_seconds):
            try:
                window_segments, info = model.transcribe(
                    window,
                    language=language or detected,
                    initial_prompt=prompt or None,
                    temperature=temperature if temperature else [0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
                    beam_size=5,
                    vad_filter=True,
                    condition_on_previous_text=False,
                )
            except ValueError as exc:  # e.g. an unknown language code
                raise InvalidRequestError(str(exc), param="language") from None
            for seg in window_segments:
                segments.append(
                    Segment(
                        id=len(segments),
                        start=round(start + seg.start, 2),
                        end=round(start + seg.end, 2),
                        text=seg.text.strip(),
                        avg_logprob=seg.avg_logprob,
                        no_speech_prob=seg.no_speech_prob,
                    )
                )
                if on_progress is not None:
                    on_progress(start + seg.end, max(total, start + info.duration))
            duration, heard = start + info.duration, info.language
            if segments and detected is None:  # the language heard first holds for the windows after it
                detected = info.language
        text = " ".join(s.text for s in segments).strip()
        return Transcript(
            text=text, language=detected or heard or language or "", duration=round(duration, 2), segments=segments
        )

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
