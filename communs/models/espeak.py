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
from communs.models.speech_audio import check_request, encode

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
    check_request(text, audio_format)
    words_per_minute = max(80, min(450, int(175 * speed)))
    wav = subprocess.run(
        ["espeak-ng", "-v", resolve_voice(voice), "-s", str(words_per_minute), "--stdout"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    if wav.returncode != 0 or not wav.stdout:
        raise ConfigurationError(f"espeak-ng failed: {wav.stderr.decode(errors='replace')[-300:]}")
    return encode(wav.stdout, audio_format)


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
