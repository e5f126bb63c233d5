"""``/mcp`` on the API: the MCP server over streamable HTTP, for a caller with an API key (``Authorization: Bearer``).

Stateless (each POST stands alone, answered as JSON): any worker of a fleet serves any request. A request without
a valid key is refused with a 401 before the MCP server sees it; each tool call then calls its route in this
process with the same key, so that the route checks it again, counts it against the key's limits and records it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
from fastapi import FastAPI
from mcp.server.context import ServerRequestContext
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from communs.api.deps import principal_for_key
from communs.errors import AuthenticationError, CommunsError, ServiceUnavailableError
from communs.mcp.server import make_server


def bearer(headers: Headers) -> str | None:
    scheme, _, key = headers.get("authorization", "").partition(" ")
    return key.strip() or None if scheme.lower() == "bearer" else None


def _key_of(ctx: ServerRequestContext[Any, Any]) -> str | None:
    request = ctx.request
    headers = getattr(request, "headers", None)
    return bearer(headers) if isinstance(headers, Headers) else None


class McpEndpoint:
    """The ASGI app routed at ``/mcp``; :meth:`running` is entered by the API's lifespan; ``refuse`` makes the
    API's error response."""

    def __init__(self, api: FastAPI, refuse: Callable[[CommunsError], Response]) -> None:
        self.api = api
        self.refuse = refuse
        self.manager: StreamableHTTPSessionManager | None = None

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Serve while the API runs (a manager runs once: each start of the API makes its own)."""
        transport = httpx.ASGITransport(app=self.api)
        async with httpx.AsyncClient(transport=transport, base_url="http://communs", timeout=None) as client:
            manager = StreamableHTTPSessionManager(make_server(client, _key_of), stateless=True, json_response=True)
            async with manager.run():
                self.manager = manager
                try:
                    yield
                finally:
                    self.manager = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = bearer(Headers(scope=scope))
        if self.manager is None:
            refused: CommunsError = ServiceUnavailableError("the MCP server is not running (the API is not started)")
        elif key is None:
            refused = AuthenticationError("missing API key: send 'Authorization: Bearer <key>'")
        elif await asyncio.to_thread(principal_for_key, self.api.state.services, key) is None:
            refused = AuthenticationError("invalid or revoked API key")
        else:
            await self.manager.handle_request(scope, receive, send)
            return
        response = self.refuse(refused)
        if isinstance(refused, AuthenticationError):
            response.headers["WWW-Authenticate"] = "Bearer"
        await response(scope, receive, send)
