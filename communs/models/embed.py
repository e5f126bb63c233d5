"""What apps call to embed texts: the default embeddings model, in batches, whichever backend serves it."""

from __future__ import annotations

from typing import Any, Literal

from communs.config import ModelType
from communs.models.registry import Registry

EMBED_BATCH = 32


def embeddings_model_id(registry: Registry) -> str:
    return registry.get(None, ModelType.TEXT_EMBEDDINGS).id


async def embed(
    registry: Registry, texts: list[str], kind: Literal["query", "passage"] | str, *, batch: int = EMBED_BATCH
) -> list[list[float]]:
    """One vector per text (``kind``: "query" for what a user asks, "passage" for what is searched)."""
    model = registry.get(None, ModelType.TEXT_EMBEDDINGS)
    out: list[list[float]] = []
    for start in range(0, len(texts), batch):
        chunk = texts[start : start + batch]
        result: Any = await model.call(lambda provider, b=chunk: provider.embed(b, kind))
        out.extend(getattr(result, "vectors", result))
    return out
