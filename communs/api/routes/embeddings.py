"""POST /v1/embeddings: float or base64 vectors for a string or a list of strings."""

from __future__ import annotations

import base64

import numpy as np
from fastapi import APIRouter, Depends, Request

from communs.accounts.store import Principal
from communs.api.deps import authenticate, check_embedding_input, limit_model, record_usage, services
from communs.api.schemas import EmbeddingsRequest
from communs.config import ModelType

router = APIRouter()


@router.post("/embeddings")
async def embeddings(body: EmbeddingsRequest, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    model = services(request).registry.get(body.model, ModelType.TEXT_EMBEDDINGS)
    limit_model(request, model.id)
    texts = body.texts()
    check_embedding_input(services(request).settings, texts)
    result = await model.call(lambda provider: provider.embed(texts, "query"))

    def encode(vector: list[float]) -> list[float] | str:
        if body.encoding_format == "base64":
            return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode()
        return vector

    record_usage(request, endpoint="embeddings", model=model.id, prompt_tokens=result.prompt_tokens)
    return {
        "object": "list",
        "data": [{"object": "embedding", "index": i, "embedding": encode(v)} for i, v in enumerate(result.vectors)],
        "model": body.model or model.id,
        "usage": {"prompt_tokens": result.prompt_tokens, "total_tokens": result.prompt_tokens},
    }
