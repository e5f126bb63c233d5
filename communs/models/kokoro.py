"""Embedded natural-sounding text-to-speech: Kokoro-82M (int8 ONNX) reading French phonemes.

Kokoro is a small neural voice (StyleTTS 2 architecture) whose multilingual training covered French. The
only Kokoro voices a package ships (see ``communs.models.artifacts.KOKORO_82M``) are Japanese speakers' style
vectors, so the French comes out with a slight accent; it is still far more natural, and better understood
by Whisper, than espeak-ng (bench/tts.py, README). espeak-ng gives the phonemes (its IPA for French), which
is the front end Kokoro's own French pipeline uses too.

Voices: ``fr`` (the default voice), the OpenAI voice names (all speak French), or a Kokoro voice name
(``jf_alpha``, ``jm_kumo``...). Output: 24 kHz mono.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import subprocess
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communs.errors import ConfigurationError, InvalidRequestError
from communs.models.espeak import OPENAI_VOICES
from communs.models.speech_audio import check_request, encode, wav_bytes

if TYPE_CHECKING:
    import numpy as np

    from communs.config import ProviderConfig, Settings

SAMPLE_RATE = 24_000
DEFAULT_VOICE = "jf_alpha"
MAX_TOKENS = 400  # the model takes 510 phoneme tokens at most; chunks stay below, cut at punctuation
PUNCTUATION = ",.;:!?…"
# a piece of text up to (and with) its punctuation: each is phonemised alone, its punctuation kept for prosody
_PIECE = re.compile(r"([^,.;:!?…]+)([,.;:!?…]*)")
_SENTENCE_END = (".", "!", "?", "…")
PAUSE_SECONDS = 0.15  # between two chunks of a long text


def phonemize(text: str) -> str:
    """French IPA for ``text`` by espeak-ng, with the text's punctuation kept (Kokoro pauses on it)."""
    binary = shutil.which("espeak-ng")
    if binary is None:
        raise ConfigurationError("espeak-ng is not installed; run `make setup`")
    pieces = [(words.strip(), marks.strip()) for words, marks in _PIECE.findall(" ".join(text.split()))]
    pieces = [(words, marks) for words, marks in pieces if any(ch.isalnum() for ch in words)]
    if not pieces:
        return ""
    # One espeak-ng call for the whole text: one piece a line; --ipa writes one line per clause and a piece
    # without inner punctuation is one clause, so the lines come back in order.
    result = subprocess.run(
        [binary, "-q", "--ipa", "-v", "fr-fr", "-b", "1"],
        input="\n".join(words for words, _ in pieces).encode("utf-8"),
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise ConfigurationError(f"espeak-ng failed: {result.stderr.decode(errors='replace')[-300:]}")
    lines = [" ".join(line.split()) for line in result.stdout.decode("utf-8").splitlines() if line.strip()]
    if len(lines) != len(pieces):  # espeak-ng cut a piece into clauses: fall back to one call per piece
        lines = [_phonemize_one(binary, words) for words, _ in pieces]
    return " ".join(f"{line.replace('-', '')}{marks}" for line, (_, marks) in zip(lines, pieces, strict=True))


def _phonemize_one(binary: str, words: str) -> str:
    out = subprocess.run(
        [binary, "-q", "--ipa", "-v", "fr-fr", "-b", "1"], input=words.encode("utf-8"), capture_output=True
    )
    return " ".join(out.stdout.decode("utf-8").split())


def chunks(phonemes: str, limit: int = MAX_TOKENS) -> list[str]:
    """Phoneme strings of at most ``limit`` characters, cut after a sentence's end, else a comma, else a space."""
    out: list[str] = []
    rest = phonemes.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = max(window.rfind(mark + " ") for mark in _SENTENCE_END)
        if cut <= 0:
            cut = max(window.rfind(mark + " ") for mark in PUNCTUATION)
        if cut <= 0:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else limit
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        out.append(rest)
    return out


class KokoroProvider:
    def __init__(self, folder: Path, *, threads: int = 2) -> None:
        self.folder = folder
        self.threads = threads
        self._session: Any = None
        self._vocab: dict[str, int] = {}
        self._voices: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"KokoroProvider({str(self.folder)!r})"

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import numpy as np
            import onnxruntime as ort  # type: ignore[import-untyped]

            options = ort.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            self._vocab = json.loads((self.folder / "vocab.json").read_text(encoding="utf-8"))["vocab"]
            with np.load(self.folder / "voices.npz") as npz:
                self._voices = {name: npz[name].astype(np.float32) for name in npz.files}
            self._session = ort.InferenceSession(
                str(self.folder / "model.onnx"), sess_options=options, providers=["CPUExecutionProvider"]
            )

    def voices(self) -> list[str]:
        self._load()
        return sorted(self._voices)

    def resolve_voice(self, voice: str | None) -> str:
        name = (voice or "fr").strip().lower()
        if name in OPENAI_VOICES or name in ("fr", "fr-fr", "french"):
            return DEFAULT_VOICE
        if name not in self.voices():
            raise InvalidRequestError(
                f"unknown voice {voice!r}; try 'fr' or one of {', '.join(self.voices())}",
                code="invalid_voice",
                param="voice",
            )
        return name

    def samples(self, text: str, *, voice: str = "fr", speed: float = 1.0) -> np.ndarray:
        """The speech for ``text`` as float samples at 24 kHz."""
        import numpy as np

        self._load()
        name = self.resolve_voice(voice)
        style_table = self._voices[name]
        pause = np.zeros(int(PAUSE_SECONDS * SAMPLE_RATE), np.float32)
        pieces: list[np.ndarray] = []
        for chunk in chunks(phonemize(text)):
            tokens = [self._vocab[ch] for ch in chunk if ch in self._vocab]
            if not tokens:
                continue
            style = style_table[min(len(tokens), len(style_table)) - 1].reshape(1, -1)
            with self._lock:  # one inference at a time: the threads are already all in use
                audio = self._session.run(
                    None,
                    {
                        "tokens": np.array([[0, *tokens, 0]], dtype=np.int64),
                        "style": style,
                        "speed": np.array([speed], dtype=np.float32),
                    },
                )[0]
            pieces += [np.asarray(audio, np.float32).ravel(), pause]
        if not pieces:
            raise InvalidRequestError("input has nothing to read aloud", param="input")
        return np.concatenate(pieces[:-1])

    def synthesize(self, text: str, *, voice: str = "fr", audio_format: str = "wav", speed: float = 1.0) -> bytes:
        check_request(text, audio_format)
        return encode(wav_bytes(self.samples(text, voice=voice, speed=speed), SAMPLE_RATE), audio_format)

    async def speak(self, text: str, *, voice: str = "fr", audio_format: str = "wav", speed: float = 1.0) -> bytes:
        return await asyncio.to_thread(self.synthesize, text, voice=voice, audio_format=audio_format, speed=speed)

    async def aclose(self) -> None:
        self._session = None


def create(config: ProviderConfig, settings: Settings, model_id: str) -> KokoroProvider:
    """The ``kokoro`` backend: Kokoro-82M on the CPU, from the assembled ``kokoro-82m-int8`` artifact."""
    from communs.models.artifacts import artifact_path

    model = artifact_path(config, settings)
    return KokoroProvider(model.parent if model.suffix == ".onnx" else model, threads=config.threads or 2)
