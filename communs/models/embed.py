"""What apps call to embed texts: vectors from whichever provider serves the embeddings model, in batches."""

from __future__ import annotations

from operator import methodcaller

from communs.config import ModelType
from communs.models.base import EmbeddingKind
from communs.models.registry import Registry

BATCH = 32


def embeddings_model_id(registry: Registry, model: str | None = None) -> str:
    return registry.get(model, ModelType.TEXT_EMBEDDINGS).id


async def embed(
    registry: Registry,
    texts: list[str],
    kind: EmbeddingKind = "query",
    *,
    model: str | None = None,
    batch: int = BATCH,
) -> list[list[float]]:
    """One vector per text (``kind``: "query" for what a user asks, "passage" for what is searched)."""
    chosen = registry.get(model, ModelType.TEXT_EMBEDDINGS)
    out: list[list[float]] = []
    for start in range(0, len(texts), batch):
        chunk = texts[start : start + batch]
        result = await chosen.call(methodcaller("embed", chunk, kind))  # provider.embed(chunk, kind)
        out.extend(getattr(result, "vectors", result))
    return out
