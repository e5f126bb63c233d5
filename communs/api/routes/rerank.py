"""POST /v1/rerank: Albert's reranking, the ``input`` texts scored against the ``prompt``.

No cross-encoder ships with its weights in a package we can install, so the score is a stand-in: the
cosine similarity of the e5 embeddings of the prompt (as a query) and of each text (as a passage), in
[-1, 1] (e5's similarities mostly fall in 0.7-0.9). The answer lists the texts best first, each with
its ``index`` in ``input``, as Albert's (and TEI's) rerank does.

The stand-in is listed by /v1/models as ``<embeddings model>-rerank``, of Albert's reranker type
``text-classification``; ``model`` names it (or is left out). Any other model is a 422 (wrong type),
an unknown one a 404, as Albert answers.
"""

from __future__ import annotations

import uuid

import numpy as np
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator

from communs.accounts.store import Principal
from communs.api.deps import authenticate, limit_model, record_usage, services
from communs.config import ModelType
from communs.errors import WrongModelTypeError
from communs.models.registry import Model, Registry

router = APIRouter()

TEXT_CLASSIFICATION = "text-classification"  # Albert's type of rerankers
SUFFIX = "-rerank"


def scorer(registry: Registry) -> Model:
    """The embeddings model whose similarity the stand-in reranker scores with: the default one."""
    return registry.get(None, ModelType.TEXT_EMBEDDINGS)


def reranker_card(registry: Registry, created: int) -> dict:
    """The stand-in reranker, as /v1/models lists it."""
    model = scorer(registry)
    return {
        "id": model.id + SUFFIX,
        "object": "model",
        "created": created,
        "owned_by": model.config.owned_by,
        "type": TEXT_CLASSIFICATION,
        "aliases": [],
        "max_context_length": model.config.max_context_length,
    }


class RerankRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    prompt: str = Field(min_length=1, description="The query the texts are ranked for.")
    input: list[str] = Field(min_length=1, max_length=1000, description="The texts to rank.")
    model: str | None = Field(default=None, description="The reranker: <embeddings model>-rerank (the default).")

    @field_validator("input")
    @classmethod
    def _texts_not_empty(cls, value: list[str]) -> list[str]:
        if any(not text.strip() for text in value):
            raise ValueError("input texts must not be empty")
        return value


@router.post("/rerank")
async def rerank(body: RerankRequest, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    registry = services(request).registry
    model = scorer(registry)
    if body.model and body.model != model.id + SUFFIX:
        other = registry.get(body.model)  # unknown: 404
        raise WrongModelTypeError(
            f"the model '{body.model}' is a {other.type} model; /v1/rerank needs {model.id + SUFFIX}", param="model"
        )
    limit_model(request, model.id)
    query = await model.call(lambda provider: provider.embed([body.prompt], "query"))
    passages = await model.call(lambda provider: provider.embed(list(body.input), "passage"))
    q = np.asarray(query.vectors[0], dtype=np.float32)
    p = np.asarray(passages.vectors, dtype=np.float32)
    scores = (p @ q) / (np.linalg.norm(p, axis=1) * np.linalg.norm(q) + 1e-12)
    order = np.argsort(-scores, kind="stable")
    tokens = query.prompt_tokens + passages.prompt_tokens
    record_usage(request, endpoint="rerank", model=model.id, prompt_tokens=tokens)
    return {
        "id": f"rerank-{uuid.uuid4().hex}",
        "object": "list",
        "data": [{"object": "rerank", "score": float(scores[i]), "index": int(i)} for i in order],
        "model": model.id + SUFFIX,
        "usage": {"prompt_tokens": tokens, "completion_tokens": 0, "total_tokens": tokens},
    }
