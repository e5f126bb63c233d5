"""Scores: what each search method returns, on a 0-1 scale a ``score_threshold`` can apply to.

- semantic: the cosine similarity of the query and chunk embeddings (-1..1; e5 gives ~0.7-0.9
  for related French text, so useful thresholds sit around 0.8);
- lexical: the BM25 score divided by the best BM25 score of the same query (1.0 for the best
  match, 0.5 for a chunk half as relevant): a threshold keeps the matches close to the best one;
- hybrid: reciprocal rank fusion, sum over both lists of 1 / (60 + rank), divided by its maximum
  2 / 61: 1.0 when a chunk is first in both lists, ~0.5 when first in one list only.
"""

from __future__ import annotations

RRF_K = 60


def normalize_bm25(hits: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """(chunk id, BM25 score, higher is better) pairs, best first, to scores relative to the best."""
    if not hits:
        return []
    best = hits[0][1]
    if best <= 0:
        return [(chunk_id, 1.0) for chunk_id, _ in hits]
    return [(chunk_id, score / best) for chunk_id, score in hits]


def reciprocal_rank_fusion(*rankings: list[tuple[int, float]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Fuse rankings (each best first) by RRF; scores normalised to 0-1 by the best possible sum."""
    if not rankings:
        return []
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, (chunk_id, _score) in enumerate(ranking, start=1):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (k + rank)
    best_possible = len(rankings) / (k + 1)
    ordered = sorted(fused.items(), key=lambda item: (-item[1], item[0]))
    return [(chunk_id, score / best_possible) for chunk_id, score in ordered]
