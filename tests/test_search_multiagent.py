"""Albert's ``multiagent`` search method: a chat model judges the hybrid search's chunks a window at a time, the
verdict in each chunk's metadata; in a chat, answers read from each chunk are synthesized. The window logic with
a scripted judge; then /v1/search and a chat on a live server (embedded Qwen2.5-Coder 0.5B, a real fiche)."""

from __future__ import annotations

import asyncio

import pytest

from communs.search import multiagent
from communs.search.records import Chunk, SearchResult
from tests.conftest import TEST_CHAT_MODEL
from tests.test_api_agents import FICHE, collection, keys  # noqa: F401 (fixtures)


def result(index: int) -> SearchResult:
    chunk = Chunk(id=index, content=f"passage {index}", metadata={})
    return SearchResult(score=1.0 / (index + 1), method="hybrid", chunk=chunk)


def scripted(choices: list[int]):
    """A judge that writes the given choices in turn, and counts what it was shown."""
    shown: list[str] = []

    async def chat(body: dict) -> dict:
        shown.append(body["messages"][0]["content"])
        message = {"content": f'{{"choix": {choices[len(shown) - 1]}}}'}
        return {"choices": [{"message": message}], "usage": {"prompt_tokens": 7, "completion_tokens": 3}}

    return chat, shown


def test_the_next_window_is_judged_until_one_bears_on_the_question():
    chat, shown = scripted([3, 1])
    tokens = multiagent.Tokens()
    pool = [result(i) for i in range(12)]
    verdict = asyncio.run(multiagent.judge(chat, tokens, "Quelle question ?", pool))
    assert (verdict.choice, verdict.retries) == (1, 1)
    assert [r.chunk.id for r in verdict.results[:5]] == [5, 6, 7, 8, 9]  # the window judged relevant first
    assert sorted(r.chunk.id for r in verdict.results) == list(range(12))
    assert "Quelle question ?" in shown[0] and "passage 0" in shown[0] and "passage 5" in shown[1]
    assert (tokens.prompt, tokens.completion) == (14, 6)


def test_the_judge_stops_when_the_pool_is_spent():
    chat, shown = scripted([3, 0, 3])
    verdict = asyncio.run(multiagent.judge(chat, multiagent.Tokens(), "q", [result(i) for i in range(7)]))
    assert len(shown) == 2 and (verdict.choice, verdict.retries) == (0, 1)
    assert [r.chunk.id for r in verdict.results] == list(range(7))  # nothing relevant: the ranks kept


def test_a_choice_is_read_from_json_or_the_first_digit():
    assert multiagent.read_choice('{"choix": 2}') == 2
    assert multiagent.read_choice("Réponse : 1") == 1
    assert multiagent.read_choice("je ne sais pas") == 0


@pytest.mark.slow
@pytest.mark.timeout(1800)  # several calls to the chat model on a busy CPU
def test_search_multiagent_marks_each_chunk_with_the_verdict(live_server, keys, collection):  # noqa: F811
    body = {"prompt": "première demande de carte d'identité", "collections": [collection], "k": 1}
    with live_server.http(keys["alice"]) as http:
        found = http.post("/v1/search", json={**body, "method": "multiagent", "model": "albert-small"})
        assert found.status_code == 200, found.text
        (hit,) = found.json()["data"]
        metadata = hit["chunk"]["metadata"]
        assert metadata["document_name"] == FICHE
        assert metadata["choice"] in (0, 1, 2, 3) and metadata["choice_desc"] == multiagent.CHOICES[metadata["choice"]]
        assert metadata["n_retry"] == 0  # one window: the pool is 4 chunks at most
        assert found.json()["usage"]["total_tokens"] > 0  # the judge's tokens
    with live_server.http(keys["bob"]) as http:
        refused = http.post("/v1/search", json={**body, "method": "multiagent"})
        assert refused.status_code == 404 and refused.json()["detail"]


@pytest.mark.slow
@pytest.mark.timeout(1800)  # several calls to the chat model on a busy CPU
def test_chat_with_a_multiagent_search(live_server, keys, collection):  # noqa: F811
    client = live_server.client(keys["alice"])
    answer = client.chat.completions.create(
        model=TEST_CHAT_MODEL,
        messages=[{"role": "user", "content": "Comment faire une première demande de carte d'identité ?"}],
        max_tokens=40,
        temperature=0,
        extra_body={"search": True, "search_args": {"collections": [collection], "k": 1, "method": "multiagent"}},
    )
    assert answer.choices[0].message.content
    (found,) = (answer.model_extra or {})["search_results"]
    assert found["chunk"]["metadata"]["document_name"] == FICHE and "choice" in found["chunk"]["metadata"]
