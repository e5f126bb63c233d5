"""GET /v1/models: the models this server offers, with their Albert type."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from communs.api.deps import authenticate, services
from communs.api.routes.rerank import SUFFIX, reranker_card
from communs.config import ModelType
from communs.errors import CommunsError
from communs.models.registry import Model

router = APIRouter(dependencies=[Depends(authenticate)])
CREATED = 1_767_225_600  # 2026-01-01: stable, since models come from configuration


def describe(model: Model) -> dict:
    config = model.config
    return {
        "id": config.id,
        "object": "model",
        "created": CREATED,
        "owned_by": config.owned_by,
        "type": str(config.type),
        "aliases": config.aliases,
        "max_context_length": config.max_context_length,
    }


def _reranker(request: Request) -> dict | None:
    """The stand-in reranker of /v1/rerank (see there), when there is an embeddings model to score with."""
    registry = services(request).registry
    if not any(m.type == ModelType.TEXT_EMBEDDINGS for m in registry.list()):
        return None
    try:
        return reranker_card(registry, CREATED)
    except CommunsError:
        return None


@router.get("/models")
async def list_models(request: Request) -> dict:
    data = [describe(m) for m in services(request).registry.list()]
    reranker = _reranker(request)
    return {"object": "list", "data": data + ([reranker] if reranker else [])}


@router.get("/models/{model_id:path}")
async def get_model(model_id: str, request: Request) -> dict:
    reranker = _reranker(request) if model_id.endswith(SUFFIX) else None
    if reranker is not None and reranker["id"] == model_id:
        return reranker
    return describe(services(request).registry.get(model_id))
