"""Recitals vote for the articles they explain. The recitals say in plainer words why a provision exists (the
manipulation of the vulnerable, social scoring, deepfakes…), so a lay question is often closer to a recital
than to the article's legal wording. The question's vector (already computed for the passages) is compared with
each recital's; the closest recitals add a rank-based vote to the articles they explain.

Recital → articles (data/recitals_articles.json, made with the recitals' vectors by
``python -m communs.apps.aiact.index``): the recitals artificialintelligenceact.eu lists for an article, the
articles a recital's text cites, and the article or annex whose passages are closest to the recital (e5 cosine
to the mean of its passages' vectors)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from communs.apps.aiact.act import DATA, Act

RECITALS = 10  # the closest recitals that vote
RANK_OFFSET = 5  # a vote weighs 1 / (RANK_OFFSET + rank of the recital)


@dataclass(frozen=True)
class RecitalMap:
    ids: list[str]
    vectors: np.ndarray  # one unit row per recital
    articles: dict[str, list[str]]  # recital → the articles and annexes it explains


def _paths(model_id: str) -> tuple[Any, Any]:
    return DATA / f"recitals-{model_id}.npy", DATA / "recitals_articles.json"


@lru_cache(maxsize=4)
def recital_map(model_id: str) -> RecitalMap | None:
    """The shipped map for this embeddings model, or None (another model: the recitals do not vote)."""
    vectors_path, map_path = _paths(model_id)
    if not vectors_path.is_file() or not map_path.is_file():
        return None
    data = json.loads(map_path.read_text())
    if data.get("model") != model_id:
        return None
    vectors = np.load(vectors_path).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return RecitalMap(list(data["ids"]), vectors, {k: list(v) for k, v in data["articles"].items()})


def votes(model_id: str, vector: list[float] | np.ndarray) -> dict[str, float]:
    """Article or annex id → its vote from the recitals closest to the query vector."""
    found = recital_map(model_id)
    if found is None:
        return {}
    query = np.asarray(vector, dtype=np.float32)
    scores = found.vectors @ (query / np.linalg.norm(query))
    out: dict[str, float] = {}
    for rank, row in enumerate(np.argsort(-scores)[:RECITALS]):
        for article in found.articles.get(found.ids[row], []):
            out[article] = out.get(article, 0.0) + 1.0 / (RANK_OFFSET + rank)
    return out


def articles_of_recitals(act: Act, recital_vectors: np.ndarray, centres: dict[str, np.ndarray]) -> dict[str, list[str]]:
    """Recital → articles: the source's map, the articles its text cites, then the closest article or annex."""
    out: dict[str, list[str]] = {r: [] for r in act.recitals}
    for article in act.articles.values():
        for recital in article.get("source_recitals", []):
            if recital in out and article["id"] not in out[recital]:
                out[recital].append(article["id"])
    names = list(centres)
    matrix = np.array([centres[n] / np.linalg.norm(centres[n]) for n in names])
    unit = recital_vectors / np.linalg.norm(recital_vectors, axis=1, keepdims=True)
    for row, recital in enumerate(act.recitals.values()):
        cited = [act.top(i) for ref in recital.get("refs", []) for i in ref[2]]
        closest = names[int(np.argmax(matrix @ unit[row]))]
        for article in [*cited, closest]:
            if article in centres and article not in out[recital["id"]]:
                out[recital["id"]].append(article)
    return out
