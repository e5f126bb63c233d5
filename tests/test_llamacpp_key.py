"""The embedded llama.cpp server (issue 21): on loopback, but not drivable by another user of the machine.

It asks for an API key of its own, random at each start and never on its command line; our client sends it.
Real engine (the 0.5B test model), real HTTP.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from communs.config import ProviderConfig, Settings
from communs.models.artifacts import artifact_path
from communs.models.llamacpp import LlamaCppProvider

CHAT = {"model": "m", "messages": [{"role": "user", "content": "Dis bonjour."}], "max_tokens": 3, "temperature": 0}


@pytest.fixture
def model_path(settings: Settings) -> Path:
    path = artifact_path(ProviderConfig(backend="llamacpp", artifact="qwen2.5-coder-0.5b-instruct-q4_k_m"), settings)
    if not path.is_file():
        pytest.skip(f"the 0.5B test model is not assembled ({path}): run `make setup`")
    return path


def test_the_engine_refuses_requests_without_its_key_and_ours_carry_it(model_path: Path) -> None:
    provider = LlamaCppProvider(model_path, n_ctx=512, n_parallel=1, threads=1, alias="m")
    try:
        base = provider.start_blocking().removesuffix("/v1")
        key = provider.server.api_key
        assert key and len(key) >= 32
        process = provider.server._process
        assert process is not None
        # the key is on no command line another user can read
        assert key not in Path(f"/proc/{process.pid}/cmdline").read_text()
        with httpx.Client(base_url=base, timeout=60) as anyone:
            assert anyone.get("/health").status_code == 200  # the liveness probe stays open
            for method, path, body in (
                ("POST", "/v1/chat/completions", CHAT),
                ("POST", "/completion", {"prompt": "Bonjour", "n_predict": 2}),
                ("GET", "/metrics", None),
                ("GET", "/slots", None),
                ("GET", "/props", None),
            ):
                refused = anyone.request(method, path, json=body)
                assert refused.status_code == 401, (path, refused.status_code, refused.text[:200])
                wrong = anyone.request(method, path, json=body, headers={"Authorization": "Bearer sk-guess"})
                assert wrong.status_code == 401, (path, wrong.status_code)
            owner = {"Authorization": f"Bearer {key}"}
            assert anyone.get("/metrics", headers=owner).status_code == 200
            assert anyone.get("/slots", headers=owner).status_code == 200

        async def ours() -> str:
            reply = await provider.chat(CHAT)
            await provider.aclose()
            return reply["choices"][0]["message"]["content"]

        assert asyncio.run(ours()).strip()  # our own client carries the key: the engine answers
    finally:
        provider.server.stop()


@pytest.mark.slow
def test_each_start_makes_a_new_key(model_path: Path) -> None:
    provider = LlamaCppProvider(model_path, n_ctx=512, n_parallel=1, threads=1, alias="m")
    try:
        provider.start_blocking()
        first = provider.server.api_key
        provider.server.stop()
        base = provider.start_blocking().removesuffix("/v1")
        assert provider.server.api_key != first
        stale = httpx.post(base + "/v1/chat/completions", json=CHAT, headers={"Authorization": f"Bearer {first}"})
        assert stale.status_code == 401
    finally:
        provider.server.stop()
