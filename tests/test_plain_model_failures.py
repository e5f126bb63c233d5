"""The Simplifier when the model answers nothing usable: a real OpenAI-compatible server on loopback that answers
every chat with plain text, never the JSON asked for, or with JSON cut short by the token budget (a runaway)."""

from __future__ import annotations

import asyncio
import json

import pytest

from communs.apps.plain.simplify import simplify
from communs.apps.plain.split import cut_sentence
from communs.apps.translate.translate import translate
from communs.clarity.facts import extract_facts, mask_facts
from communs.clarity.rewrite import plain_rules
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


def test_a_rewrite_cut_by_its_token_budget_keeps_the_original_instead_of_failing(tmp_path):
    """A small model that rambles until max_tokens (seen from the 0.5B model on a one-line text) has answered:
    the paragraph stays as written, flagged, and the request succeeds; the translation app does the same."""
    runaway = '{"texte": "En tant qu\'IA, je suis capable de vous aider à comprendre et à améliorer votre personnel'
    with UpstreamServer(fake_upstream_app("bavard", content=runaway, finish_reason="length")) as server:
        registry = chatty_registry(tmp_path, server.url)

        async def run():
            try:
                simplified = await simplify(SENTENCE, registry)
                translated = await translate(SENTENCE, registry, "en")
                return simplified, translated
            finally:
                await registry.aclose()

        simplified, translated = asyncio.run(run())
    # the paragraph as the deterministic rules left it (they cut ", et vous devez" into a second sentence)
    assert [(p.status, p.text) for p in simplified.parts] == [("kept_original", plain_rules(SENTENCE))]
    assert not simplified.missing_facts
    assert [(p.status, p.text) for p in translated.parts] == [("flagged", SENTENCE)]
    assert translated.parts[0].problems


def test_a_checked_rewrite_that_reads_easier_is_taken_at_once(tmp_path):
    """No second rewrite of a paragraph whose first one kept every fact and reads easier, however little: the
    sentences it left long go to the cut stage, which is what a second try would be asked to do (issue 16)."""
    ruled = plain_rules(SENTENCE)
    masked, _ = mask_facts(ruled, extract_facts(ruled))
    # a little easier (+1.8 reading-ease points): « ainsi que de » said « et de »
    easier = masked.replace("ainsi que de tous les documents utiles à", "et de tous les documents utiles pour")
    assert easier != masked
    answer = json.dumps({"texte": easier}, ensure_ascii=False)
    with UpstreamServer(fake_upstream_app("simple", content=answer)) as server:
        registry = chatty_registry(tmp_path, server.url)

        async def run():
            try:
                return await simplify(SENTENCE, registry)
            finally:
                await registry.aclose()

        with tracing() as trace:
            result = asyncio.run(run())
    assert [p.status for p in result.parts] == ["simplified"]
    assert "et de tous les documents utiles pour" in result.text and not result.missing_facts
    assert trace.summary()["stages"]["rewrite"]["calls"] == 1
