"""``communs mcp``: the MCP server on stdin/stdout, for one API key, over the API in this process or a remote one."""

from __future__ import annotations

import contextlib
from typing import Any

import httpx
from mcp.server.stdio import stdio_server

from communs.errors import AuthenticationError, CommunsError, ServiceUnavailableError
from communs.mcp.server import make_server


async def _check_key(client: httpx.AsyncClient, key: str) -> None:
    """Refuse to start with a key the API refuses: the client learns it at once, not at its first tool call."""
    try:
        response = await client.get("/v1/models", headers={"Authorization": f"Bearer {key}"})
    except httpx.HTTPError as exc:
        raise ServiceUnavailableError(f"the API at {client.base_url} does not answer: {exc}") from None
    if response.status_code in (401, 403):
        raise AuthenticationError(f"the API refuses the key: {_message(response)}")
    if response.status_code >= 400:
        raise CommunsError(f"the API answers {response.status_code}: {_message(response)}")


def _message(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return response.text[:200]


async def serve_stdio(key: str, url: str | None = None) -> None:
    """Serve MCP on stdio until stdin closes; with ``url``, over that server's API, else over one made here."""
    async with contextlib.AsyncExitStack() as stack:
        if url:
            client = httpx.AsyncClient(base_url=url.rstrip("/"), timeout=None)
            await stack.enter_async_context(client)
            await _check_key(client, key)
        else:
            from communs.api.app import create_app

            app = create_app()
            transport = httpx.ASGITransport(app=app)
            client = httpx.AsyncClient(transport=transport, base_url="http://communs", timeout=None)
            await stack.enter_async_context(client)
            await _check_key(client, key)  # before the lifespan: its task groups would wrap the error
            await stack.enter_async_context(app.router.lifespan_context(app))
        server = make_server(client, lambda ctx: key)
        read, write = await stack.enter_async_context(stdio_server())
        options: Any = server.create_initialization_options()
        await server.run(read, write, options)
