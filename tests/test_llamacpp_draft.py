"""N-gram speculative decoding in the embedded engine: drafts looked up in the context, checked in one pass.

A greedy answer is the same with and without drafts (llama.cpp keeps only the drafted tokens the model itself
would have chosen; a batched pass may round differently, which can only flip a near tie, such as the spaces
of a JSON layout); an answer that copies its prompt (a rewrite, a JSON quote) takes most of
its tokens from drafts. Real engine (the 0.5B test model), real HTTP, JSON schema and streaming.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from communs.apps.plain.simplify import SCHEMA  # the Simplifier's answer: {"texte": ...}
from communs.config import ProviderConfig, Settings
from communs.models.artifacts import artifact_path
from communs.models.llamacpp import LlamaCppServer

TEXT = (
    "Nous accusons réception de votre demande de renouvellement de titre de séjour déposée le 12 mars 2025 "
    "sur le téléservice de l'Administration numérique pour les étrangers en France."
)
BODY = {
    "model": "m",
    "messages": [
        {
            "role": "system",
            "content": "Recopie le texte de l'utilisateur mot pour mot. " + 'Réponds en JSON : {"texte": "..."}.',
        },
        {"role": "user", "content": TEXT},
    ],
    "max_tokens": 80,
    "temperature": 0,
    "response_format": {"type": "json_schema", "json_schema": {"name": "copie", "schema": SCHEMA}},
}


@pytest.fixture
def model_path(settings: Settings) -> Path:
    path = artifact_path(ProviderConfig(backend="llamacpp", artifact="qwen2.5-coder-0.5b-instruct-q4_k_m"), settings)
    if not path.is_file():
        pytest.skip(f"the 0.5B test model is not assembled ({path}): run `make setup`")
    return path


def words(answer: str) -> str:
    return " ".join(json.loads(answer)["texte"].split())


def ask(server: LlamaCppServer, stream: bool = False) -> tuple[str, dict]:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=300) as client:
        if not stream:
            reply = client.post("/chat/completions", json=BODY).json()
            return reply["choices"][0]["message"]["content"], reply.get("timings", {})
        text = ""
        with client.stream("POST", "/chat/completions", json=BODY | {"stream": True}) as response:
            for line in response.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    for choice in json.loads(line[6:]).get("choices", []):
                        text += choice.get("delta", {}).get("content") or ""
        return text, {}


@pytest.mark.slow  # 13-55 s on 2 cores (a model run or CLI processes); run by `make test-all`
def test_drafted_answers_are_the_greedy_answers_and_take_most_tokens_from_drafts(model_path: Path) -> None:
    plain = LlamaCppServer(model_path, n_ctx=1024, n_parallel=1, threads=1, alias="m")
    drafted = LlamaCppServer(model_path, n_ctx=1024, n_parallel=1, threads=1, alias="m", draft_ngram=3, draft_max=8)
    try:
        plain.start()
        drafted.start()
        reference, timings = ask(plain)
        assert "draft_n" not in timings or not timings["draft_n"]
        answer, timings = ask(drafted)
        assert words(answer) == words(reference)  # the schema holds, the copy is the same
        assert timings["draft_n"] > 0
        # the copy is drafted from the prompt: most of the answer's tokens were accepted drafts
        assert timings["draft_n_accepted"] >= timings["predicted_n"] / 3, timings
        streamed, _ = ask(drafted, stream=True)
        assert words(streamed) == words(reference)
    finally:
        plain.stop()
        drafted.stop()


def test_drafts_are_off_by_default_and_a_setting_turns_them_on() -> None:
    config = ProviderConfig(backend="llamacpp", artifact="x")
    assert (config.draft_ngram, config.draft_max) == (0, 8)
    assert ProviderConfig(backend="llamacpp", artifact="x", draft_ngram=3).draft_ngram == 3
    with pytest.raises(ValueError):
        ProviderConfig(backend="llamacpp", artifact="x", draft_max=0)
