"""A provider for any OpenAI-compatible server: vLLM, the Albert API, llama.cpp's server, others.

Errors are sorted once here: a 4xx from upstream is the caller's fault and is passed on as
is (no fallback would fix it); a network failure or a 5xx is an ``UpstreamError`` and the
registry tries the next provider.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx
import orjson

from communs.errors import CommunsError, InvalidRequestError, UpstreamError
from communs.models.base import EmbeddingKind, Embeddings, Segment, Transcript

if TYPE_CHECKING:
    from communs.config import ProviderConfig, Settings

_PASSTHROUGH_STATUSES = {400, 404, 413, 415, 422}


def _upstream_message(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:500] or response.reason_phrase
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):
        return str(error.get("message") or error)
    if isinstance(error, str):
        return error
    detail = data.get("detail") if isinstance(data, dict) else None
    return str(detail or data)[:500]


def raise_for_upstream(response: httpx.Response, where: str) -> None:
    if response.status_code < 400:
        return
    message = _upstream_message(response)
    if response.status_code in _PASSTHROUGH_STATUSES:
        error = InvalidRequestError(message)
        error.status_code = 400 if response.status_code == 422 else response.status_code
        raise error
    raise UpstreamError(f"{where} answered {response.status_code}: {message}")


class OpenAICompatibleProvider:
    """Talks to ``base_url`` (ending in ``/v1``) with an optional bearer key."""

    def __init__(self, base_url: str, *, model: str, api_key: str | None = None, timeout: float = 300.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            headers=headers,
            timeout=httpx.Timeout(timeout, connect=10.0),
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.base_url}, model={self.model})"

    async def ready(self) -> None:
        """Hook for subclasses that must start something before the first call."""

    async def _post(self, path: str, **kwargs) -> httpx.Response:
        await self.ready()
        try:
            response = await self._client.post(path, **kwargs)
        except httpx.HTTPError as exc:
            raise UpstreamError(f"{self.base_url} unreachable: {exc!r}") from exc
        raise_for_upstream(response, self.base_url)
        return response

    async def health(self) -> bool | None:
        """A cheap probe for the registry's health checks: ``GET <base_url>/models`` answers (raises if not)."""
        try:
            response = await self._client.get("/models", timeout=5.0)
        except httpx.HTTPError as exc:
            raise UpstreamError(f"{self.base_url} unreachable: {exc!r}") from exc
        if response.status_code >= 400:
            raise UpstreamError(f"{self.base_url}/models answered {response.status_code}")
        return True

    async def _answer(self, path: str, body: dict) -> dict:
        response = await self._post(
            path, content=orjson.dumps({**body, "model": self.model}), headers={"Content-Type": "application/json"}
        )
        return orjson.loads(response.content)

    async def chat(self, body: dict) -> dict:
        return await self._answer("/chat/completions", body)

    async def stream(self, body: dict) -> AsyncIterator[dict]:
        async for chunk in self._events("/chat/completions", body):
            yield chunk

    async def complete(self, body: dict) -> dict:
        """A legacy text completion (``/completions``): the prompt continued without a chat template."""
        return await self._answer("/completions", body)

    async def stream_completion(self, body: dict) -> AsyncIterator[dict]:
        async for chunk in self._events("/completions", body):
            yield chunk

    async def _events(self, path: str, body: dict) -> AsyncIterator[dict]:
        """The server-sent events of a streamed ``path``, each a JSON object, until ``[DONE]``."""
        await self.ready()
        payload = orjson.dumps({**body, "model": self.model, "stream": True})
        request = self._client.build_request(
            "POST", path, content=payload, headers={"Content-Type": "application/json"}
        )
        try:
            response = await self._client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise UpstreamError(f"{self.base_url} unreachable: {exc!r}") from exc
        try:
            if response.status_code >= 400:
                await response.aread()
                raise_for_upstream(response, self.base_url)
            async for line in response.aiter_lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    # Stop here and close: llama.cpp's server drops the connection after a stream while
                    # announcing keep-alive, so the connection must not go back to the pool.
                    break
                chunk = orjson.loads(data)
                if isinstance(chunk, dict) and "error" in chunk:
                    raise UpstreamError(f"{self.base_url} failed mid-stream: {chunk['error']}")
                yield chunk
        except httpx.HTTPError as exc:
            raise UpstreamError(f"{self.base_url} stream broken: {exc!r}") from exc
        finally:
            await response.aclose()

    async def embed(self, texts: list[str], kind: EmbeddingKind = "query") -> Embeddings:
        response = await self._post("/embeddings", json={"model": self.model, "input": texts})
        data = response.json()
        rows = sorted(data["data"], key=lambda row: row["index"])
        usage = data.get("usage") or {}
        return Embeddings([row["embedding"] for row in rows], int(usage.get("prompt_tokens", 0)))

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
        form = {"model": self.model, "response_format": "verbose_json", "temperature": str(temperature)}
        if language:
            form["language"] = language
        if prompt:
            form["prompt"] = prompt
        response = await self._post("/audio/transcriptions", data=form, files={"file": (filename, audio)})
        data = response.json()
        segments = [
            Segment(id=i, start=float(s.get("start", 0)), end=float(s.get("end", 0)), text=s.get("text", ""))
            for i, s in enumerate(data.get("segments") or [])
        ]
        return Transcript(
            text=data.get("text", ""),
            language=data.get("language") or language or "",
            duration=float(data.get("duration") or 0.0),
            segments=segments,
        )

    async def speak(self, text: str, *, voice: str = "fr", audio_format: str = "wav", speed: float = 1.0) -> bytes:
        response = await self._post(
            "/audio/speech",
            json={"model": self.model, "input": text, "voice": voice, "response_format": audio_format, "speed": speed},
        )
        return response.content

    async def aclose(self) -> None:
        await self._client.aclose()


def is_fallback_error(exc: BaseException) -> bool:
    """Whether another provider might succeed where this one failed."""
    return isinstance(exc, UpstreamError) or not isinstance(exc, CommunsError)


def create(config: ProviderConfig, settings: Settings, model_id: str) -> OpenAICompatibleProvider:
    """The ``openai`` backend: any OpenAI-compatible server (vLLM, the Albert API, llama.cpp's server...)."""
    return OpenAICompatibleProvider(
        config.base_url or "", model=config.model or model_id, api_key=config.api_key, timeout=config.timeout
    )
