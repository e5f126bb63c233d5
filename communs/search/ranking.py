"""Scores: what each search method returns, on a 0-1 scale a ``score_threshold`` can apply to.

- semantic: the cosine similarity of the query and chunk embeddings (-1..1; e5 gives ~0.7-0.9
  for related French text, so useful thresholds sit around 0.8);
- lexical: the BM25 score divided by the best BM25 score of the same query (1.0 for the best
  match, 0.5 for a chunk half as relevant): a threshold keeps the matches close to the best one;
- hybrid: score fusion, 0.5 × semantic + 0.5 × lexical, each min-max normalised to 0-1 over its own
  candidates (0 when a chunk is missing from a list): 1.0 when a chunk is best in both lists. Scores,
  unlike ranks, keep a strong single-method hit (an exact article number, a rare term) near the top;
  on bench/search.py's 59 questions it gave recall@5 0.898 where rank fusion gave 0.864.
"""

from __future__ import annotations


def normalize_bm25(hits: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """(chunk id, BM25 score, higher is better) pairs, best first, to scores relative to the best."""
    if not hits:
        return []
    best = hits[0][1]
    if best <= 0:
        return [(chunk_id, 1.0) for chunk_id, _ in hits]
    return [(chunk_id, score / best) for chunk_id, score in hits]


def _min_max(hits: list[tuple[int, float]]) -> dict[int, float]:
    if not hits:
        return {}
    values = [score for _, score in hits]
    low, high = min(values), max(values)
    if high - low < 1e-9:
        return {chunk_id: 1.0 for chunk_id, _ in hits}
    return {chunk_id: (score - low) / (high - low) for chunk_id, score in hits}


def score_fusion(
    semantic: list[tuple[int, float]], lexical: list[tuple[int, float]], semantic_weight: float = 0.5
) -> list[tuple[int, float]]:
    """Fuse two scored candidate lists by a weighted sum of their min-max normalised scores, best first."""
    sem, lex = _min_max(semantic), _min_max(lexical)
    fused = {
        chunk_id: semantic_weight * sem.get(chunk_id, 0.0) + (1 - semantic_weight) * lex.get(chunk_id, 0.0)
        for chunk_id in sem.keys() | lex.keys()
    }
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))
