"""GET /v1/models: the models this server offers, with their Albert type."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from communs.api.deps import authenticate, services
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


@router.get("/models")
async def list_models(request: Request) -> dict:
    return {"object": "list", "data": [describe(m) for m in services(request).registry.list()]}


@router.get("/models/{model_id:path}")
async def get_model(model_id: str, request: Request) -> dict:
    return describe(services(request).registry.get(model_id))
