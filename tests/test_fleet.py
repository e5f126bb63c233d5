"""The inference fleet: circuit breaker, health checks, least-busy routing, retry before the first byte only.

Every upstream is a real HTTP server on loopback (tests/upstreams.py)."""

from __future__ import annotations

import asyncio
import time

import pytest
from fastapi.testclient import TestClient

from communs.api.app import create_app
from communs.config import load_settings
from communs.errors import UpstreamError
from communs.models.breaker import Circuit, ProviderState
from communs.models.llamacpp import free_port
from communs.models.registry import Registry
from tests.conftest import MASTER_KEY
from tests.test_observability import sample
from tests.upstreams import UpstreamServer, fake_upstream_app

CHAT = {"messages": [{"role": "user", "content": "hi"}]}


def fleet(tmp_path, urls: list[str], routing: str = "round_robin", api_key: str | None = None, **settings) -> Registry:
    providers = [{"backend": "openai", "base_url": url, "model": "m", "timeout": 5, "api_key": api_key} for url in urls]
    models = [{"id": "chat", "type": "text-generation", "routing": routing, "providers": providers}]
    return Registry(load_settings(home=tmp_path, models=models, **settings))


async def ask(registry: Registry) -> str:
    reply = await registry.get("chat").call(lambda p: p.chat(CHAT))
    return reply["choices"][0]["message"]["content"]


def test_a_failing_provider_is_skipped_after_k_failures_then_tried_again_after_the_cool_down(tmp_path):
    with (
        UpstreamServer(fake_upstream_app("sick", status=503)) as sick,
        UpstreamServer(fake_upstream_app("ok")) as ok,
    ):
        registry = fleet(tmp_path, [sick.url, ok.url], provider_failures=2, provider_cooldown=0.4)
        model = registry.get("chat")
        state = model.states[0]

        async def run() -> None:
            assert [await ask(registry) for _ in range(8)] == ["ok"] * 8, "no client sees the failures"
            assert len(sick.calls) == 2, "after 2 failures in a row the sick provider is no longer called"
            assert state.circuit is Circuit.OPEN
            await asyncio.sleep(0.45)  # the cool-down is over: one trial request, which fails again
            assert [await ask(registry) for _ in range(4)] == ["ok"] * 4
            assert len(sick.calls) == 3 and state.circuit is Circuit.OPEN
            assert state.open_until is not None and state.open_until - time.monotonic() > 0.6, "the cool-down grew"
            sick.app.state.status = 200  # it recovers
            await asyncio.sleep(0.85)
            answers = [await ask(registry) for _ in range(4)]
            assert "sick" in answers and state.circuit is Circuit.CLOSED, "the trial succeeded: back in the rotation"
            assert answers.count("sick") == 2 and state.cooldown == 0.4
            await registry.aclose()

        asyncio.run(run())


def test_a_dead_upstream_found_by_health_checks_without_any_traffic(tmp_path):
    dead = f"http://127.0.0.1:{free_port()}/v1"
    with UpstreamServer(fake_upstream_app("ok")) as ok:
        registry = fleet(tmp_path, [dead, ok.url], provider_failures=3, provider_cooldown=30)
        states = registry.get("chat").states

        async def run() -> None:
            for _ in range(3):
                await registry.check_health()
            assert states[0].circuit is Circuit.OPEN and "unreachable" in states[0].last_error
            assert states[1].circuit is Circuit.CLOSED and ok.app.state.probes == 3
            assert {await ask(registry) for _ in range(4)} == {"ok"}
            await registry.aclose()

        asyncio.run(run())


def test_a_health_check_ends_the_cool_down_early(tmp_path):
    with UpstreamServer(fake_upstream_app("back", status=503)) as back:
        registry = fleet(tmp_path, [back.url], provider_failures=1, provider_cooldown=60)
        state = registry.get("chat").states[0]

        async def run() -> None:
            with pytest.raises(UpstreamError, match="back is failing"):
                await ask(registry)
            with pytest.raises(UpstreamError, match="skipped after 1 failures"):
                await ask(registry)  # fails fast: nothing sent upstream
            assert len(back.calls) == 1
            back.app.state.status = 200
            await registry.check_health()
            assert state.circuit is Circuit.HALF_OPEN
            assert await ask(registry) == "back" and state.circuit is Circuit.CLOSED
            await registry.aclose()

        asyncio.run(run())


