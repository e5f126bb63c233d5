"""Lay profiles vote for their articles. data/articles_lay.json gives each article and annex 6-12 phrases in
everyday French (and a few in English) for what it governs (« dire qu'on parle à un robot » for Art. 50,
« combien d'amende je risque » for Art. 99), written from the Act alone, never from evaluation questions. A lay
question shares words with them that neither the Act's wording nor the glossary has.

Two rankings of the articles by their profile, each voting 1 / (RANK_OFFSET + rank) for its first VOTERS
articles: BM25 of the question against each article's phrases (communs.search's French analysis), and the e5
cosine of the question's vector with the article's closest phrase (vectors shipped as data/lay-<model>.npy, made
by ``python -m communs.apps.aiact.lay`` or ``python -m communs.apps.aiact.index``). retrieve.py ranks by cosine
with up to three vectors, the question's own, the question with the glossary's Act wording and its asking
sentences alone (retrieve.asked), and fuses the rankings (fused_ranking): the phrases are lay, so the bare question
is often closer to them."""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from communs.apps.aiact.act import DATA
from communs.models.embed import embed, embeddings_model_id
from communs.models.registry import Registry
from communs.search.analysis import analyze, query_terms

VOTERS = 10  # the first articles of each ranking that get a vote
RANK_OFFSET = 5
K1, B = 1.2, 0.75  # BM25


@lru_cache(maxsize=1)
def profiles() -> dict[str, list[str]]:
    """Article or annex id → its lay phrases, French then English."""
    entries = json.loads((DATA / "articles_lay.json").read_text())["entries"]
    return {top: [*entry["fr"], *entry.get("en", [])] for top, entry in entries.items()}


def _rows() -> list[tuple[str, str]]:
    """(article, phrase) for every phrase, in file order: the rows of the shipped vectors."""
    return [(top, phrase) for top, phrases in profiles().items() for phrase in phrases]


def digest() -> str:
    return hashlib.sha256("\n".join(f"{top}\t{p}" for top, p in _rows()).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class _Bm25:
    tops: list[str]
    terms: list[Counter[str]]
    lengths: list[int]
    idf: dict[str, float]
    mean_length: float


@lru_cache(maxsize=1)
def _bm25() -> _Bm25:
    tops = list(profiles())
    terms = [Counter(analyze(" ; ".join(profiles()[top]))) for top in tops]
    lengths = [sum(c.values()) for c in terms]
    df = Counter(term for c in terms for term in c)
    n = len(tops)
    idf = {term: math.log(1 + (n - d + 0.5) / (d + 0.5)) for term, d in df.items()}
    return _Bm25(tops, terms, lengths, idf, sum(lengths) / n)


def lexical_ranking(question: str) -> list[str]:
    """Articles whose profile shares a term with the question, by BM25, best first."""
    index = _bm25()
    words = query_terms(question)
    scores: dict[str, float] = {}
    for top, counts, length in zip(index.tops, index.terms, index.lengths):
        score = 0.0
        for word in words:
            tf = counts.get(word, 0)
            if tf:
                norm = K1 * (1 - B + B * length / index.mean_length)
                score += index.idf[word] * tf * (K1 + 1) / (tf + norm)
        if score > 0:
            scores[top] = score
    return sorted(scores, key=lambda top: -scores[top])


def _paths(model_id: str) -> tuple[Path, Path]:
    return DATA / f"lay-{model_id}.npy", DATA / f"lay-{model_id}.json"


@lru_cache(maxsize=4)
def _vectors(model_id: str) -> np.ndarray | None:
    """The phrases' unit vectors for this model, or None (not shipped, or for other phrases)."""
    vectors_path, meta_path = _paths(model_id)
    if not vectors_path.is_file() or not meta_path.is_file():
        return None
    if json.loads(meta_path.read_text()).get("digest") != digest():
        return None
    vectors = np.load(vectors_path).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def semantic_ranking(model_id: str, vector: list[float] | np.ndarray) -> list[str]:
    """Articles by the cosine of their closest phrase to the query vector, best first ([] without vectors)."""
    vectors = _vectors(model_id)
    if vectors is None:
        return []
    query = np.asarray(vector, dtype=np.float32)
    scores = vectors @ (query / np.linalg.norm(query))
    best: dict[str, float] = {}
    for (top, _), score in zip(_rows(), scores.tolist()):
        best[top] = max(best.get(top, -1.0), score)
    return sorted(best, key=lambda top: -best[top])


def fused_ranking(rankings: list[list[str]]) -> list[str]:
    """Several rankings as one, by the sum of each article's 1 / (RANK_OFFSET + rank) in them."""
    if len(rankings) == 1:
        return rankings[0]
    score: dict[str, float] = {}
    for ranking in rankings:
        for rank, top in enumerate(ranking):
            score[top] = score.get(top, 0.0) + 1.0 / (RANK_OFFSET + rank)
    return sorted(score, key=lambda top: -score[top])


def rank_votes(ranking: list[str]) -> dict[str, float]:
    return {top: 1.0 / (RANK_OFFSET + rank) for rank, top in enumerate(ranking[:VOTERS])}


async def ship(registry: Registry) -> None:
    """Embed the phrases (as queries: they are worded like one) into data/lay-<model>.npy."""
    model_id = embeddings_model_id(registry)
    vectors = np.array(await embed(registry, [p for _, p in _rows()], "query"), dtype=np.float32)
    vectors_path, meta_path = _paths(model_id)
    np.save(vectors_path, vectors.astype(np.float16))
    meta_path.write_text(json.dumps({"digest": digest(), "count": len(vectors)}) + "\n")
    _vectors.cache_clear()
    print(f"wrote {len(vectors)} lay phrase vectors for {model_id}")


async def _main() -> None:
    from communs.config import get_settings

    registry = Registry(get_settings())
    try:
        await ship(registry)
    finally:
        await registry.aclose()


if __name__ == "__main__":
    asyncio.run(_main())
