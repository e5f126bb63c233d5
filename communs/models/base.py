"""What every backend offers, by kind of model. Apps and faces only see these shapes.

Chat bodies and responses are OpenAI-format dicts: the gateway passes them on to
OpenAI-compatible engines (llama.cpp's server, vLLM, Albert) with as little copying as
possible, which keeps the gateway's overhead small.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable


@runtime_checkable
class ChatProvider(Protocol):
    async def chat(self, body: dict) -> dict: ...

    def stream(self, body: dict) -> AsyncIterator[dict]: ...


@runtime_checkable
class CompletionProvider(Protocol):
    """Legacy text completions (``/v1/completions``): OpenAI-format bodies and answers."""

    async def complete(self, body: dict) -> dict: ...

    def stream_completion(self, body: dict) -> AsyncIterator[dict]: ...


EmbeddingKind = Literal["query", "passage"]


@dataclass
class Embeddings:
    vectors: list[list[float]]
    prompt_tokens: int


@runtime_checkable
class EmbeddingProvider(Protocol):
    async def embed(self, texts: list[str], kind: EmbeddingKind = "query") -> Embeddings: ...


@runtime_checkable
class TokenDecoder(Protocol):
    """An embeddings provider that can turn its tokenizer's ids back into text (``/v1/embeddings`` token input)."""

    def decode_tokens(self, token_lists: list[list[int]]) -> list[str]: ...


@dataclass
class Segment:
    id: int
    start: float
    end: float
    text: str
    avg_logprob: float | None = None
    no_speech_prob: float | None = None


@dataclass
class Transcript:
    text: str
    language: str
    duration: float
    segments: list[Segment] = field(default_factory=list)


@runtime_checkable
class TranscriptionProvider(Protocol):
    async def transcribe(
        self,
        audio: bytes,
        *,
        filename: str = "audio",
        language: str | None = None,
        prompt: str | None = None,
        temperature: float = 0.0,
        on_progress: Callable[[float, float], None] | None = None,
    ) -> Transcript:
        """``on_progress(seconds_done, seconds_total)`` is called as segments come, where supported."""
        ...


AudioFormat = Literal["wav", "mp3", "flac", "opus", "aac", "pcm"]


@runtime_checkable
class SpeechProvider(Protocol):
    async def speak(
        self, text: str, *, voice: str = "fr", audio_format: AudioFormat = "wav", speed: float = 1.0
    ) -> bytes: ...


Provider = ChatProvider | EmbeddingProvider | TranscriptionProvider | SpeechProvider


@runtime_checkable
class Closeable(Protocol):
    async def aclose(self) -> None: ...
