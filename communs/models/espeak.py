"""Embedded text-to-speech: espeak-ng (free, robotic but intelligible), encoded by ffmpeg.

Voices: ``fr`` (default) and ``en``, any espeak-ng voice name (``fr-be``, ``fr+f3``...), and the
OpenAI voice names (``alloy``, ``nova``...), which speak French: an OpenAI client works unchanged.
"""

from __future__ import annotations

import asyncio
import functools
import shutil
import subprocess
from typing import TYPE_CHECKING

from communs.errors import ConfigurationError, InvalidRequestError

if TYPE_CHECKING:
    from communs.config import ProviderConfig, Settings

OPENAI_VOICES = {
    "alloy",
    "ash",
    "ballad",
    "coral",
    "echo",
    "fable",
    "onyx",
    "nova",
    "sage",
    "shimmer",
    "verse",
    "marin",
    "cedar",
}
ALIASES = {"fr": "fr-fr", "french": "fr-fr", "en": "en-gb", "english": "en-gb", "en-us": "en-us"}
FFMPEG_ARGS = {
    "mp3": ["-f", "mp3", "-codec:a", "libmp3lame", "-q:a", "4"],
    "flac": ["-f", "flac"],
    "opus": ["-f", "ogg", "-codec:a", "libopus", "-b:a", "32k"],
    "aac": ["-f", "adts", "-codec:a", "aac", "-b:a", "64k"],
    "pcm": ["-f", "s16le", "-ar", "24000", "-ac", "1"],
}
FORMATS = ("wav", *FFMPEG_ARGS)


@functools.lru_cache(maxsize=1)
def available_voices() -> frozenset[str]:
    binary = shutil.which("espeak-ng")
    if binary is None:
        raise ConfigurationError("espeak-ng is not installed; run `make setup`")
    out = subprocess.run([binary, "--voices"], capture_output=True, text=True, check=True).stdout
    names: set[str] = set()
    for line in out.splitlines()[1:]:
        cols = line.split()
        if len(cols) >= 4:
            names.add(cols[1].lower())  # language code, e.g. fr-fr
            names.add(cols[3].split("/")[-1].lower())  # voice file name
    return frozenset(names)


def resolve_voice(voice: str | None) -> str:
    name = (voice or "fr").strip().lower()
    if name in OPENAI_VOICES:
        return ALIASES["fr"]
    name = ALIASES.get(name, name)
    base, _, variant = name.partition("+")
    if base not in available_voices():
        raise InvalidRequestError(f"unknown voice {voice!r}; try 'fr' or 'en'", code="invalid_voice", param="voice")
    return name


def synthesize(text: str, *, voice: str = "fr", audio_format: str = "wav", speed: float = 1.0) -> bytes:
    if not text.strip():
        raise InvalidRequestError("input is empty", param="input")
    if audio_format not in FORMATS:
        raise InvalidRequestError(f"response_format must be one of {', '.join(FORMATS)}", param="response_format")
    words_per_minute = max(80, min(450, int(175 * speed)))
    wav = subprocess.run(
        ["espeak-ng", "-v", resolve_voice(voice), "-s", str(words_per_minute), "--stdout"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    if wav.returncode != 0 or not wav.stdout:
        raise ConfigurationError(f"espeak-ng failed: {wav.stderr.decode(errors='replace')[-300:]}")
    if audio_format == "wav":
        return wav.stdout
    if shutil.which("ffmpeg") is None:
        raise ConfigurationError("ffmpeg is not installed; run `make setup`")
    encoded = subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", "pipe:0", *FFMPEG_ARGS[audio_format], "pipe:1"],
        input=wav.stdout,
        capture_output=True,
    )
    if encoded.returncode != 0:
        raise ConfigurationError(f"ffmpeg failed: {encoded.stderr.decode(errors='replace')[-300:]}")
    return encoded.stdout


class EspeakProvider:
    def __repr__(self) -> str:
        return "EspeakProvider()"

    async def speak(self, text: str, *, voice: str = "fr", audio_format: str = "wav", speed: float = 1.0) -> bytes:
        return await asyncio.to_thread(synthesize, text, voice=voice, audio_format=audio_format, speed=speed)

    async def aclose(self) -> None:
        return None


def create(config: ProviderConfig, settings: Settings, model_id: str) -> EspeakProvider:
    """The ``espeak`` backend: speech synthesis by the system's espeak-ng."""
    return EspeakProvider()