def test_half_open_lets_one_trial_request_through():
    now = [0.0]
    state = ProviderState("m", "p", failures=1, cooldown=10, clock=lambda: now[0])
    ticket = state.acquire()
    assert ticket is not None
    state.release(ticket, ok=False, error="boom")
    assert state.acquire() is None
    now[0] = 10.0
    trial = state.acquire()
    assert trial is not None and trial.trial and state.acquire() is None, "one trial at a time"
    state.release(trial, ok=None)  # the client went away: no verdict, another trial may go
    assert state.acquire() is not None


@pytest.mark.parametrize("routing, slow_calls", [("least_busy", 1), ("round_robin", 3)])
def test_least_busy_sends_requests_away_from_a_busy_provider(tmp_path, routing, slow_calls):
    with (
        UpstreamServer(fake_upstream_app("slow", delay=1.5)) as slow,
        UpstreamServer(fake_upstream_app("fast")) as fast,
    ):
        registry = fleet(tmp_path, [slow.url, fast.url], routing=routing)

        async def run() -> list[str]:
            async def later(i: int) -> str:
                await asyncio.sleep(i * 0.15)
                return await ask(registry)

            answers = await asyncio.gather(*(later(i) for i in range(6)))
            await registry.aclose()
            return answers

        answers = asyncio.run(run())
        assert answers.count("slow") == slow_calls == len(slow.calls)
        assert answers.count("fast") == 6 - slow_calls


def test_least_busy_spreads_concurrent_slow_requests(tmp_path):
    servers = [UpstreamServer(fake_upstream_app(name, delay=0.5)) for name in "ABC"]
    for server in servers:
        server.__enter__()
    try:
        registry = fleet(tmp_path, [s.url for s in servers], routing="least_busy")

        async def run() -> list[str]:
            answers = await asyncio.gather(*(ask(registry) for _ in range(6)))
            await registry.aclose()
            return answers

        started = time.monotonic()
        answers = asyncio.run(run())
        assert sorted(answers) == ["A", "A", "B", "B", "C", "C"]
        assert time.monotonic() - started < 1.4, "two rounds of 0.5 s, side by side on three providers"
    finally:
        for server in servers:
            server.__exit__(None, None, None)


def test_a_stream_is_not_retried_once_it_has_started(tmp_path):
    with (
        UpstreamServer(fake_upstream_app("cut", break_stream=True)) as cut,
        UpstreamServer(fake_upstream_app("ok")) as ok,
    ):
        registry = fleet(tmp_path, [cut.url, ok.url])

        async def run() -> list[str]:
            pieces: list[str] = []
            with pytest.raises(UpstreamError, match="stream broken"):
                async for chunk in registry.get("chat").stream(CHAT):
                    pieces.append(chunk["choices"][0]["delta"]["content"])
            await registry.aclose()
            return pieces

        assert asyncio.run(run()) == ["cut"], "the client got the first chunk, then the error"
        assert not ok.calls, "no second provider after bytes went out"


