"""Authenticate a /v1 request from its headers before its body is read.

Without it, FastAPI reads (and parses) a request's body to solve the route's parameters before the
``authenticate`` dependency runs: anyone could make the server read a 95 MiB upload, or learn from a 400/422 what
a route expects, without a key. :class:`AuthGate` answers those with the 401 (or 403, 429) the route would give,
before a byte of the body is read; the caller it found is kept in the request's state for ``authenticate``.
"""

from __future__ import annotations

import anyio
import sqlalchemy as sa
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from communs.api.deps import identify, services
from communs.api.responses import error_response
from communs.db import is_unavailable, unavailable
from communs.errors import CommunsError

GUARDED = "/v1"  # every route under it needs a key (or a web session)


def _has_body(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if (name == b"content-length" and value.strip() not in (b"", b"0")) or name == b"transfer-encoding":
            return True
    return False


class AuthGate:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not (path == GUARDED or path.startswith(GUARDED + "/")):
            await self.app(scope, receive, send)
            return
        request = Request(scope)  # headers and cookies only: no receive, so nothing can read the body here
        retry_after = None
        try:
            # off the event loop: the key's lookup may be a database round trip
            request.state.principal = await anyio.to_thread.run_sync(identify, request)
        except (CommunsError, sa.exc.SQLAlchemyError) as exc:
            if isinstance(exc, CommunsError):
                error = exc
            elif is_unavailable(exc):  # the database down: 503 until it is back, as the routes answer
                error, retry_after = unavailable(services(request).accounts.engine.url, exc), "5"
            else:
                raise
            response = error_response(error)
            if retry_after:
                response.headers["Retry-After"] = retry_after
            if _has_body(scope):  # hang up after the answer rather than read and drop the body
                response.headers["Connection"] = "close"
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
