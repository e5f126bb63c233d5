"""What every route needs: the shared services, the caller, and usage accounting."""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass

from fastapi import Request

from communs.accounts.limits import RateLimiter
from communs.accounts.store import AccountStore, Principal, UsageRecord
from communs.config import Settings
from communs.errors import AuthenticationError
from communs.models.registry import Registry
from communs.search.service import SearchService


@dataclass
class Services:
    settings: Settings
    registry: Registry
    accounts: AccountStore
    limiter: RateLimiter
    search: SearchService


MASTER = Principal(user_id=None, user_name="master", role="admin", key_id=None)


def services(request: Request) -> Services:
    return request.app.state.services


def authenticate(request: Request) -> Principal:
    """The dependency of every /v1 route: a valid bearer key, within its rate limit."""
    request.state.started = time.perf_counter()
    header = request.headers.get("authorization", "")
    scheme, _, key = header.partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise AuthenticationError("missing API key: send 'Authorization: Bearer <key>'")
    svc: Services = request.app.state.services
    master = svc.settings.master_key
    if master and hmac.compare_digest(key.encode(), master.encode()):
        principal = MASTER
    else:
        principal = svc.accounts.authenticate(key)
        if principal is None:
            raise AuthenticationError("invalid or revoked API key")
    request.state.principal = principal
    svc.limiter.check(f"key:{principal.key_id}", principal.rpm or svc.settings.rate_limit_rpm)
    return principal


def record_usage(
    request: Request,
    *,
    endpoint: str,
    model: str | None,
    prompt_tokens: int = 0,
    completion_tokens: int = 0,
    status: int = 200,
) -> None:
    principal: Principal | None = getattr(request.state, "principal", None)
    started = getattr(request.state, "started", None)
    latency_ms = (time.perf_counter() - started) * 1000 if started else 0.0
    request.app.state.services.accounts.record(
        UsageRecord(
            endpoint=endpoint,
            model=model,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            latency_ms=latency_ms,
            status=status,
            user_id=principal.user_id if principal else None,
            key_id=principal.key_id if principal else None,
        )
    )