def test_no_client_error_when_one_of_two_providers_dies(tmp_path):
    """Through the API (non-streamed and streamed), while one of the two upstreams is shut down."""
    first, second = UpstreamServer(fake_upstream_app("A")), UpstreamServer(fake_upstream_app("B"))
    first.__enter__()
    second.__enter__()
    try:
        providers = [{"backend": "openai", "base_url": s.url, "model": "m", "timeout": 5} for s in (first, second)]
        settings = load_settings(
            home=tmp_path,
            master_key=MASTER_KEY,
            provider_failures=2,
            provider_health_interval=0,
            models=[{"id": "chat", "type": "text-generation", "routing": "least_busy", "providers": providers}],
        )
        headers = {"Authorization": f"Bearer {MASTER_KEY}"}
        body = {"model": "chat", **CHAT}
        with TestClient(create_app(settings)) as client:
            seen = {client.post("/v1/chat/completions", json=body, headers=headers).json()["model"] for _ in range(2)}
            first.__exit__(None, None, None)  # A dies
            for i in range(10):
                stream = i % 2 == 1
                response = client.post("/v1/chat/completions", json={**body, "stream": stream}, headers=headers)
                assert response.status_code == 200, response.text
                text = response.text if stream else response.json()["choices"][0]["message"]["content"]
                assert "B" in text and "A says" not in text
            metrics = client.get("/metrics", headers=headers).text
        assert seen == {"chat"}
        assert len(second.calls) >= 10
        label = {"model": "chat", "provider": f"{first.url} (m)"}
        assert sample(metrics, "communs_provider_circuit_state", **label) == 2.0, "open"
        assert sample(metrics, "communs_provider_up", **label) == 0.0
        assert sample(metrics, "communs_provider_failures_total", **label) == 2.0
    finally:
        second.__exit__(None, None, None)


def test_a_real_llama_cpp_server_standing_in_for_vllm_dies(settings, tmp_path):
    """The embedded engine's own OpenAI-compatible server (the 0.5B model) as a remote provider beside another:
    SIGKILLed mid-run, no client sees an error; health checks open its circuit; the embedded provider reports its
    child's state."""
    from communs.config import ProviderConfig
    from communs.models.artifacts import artifact_path
    from communs.models.llamacpp import LlamaCppProvider, LlamaCppServer

    path = artifact_path(ProviderConfig(backend="llamacpp", artifact="qwen2.5-coder-0.5b-instruct-q4_k_m"), settings)
    if not path.is_file():
        pytest.skip(f"the 0.5B test model is not assembled ({path}): run `make setup`")
    engine = LlamaCppServer(path, n_ctx=512, n_parallel=1, threads=1, alias="m")
    engine.start()
    try:
        with UpstreamServer(fake_upstream_app("ok")) as ok:
            # the engine's own key (new at each start) for both: the fake upstream takes any
            urls = [engine.base_url, ok.url]
            registry = fleet(tmp_path, urls, api_key=engine.api_key, provider_failures=2, provider_cooldown=30)
            state = registry.get("chat").states[0]
            body = {**CHAT, "max_tokens": 3, "temperature": 0}

            async def run() -> list[str]:
                model = registry.get("chat")
                answers = [(await model.call(lambda p: p.chat(body)))["choices"][0]["message"]["content"]]
                answers.append((await model.call(lambda p: p.chat(body)))["choices"][0]["message"]["content"])
                await registry.check_health()
                assert state.circuit is Circuit.CLOSED and state.up
                assert engine._process is not None
                engine._process.kill()  # the GPU box goes away
                engine._process.wait()
                for _ in range(6):
                    reply = await model.call(lambda p: p.chat(body))
                    answers.append(reply["choices"][0]["message"]["content"])
                await registry.check_health()
                assert state.circuit is Circuit.OPEN and not state.up
                await registry.aclose()
                return answers

            answers = asyncio.run(run())
            assert "ok" in answers[:2] and any(a != "ok" for a in answers[:2]), "both served before"
            assert answers[2:] == ["ok"] * 6
    finally:
        engine.stop()

    embedded = LlamaCppProvider(path, n_ctx=512, n_parallel=1, threads=1)

    async def lifecycle() -> list[object]:
        seen: list[object] = [await embedded.health()]  # not started: nothing to say
        await embedded.ready()
        seen.append(await embedded.health())
        assert embedded.server._process is not None
        embedded.server._process.kill()
        embedded.server._process.wait()
        with pytest.raises(UpstreamError, match="has exited"):
            await embedded.health()
        await embedded.aclose()
        return seen

    assert asyncio.run(lifecycle()) == [None, True]
