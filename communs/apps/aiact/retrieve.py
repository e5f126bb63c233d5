"""Passages for a question: glossary expansion, hybrid search, at most two passages per article, and whether
the question is about the Act at all (the best cosine similarity against the passages)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from communs.apps.aiact.glossary import expand
from communs.apps.aiact.index import ActIndex, embed
from communs.models.chat import complete

# e5 cosine of the best passage: the questions of tests/data/aiact score 0.82-0.91, questions outside the Act
# 0.74-0.80 (bench/aiact.py measures the refusals)
IN_SCOPE = 0.81
PER_ARTICLE = 2
CANDIDATES = 30


@dataclass(frozen=True)
class Retrieval:
    ids: list[str]
    scores: list[float]
    best_similarity: float
    query: str

    @property
    def in_scope(self) -> bool:
        return self.best_similarity >= IN_SCOPE


async def retrieve(index: ActIndex, question: str, k: int = 5, *, use_glossary: bool = True) -> Retrieval:
    query = expand(question) if use_glossary else question
    vector = (await embed(index.registry, [query], "query"))[0]
    store, collection = index.store, [index.collection_id]
    hybrid, semantic = await asyncio.gather(
        asyncio.to_thread(
            store.search, collection, method="hybrid", query=query, query_vector=vector, k=max(CANDIDATES, 4 * k)
        ),
        asyncio.to_thread(store.search, collection, method="semantic", query=query, query_vector=vector, k=1),
    )
    ids: list[str] = []
    scores: list[float] = []
    per_article: dict[str, int] = {}
    for result in hybrid:
        ident = result.chunk.metadata["aiact_id"]
        top = index.act.top(ident)
        if per_article.get(top, 0) >= PER_ARTICLE:
            continue
        per_article[top] = per_article.get(top, 0) + 1
        ids.append(ident)
        scores.append(result.score)
        if len(ids) == k:
            break
    best = semantic[0].score if semantic else 0.0
    return Retrieval(ids, scores, best, query)


async def translate_question(registry: Any, question: str, *, model: str | None = None) -> str:
    """The question in English by the chat model (measured against the glossary in bench/aiact.py)."""
    messages = [
        {"role": "system", "content": "Translate the user's question into English. Reply with the translation only."},
        {"role": "user", "content": question},
    ]
    return await complete(registry, messages, model=model, max_tokens=60, temperature=0.0)
