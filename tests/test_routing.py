"""Model routing: configuration file, round-robin between providers, fallback when one fails."""

from __future__ import annotations

import asyncio
import contextlib

import openai
import pytest
import yaml

from communs.config import ModelType, load_settings
from communs.errors import ConfigurationError, InvalidRequestError, ModelNotFoundError, UpstreamError
from communs.models.llamacpp import free_port
from communs.models.registry import Registry
from tests.conftest import MASTER_KEY, TEST_CHAT_MODEL, start_server, stop_server
from tests.upstreams import UpstreamServer, fake_upstream_app

DEAD = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there


def registry_for(tmp_path, providers: list[dict]) -> Registry:
    settings = load_settings(
        home=tmp_path, models=[{"id": "chat", "type": "text-generation", "aliases": ["albert"], "providers": providers}]
    )
    return Registry(settings)


def ask(registry: Registry, name: str = "chat") -> str:
    async def run() -> str:
        try:
            model = registry.get(name, ModelType.TEXT_GENERATION)
            reply = await model.call(lambda p: p.chat({"messages": [{"role": "user", "content": "hi"}]}))
            return reply["choices"][0]["message"]["content"]
        finally:
            await registry.aclose()

    return asyncio.run(run())


def test_round_robin_between_two_providers(tmp_path):
    with UpstreamServer(fake_upstream_app("A")) as a, UpstreamServer(fake_upstream_app("B")) as b:
        registry = registry_for(
            tmp_path,
            [
                {"backend": "openai", "base_url": a.url, "model": "m"},
                {"backend": "openai", "base_url": b.url, "model": "m"},
            ],
        )

        async def four() -> list[str]:
            model = registry.get("chat")
            out = [
                (await model.call(lambda p: p.chat({"messages": []})))["choices"][0]["message"]["content"]
                for _ in range(4)
            ]
            await registry.aclose()
            return out

        assert sorted(asyncio.run(four())) == ["A", "A", "B", "B"]
        assert a.calls[0]["model"] == "m", "the upstream's own model name is sent"


def test_falls_back_when_a_provider_is_down_or_failing(tmp_path):
    with (
        UpstreamServer(fake_upstream_app("broken", status=503)) as broken,
        UpstreamServer(fake_upstream_app("ok")) as ok,
    ):
        providers = [
            {"backend": "openai", "base_url": DEAD, "model": "m"},
            {"backend": "openai", "base_url": broken.url, "model": "m"},
            {"backend": "openai", "base_url": ok.url, "model": "m"},
        ]
        for _ in range(3):  # whichever provider round-robin starts with
            assert ask(registry_for(tmp_path, providers)) == "ok"


def test_streaming_falls_back_before_the_first_chunk(tmp_path):
    with UpstreamServer(fake_upstream_app("ok")) as ok:
        registry = registry_for(
            tmp_path,
            [
                {"backend": "openai", "base_url": DEAD, "model": "m"},
                {"backend": "openai", "base_url": ok.url, "model": "m"},
            ],
        )

        async def run() -> str:
            model = registry.get("albert")
            text = ""
            for _ in range(2):
                text = "".join([c["choices"][0]["delta"]["content"] async for c in model.stream({"messages": []})])
            await registry.aclose()
            return text

        assert asyncio.run(run()) == "ok says hi"


def test_every_provider_down_is_an_upstream_error(tmp_path):
    registry = registry_for(tmp_path, [{"backend": "openai", "base_url": DEAD, "model": "m"}])
    with pytest.raises(UpstreamError, match="every provider"):
        ask(registry)


def test_upstream_client_errors_are_not_retried(tmp_path):
    with UpstreamServer(fake_upstream_app("bad", status=400)) as bad, UpstreamServer(fake_upstream_app("ok")) as ok:
        registry = registry_for(
            tmp_path,
            [
                {"backend": "openai", "base_url": bad.url, "model": "m"},
                {"backend": "openai", "base_url": ok.url, "model": "m"},
            ],
        )
        with pytest.raises(InvalidRequestError, match="bad is failing"):
            ask(registry)
        assert not ok.calls


def test_lookup_errors(tmp_path):
    registry = registry_for(tmp_path, [{"backend": "openai", "base_url": DEAD, "model": "m"}])
    with pytest.raises(ModelNotFoundError):
        registry.get("nope")
    assert registry.get(None, ModelType.TEXT_GENERATION).id == "chat"


def test_bad_config_is_a_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "communs.yaml"
    path.write_text(
        yaml.safe_dump({"models": [{"id": "x", "type": "text-generation", "providers": [{"backend": "openai"}]}]})
    )
    monkeypatch.setenv("COMMUNS_CONFIG", str(path))
    with pytest.raises(ConfigurationError, match="base_url and model"):
        load_settings()
    monkeypatch.setenv("COMMUNS_CONFIG", str(tmp_path / "missing.yaml"))
    with pytest.raises(ConfigurationError, match="not found"):
        load_settings()


def test_a_server_configured_for_a_remote_model(live_server, tmp_path):
    """A second communs whose only chat model is remote: the first communs (OpenAI-compatible) behind a dead one."""
    config = tmp_path / "communs.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "models": [
                    {
                        "id": "albert-large",
                        "type": "text-generation",
                        "providers": [
                            {"backend": "openai", "base_url": DEAD, "model": "x"},
                            {
                                "backend": "openai",
                                "base_url": live_server.url + "/v1",
                                "api_key": MASTER_KEY,
                                "model": TEST_CHAT_MODEL,
                            },
                        ],
                    }
                ]
            }
        )
    )
    server = start_server(
        tmp_path / "home",
        tmp_path / "server.log",
        COMMUNS_CONFIG=str(config),
        COMMUNS_DEFAULT_CHAT_MODEL="albert-large",
    )
    try:
        client = server.client()
        assert [m.id for m in client.models.list().data] == ["albert-large"]
        for _ in range(2):
            reply = client.chat.completions.create(
                model="albert-large", max_tokens=10, messages=[{"role": "user", "content": "Bonjour"}]
            )
            assert reply.model == "albert-large" and reply.choices[0].message.content
        with pytest.raises(openai.NotFoundError):
            client.chat.completions.create(model=TEST_CHAT_MODEL, messages=[{"role": "user", "content": "x"}])
    finally:
        with contextlib.suppress(Exception):
            stop_server(server)


def test_every_configurable_backend_has_a_factory_declared_by_its_module():
    from typing import get_args

    from communs.config import Backend
    from communs.models.registry import BACKENDS, backend_factory

    assert set(BACKENDS) == set(get_args(Backend))
    for name in BACKENDS:
        factory = backend_factory(name)
        assert callable(factory) and factory.__name__ == "create"
