"""Embedded chat models: llama.cpp's own HTTP server (through ``xllamacpp``) in a child process.

The child speaks the OpenAI API, so the embedded engine is just another OpenAI-compatible
provider: the gateway code is the same on a laptop and in front of a vLLM cluster. The child
starts on first use (about 1-2 s for the 1.5B model), dies with its parent, and is restarted
if it crashes. It listens on loopback only and asks for an API key of its own, random at each start and known
only to this process (sent to the child on its standard input): another user of the machine cannot drive it.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

import httpx

from communs.errors import UpstreamError
from communs.models import tools
from communs.models.openai_compat import OpenAICompatibleProvider

if TYPE_CHECKING:
    from communs.config import ProviderConfig, Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LlamaCppServer:
    """One llama.cpp server child process for one GGUF file."""

    def __init__(
        self,
        model_path: Path,
        *,
        n_ctx: int = 8192,
        n_parallel: int = 2,
        threads: int = 2,
        alias: str = "model",
        startup_timeout: float = 120.0,
        draft_ngram: int = 0,
        draft_max: int = 8,
    ) -> None:
        self.model_path = model_path
        self.options = {
            "model": str(model_path),
            "n_ctx": n_ctx,
            "n_parallel": n_parallel,
            "threads": threads,
            "alias": alias,
            "draft_ngram": draft_ngram,
            "draft_max": draft_max,
        }
        self.startup_timeout = startup_timeout
        self.port: int | None = None
        self.api_key: str | None = None  # the server's own key, made at each start
        self._process: subprocess.Popen | None = None
        self._log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start the child and wait until it answers ``/health`` (blocking)."""
        if self.alive():
            return
        if not self.model_path.is_file():
            raise UpstreamError(f"model file not found: {self.model_path}; run `make setup`")
        self.port = free_port()
        self.api_key = secrets.token_urlsafe(32)  # a new one at each start: only this process knows it
        options = json.dumps({**self.options, "port": self.port, "api_key": self.api_key})
        # The server logs every request. Its log goes to a file, never to a pipe: a pipe nobody reads fills
        # up after a few hundred requests and the server then blocks mid-answer while /health still says ok.
        self._log = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "communs.models.llamacpp_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
        assert self._process.stdin is not None
        self._process.stdin.write(options.encode() + b"\n")
        self._process.stdin.close()
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                err = self.log_tail()
                raise UpstreamError(f"llama.cpp server for {self.model_path.name} exited at start: {err}")
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise UpstreamError(
            f"llama.cpp server for {self.model_path.name} did not start in {self.startup_timeout:.0f} s"
        )

    def stop(self) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait()
        if self._log is not None:
            self._log.close()
        self._process = None
        self._log = None

    def log_tail(self, size: int = 800) -> str:
        """The end of the server's log (why it failed to start, for instance)."""
        if self._log is None:
            return ""
        self._log.flush()
        end = self._log.seek(0, 2)
        self._log.seek(max(0, end - size))
        return self._log.read().decode(errors="replace")


class LlamaCppProvider(OpenAICompatibleProvider):
    """An embedded GGUF model served by a child llama.cpp server."""

    def __init__(self, model_path: Path, *, alias: str = "model", **engine: int) -> None:
        """``engine``: the ``LlamaCppServer`` options (n_ctx, n_parallel, threads, draft_ngram, draft_max)."""
        self.server = LlamaCppServer(model_path, alias=alias, **engine)
        # The real port is known after start; the client's base_url is updated then.
        super().__init__("http://127.0.0.1:1/v1", model=alias, timeout=600.0)
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"LlamaCppProvider({self.server.model_path.name})"

    def _serving(self) -> bool:
        """The child runs and this client speaks to its port (the port is known before the child answers: a
        request arriving while another starts the engine waits for it instead of calling port 1)."""
        return self.server.alive() and self.base_url == self.server.base_url

    async def ready(self) -> None:
        if self._serving():
            return
        async with self._lock:
            if not self._serving():
                await asyncio.to_thread(self.server.start)
                self._follow_server()

    async def health(self) -> bool | None:
        """None until the engine has started (it starts on first use, and a start takes a minute on a busy
        machine: probing its port before it answers would count as a failure); then whether its child still
        runs and answers."""
        if self.server.port is None or self.base_url != self.server.base_url:
            return None
        if not self.server.alive():
            raise UpstreamError(f"llama.cpp server for {self.server.model_path.name} has exited")
        return await super().health()

    async def chat(self, body: dict) -> dict:
        """A chat completion; with tools, the caller's ``tool_choice`` kept and the calls checked
        (:mod:`communs.models.tools`)."""
        return await tools.enforced_chat(super().chat, body)

    async def stream(self, body: dict) -> AsyncIterator[dict]:
        async for chunk in tools.enforced_stream(super().chat, super().stream, body):
            yield chunk

    def start_blocking(self) -> str:
        """Start the server now (for benchmarks and warm-up) and return its base URL."""
        self.server.start()
        self._follow_server()
        return self.base_url

    def _follow_server(self) -> None:
        """Talk to the server just started: its port, and its key, both new at each start."""
        self.base_url = self.server.base_url
        self._client.base_url = httpx.URL(self.base_url + "/")
        self._client.headers["Authorization"] = f"Bearer {self.server.api_key}"

    async def aclose(self) -> None:
        await super().aclose()
        self.server.stop()


def create(config: ProviderConfig, settings: Settings, model_id: str) -> LlamaCppProvider:
    """The ``llamacpp`` backend: an embedded GGUF model (an assembled artifact or a path)."""
    from communs.models.artifacts import artifact_path

    return LlamaCppProvider(
        artifact_path(config, settings),
        n_ctx=config.n_ctx,
        n_parallel=config.n_parallel,
        threads=config.threads or settings.threads,
        alias=model_id,
        draft_ngram=config.draft_ngram,
        draft_max=config.draft_max,
    )
