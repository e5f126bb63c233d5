"""The Simplifier when the model answers nothing usable: a real OpenAI-compatible server on loopback that answers
every chat with plain text, never the JSON asked for."""

from __future__ import annotations

import asyncio

import pytest

from communs.apps.plain.simplify import simplify
from communs.apps.plain.split import cut_sentence
from communs.config import load_settings
from communs.errors import UpstreamError
from communs.models.registry import Registry
from communs.models.trace import tracing
from tests.upstreams import UpstreamServer, fake_upstream_app

SENTENCE = (
    "Vous êtes convoqué à l'audience du jeudi 12 juin 2025 à 9 heures, salle 4, au tribunal judiciaire de Lille, "
    "et vous devez vous munir de votre pièce d'identité ainsi que de tous les documents utiles à votre défense."
)


def chatty_registry(tmp_path, url: str) -> Registry:
    provider = {"backend": "openai", "base_url": url, "model": "m"}
    models = [{"id": "chat", "type": "text-generation", "providers": [provider]}]
    return Registry(load_settings(home=tmp_path, models=models))


def test_a_sentence_cut_without_valid_json_leaves_the_sentence_as_it_was(tmp_path):
    with UpstreamServer(fake_upstream_app("bavard")) as server:
        registry = chatty_registry(tmp_path, server.url)

        async def run() -> str:
            try:
                return await cut_sentence(registry, SENTENCE, None)
            finally:
                await registry.aclose()

        assert asyncio.run(run()) == SENTENCE


def test_a_rewrite_that_never_gets_json_is_an_upstream_error_not_a_silent_copy(tmp_path):
    with UpstreamServer(fake_upstream_app("bavard")) as server:
        registry = chatty_registry(tmp_path, server.url)

        async def run():
            try:
                return await simplify(SENTENCE, registry)
            finally:
                await registry.aclose()

        with tracing() as trace, pytest.raises(UpstreamError):
            asyncio.run(run())
    # one more try after an answer that is not JSON, not two (each once, not again with more room)
    assert trace.summary()["stages"]["rewrite"]["calls"] == 2
    assert [c.prompt_tokens for c in trace.calls] == [3, 3]
