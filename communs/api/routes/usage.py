"""GET /v1/usage: the caller's own usage records, one page at a time, with totals (Albert-compatible).

Each request is a record (endpoint, model, tokens, latency, status); records are written by a background
thread, so one appears a moment after its request. We count no cost and no carbon footprint: ``cost`` is
0 and the energy fields are null, and ordering by ``cost`` orders by date.
"""

from __future__ import annotations

import asyncio
import math
import time
from datetime import UTC, datetime
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request

from communs.accounts.store import Principal
from communs.api.deps import authenticate, services

router = APIRouter()

MONTH_S = 30 * 24 * 3600


def _record(row: dict) -> dict:
    at: datetime = row["at"]
    if at.tzinfo is None:  # SQLite gives naive datetimes back: they were written in UTC
        at = at.replace(tzinfo=UTC)
    return {
        "object": "usage",
        "id": row["id"],
        "datetime": int(at.timestamp()),
        "duration": round(row["latency_ms"]),
        "time_to_first_token": None,
        "user_id": row["user_id"],
        "token_id": row["key_id"],
        "endpoint": "/v1/" + row["endpoint"].lstrip("/"),
        "method": None,
        "model": row["model"],
        "request_model": row["model"],
        "prompt_tokens": row["prompt_tokens"],
        "completion_tokens": row["completion_tokens"],
        "total_tokens": row["total_tokens"],
        "cost": 0.0,
        "status": row["status"],
        "kwh_min": None,
        "kwh_max": None,
        "kgco2eq_min": None,
        "kgco2eq_max": None,
    }


@router.get("/usage")
async def get_usage(
    request: Request,
    limit: int = Query(50, ge=1, le=100, description="Records per page (1-100)."),
    page: int = Query(1, ge=1, description="Page number, from 1."),
    order_by: Literal["datetime", "cost", "total_tokens"] = Query("datetime"),
    order_direction: Literal["asc", "desc"] = Query("desc"),
    date_from: int | None = Query(None, description="Unix seconds; default 30 days ago."),
    date_to: int | None = Query(None, description="Unix seconds; default now."),
    principal: Principal = Depends(authenticate),
) -> dict:
    now = int(time.time())
    until = datetime.fromtimestamp(now if date_to is None else date_to, UTC)
    since = datetime.fromtimestamp((now - MONTH_S) if date_from is None else date_from, UTC)
    rows, totals = await asyncio.to_thread(
        services(request).accounts.usage_page,
        principal.user_id,
        since=since,
        until=until,
        order_by=order_by,
        descending=order_direction == "desc",
        limit=limit,
        offset=(page - 1) * limit,
    )
    total = int(totals["count"])
    pages = math.ceil(total / limit) if total else 0
    return {
        "object": "list",
        "data": [_record(row) for row in rows],
        "total": total,
        "total_requests": total,
        "total_albert_coins": 0.0,
        "total_tokens": int(totals["tokens"]),
        "total_co2": None,
        "page": page,
        "limit": limit,
        "total_pages": pages,
        "has_more": page < pages,
    }
