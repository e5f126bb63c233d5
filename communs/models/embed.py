"""What apps call to embed texts: vectors from whichever provider serves the default embeddings model."""

from __future__ import annotations

from typing import Any

from communs.config import ModelType
from communs.models.base import EmbeddingKind
from communs.models.registry import Registry

BATCH = 32


async def embed(
    registry: Registry, texts: list[str], kind: EmbeddingKind = "query", *, model: str | None = None
) -> list[list[float]]:
    chosen = registry.get(model, ModelType.TEXT_EMBEDDINGS)
    out: list[list[float]] = []
    for start in range(0, len(texts), BATCH):
        batch = texts[start : start + BATCH]
        result: Any = await chosen.call(lambda provider, b=batch: provider.embed(b, kind))
        out.extend(getattr(result, "vectors", result))
    return out
