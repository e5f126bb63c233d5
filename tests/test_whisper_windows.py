"""Long audio is decoded and transcribed in windows: memory stays bounded by a window, not by the recording, and a
recording cut in two windows is transcribed whole, with its timestamps where they belong."""

from __future__ import annotations

import io
import math
import re
import tracemalloc
import wave

import numpy as np
import pytest

from communs.errors import InvalidRequestError
from communs.models.whisper import SAMPLE_RATE, WhisperProvider, audio_windows, decode_audio, quiet_cut
from tests.bombs import silent_flac
from tests.conftest import real_models_dir


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}


def test_two_hours_of_audio_are_decoded_five_minutes_at_a_time():
    flac = silent_flac(2 * 3600, rate=SAMPLE_RATE)  # 460 MB of float32 once decoded whole
    tracemalloc.start()
    try:
        spans = [(start, samples.size / SAMPLE_RATE) for start, samples in audio_windows(flac, "silence.flac")]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert 24 <= len(spans) <= 25  # each cut a little before its 5 minutes, in the quietest tenth of a second
    assert all(length <= 300 for _, length in spans)
    assert all(abs(start - (prev + length)) < 1e-6 for (start, _), (prev, length) in zip(spans[1:], spans))
    assert abs(spans[-1][0] + spans[-1][1] - 7200) < 0.01  # every sample, once
    assert peak < 64 * 2**20, f"{peak / 2**20:.0f} MiB held while decoding"


def test_a_window_ends_in_the_silence_between_two_words():
    rng = np.random.default_rng(0)
    noise = (rng.standard_normal(SAMPLE_RATE * 20) * 3000).astype(np.int16)
    noise[SAMPLE_RATE * 14 : SAMPLE_RATE * 14 + SAMPLE_RATE // 2] = 0  # half a second of silence at 14 s
    cut = quiet_cut(noise, SAMPLE_RATE * 18)
    assert SAMPLE_RATE * 14 <= cut <= SAMPLE_RATE * 14 + SAMPLE_RATE // 2


def test_what_is_not_audio_is_refused_when_decoding_starts():
    with pytest.raises(InvalidRequestError, match="not a readable audio file"):
        next(audio_windows(b"plain text, not audio" * 50, "notes.ogg"))


def _wav(samples: np.ndarray) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes((samples * 32767).astype(np.int16).tobytes())
    return out.getvalue()


def test_a_recording_over_two_windows_is_transcribed_whole(data_dir):
    folder = data_dir / "speech_fr_fleurs"
    first, second = (decode_audio((folder / f"fleurs-fr-00{i}.ogg").read_bytes()) for i in (0, 1))
    gap = np.zeros(SAMPLE_RATE, dtype=np.float32)
    recording = _wav(np.concatenate([first, gap, second]))
    provider = WhisperProvider(real_models_dir() / "whisper-base-ct2")
    # the first window ends within 10 s of the second clip's start: in the second of silence between them
    provider.window_seconds = math.ceil(first.size / SAMPLE_RATE) + 1
    transcript = provider.transcribe_sync(recording, filename="deux.wav", language="fr")
    boundary = first.size / SAMPLE_RATE
    before = " ".join(s.text for s in transcript.segments if s.end <= boundary + 1)
    after = " ".join(s.text for s in transcript.segments if s.start >= boundary)
    for text, clip in ((before, 0), (after, 1)):
        expected = _words((folder / f"fleurs-fr-00{clip}.txt").read_text())
        assert len(expected & _words(text)) >= 0.6 * len(expected), (clip, text)
    assert [s.id for s in transcript.segments] == list(range(len(transcript.segments)))
    assert all(a.start <= b.start for a, b in zip(transcript.segments, transcript.segments[1:]))
    assert transcript.language == "fr"
    assert abs(transcript.duration - (first.size + gap.size + second.size) / SAMPLE_RATE) < 0.1
