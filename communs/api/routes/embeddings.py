"""POST /v1/embeddings: float or base64 vectors for strings, or for token ids decoded by the model's tokenizer."""

from __future__ import annotations

import asyncio
import base64

import numpy as np
from fastapi import APIRouter, Depends, Request

from communs.accounts.store import Principal
from communs.api.deps import authenticate, check_embedding_input, limit_model, record_usage, services
from communs.api.schemas import EmbeddingsRequest
from communs.config import ModelType
from communs.errors import InvalidRequestError
from communs.models.base import TokenDecoder

router = APIRouter()


async def _decode(provider: object, token_lists: list[list[int]]) -> list[str]:
    """Token ids as text, by the provider's tokenizer; a provider without one: a 400."""
    if not isinstance(provider, TokenDecoder):
        raise InvalidRequestError(
            "token-id input is not supported by this embeddings model (its tokenizer is not available); send strings",
            param="input",
            code="unsupported_input",
        )
    texts = await asyncio.to_thread(provider.decode_tokens, token_lists)
    for index, text in enumerate(texts):
        if not text:
            raise InvalidRequestError(
                f"input[{index}]: the token ids decode to no text (only special tokens)",
                param="input",
                code="invalid_token_id",
            )
    return texts


@router.post("/embeddings")
async def embeddings(body: EmbeddingsRequest, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    model = services(request).registry.get(body.model, ModelType.TEXT_EMBEDDINGS)
    limit_model(request, model.id)
    texts = body.texts()
    if texts is None:
        token_lists = body.token_lists()
        texts = await model.call(lambda provider: _decode(provider, token_lists))
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
