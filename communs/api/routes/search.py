"""POST /v1/search: lexical, semantic or hybrid search over collections (Albert-compatible)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field, StringConstraints, model_validator

from communs.accounts.store import Principal
from communs.api.deps import authenticate, chat_model, check_embedding_input, record_usage, services
from communs.api.routes.chat import model_chat
from communs.api.schemas import Id
from communs.search import multiagent

router = APIRouter()


class SearchRequest(BaseModel):
    prompt: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    collections: list[Id] = Field(min_length=1, max_length=100)
    k: int = Field(default=10, ge=1, le=200)
    method: Literal["semantic", "lexical", "hybrid", "multiagent"] = "hybrid"
    score_threshold: float | None = None
    filters: dict[str, Any] | None = None

    @model_validator(mode="before")
    @classmethod
    def _limit_is_k(cls, data: Any) -> Any:  # newer Albert clients send `limit`
        if isinstance(data, dict) and "limit" in data and "k" not in data:
            data = {**data, "k": data["limit"]}
        return data


@router.post("/search")
async def search(body: SearchRequest, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    svc = services(request)
    check_embedding_input(svc.settings, [body.prompt], param="prompt")
    model_id, tokens = None, multiagent.Tokens()
    if body.method == "multiagent":  # Albert's: a chat model judges the hybrid search's chunks
        model = chat_model(request, None)  # Albert's configured model: the request's `model` is not read
        model_id = model.id
        results, _ = await multiagent.search(
            svc.search,
            model_chat(model),
            tokens,
            principal,
            body.prompt,
            body.collections,
            k=body.k,
            score_threshold=body.score_threshold,
            filters=body.filters,
        )
    else:
        results = await svc.search.search(
            principal,
            body.prompt,
            body.collections,
            k=body.k,
            method=body.method,
            score_threshold=body.score_threshold,
            filters=body.filters,
        )
    record_usage(
        request, endpoint="search", model=model_id, prompt_tokens=tokens.prompt, completion_tokens=tokens.completion
    )
    total = tokens.prompt + tokens.completion
    return {
        "object": "list",
        "data": [r.to_albert() for r in results],
        "usage": {"prompt_tokens": tokens.prompt, "completion_tokens": tokens.completion, "total_tokens": total},
    }
