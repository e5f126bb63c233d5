"""What the text-to-speech backends share: the output formats, WAV packing and ffmpeg encoding."""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from typing import TYPE_CHECKING

from communs.errors import ConfigurationError, InvalidRequestError

if TYPE_CHECKING:
    import numpy as np

FFMPEG_ARGS = {
    "mp3": ["-f", "mp3", "-codec:a", "libmp3lame", "-q:a", "4"],
    "flac": ["-f", "flac"],
    "opus": ["-f", "ogg", "-codec:a", "libopus", "-b:a", "32k"],
    "aac": ["-f", "adts", "-codec:a", "aac", "-b:a", "64k"],
    "pcm": ["-f", "s16le", "-ar", "24000", "-ac", "1"],
}
FORMATS = ("wav", *FFMPEG_ARGS)
MAX_INPUT_CHARS = 4096  # as OpenAI's /v1/audio/speech; the CLI is held to it too


def check_request(text: str, audio_format: str) -> None:
    """The checks every backend makes before synthesising: some text, a known format."""
    if not text.strip():
        raise InvalidRequestError("input is empty", param="input")
    if len(text) > MAX_INPUT_CHARS:
        raise InvalidRequestError(
            f"input is too long ({len(text)} characters; at most {MAX_INPUT_CHARS})", param="input"
        )
    if audio_format not in FORMATS:
        raise InvalidRequestError(f"response_format must be one of {', '.join(FORMATS)}", param="response_format")


def wav_bytes(samples: np.ndarray, sample_rate: int) -> bytes:
    """Mono float samples in [-1, 1] as a 16-bit PCM WAV file."""
    import numpy as np

    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm.tobytes())
    return buffer.getvalue()


def encode(wav: bytes, audio_format: str) -> bytes:
    """A WAV file in the requested format (ffmpeg for all but WAV itself)."""
    if audio_format == "wav":
        return wav
    if shutil.which("ffmpeg") is None:
        raise ConfigurationError("ffmpeg is not installed; run `make setup`")
    encoded = subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", "pipe:0", *FFMPEG_ARGS[audio_format], "pipe:1"],
        input=wav,
        capture_output=True,
    )
    if encoded.returncode != 0:
        raise ConfigurationError(f"ffmpeg failed: {encoded.stderr.decode(errors='replace')[-300:]}")
    return encoded.stdout
