"""``communs mcp``: communs as an MCP server on stdin/stdout (for Claude Desktop, an IDE, an agent)."""

from __future__ import annotations

import asyncio

import typer

from communs.errors import AuthenticationError


def register(app: typer.Typer) -> None:
    app.command("mcp")(mcp)


def mcp(
    api_key: str = typer.Option(
        None, "--api-key", envvar="COMMUNS_API_KEY", help="The API key the tools are called with (or $COMMUNS_API_KEY)."
    ),
    url: str = typer.Option(
        None,
        "--url",
        envvar="COMMUNS_API_URL",
        help="A communs server to call (e.g. https://communs.example.fr); default: the API in this process.",
    ),
) -> None:
    """Serve MCP on stdio: search over your collections and each app, as tools."""
    from communs.mcp.stdio import serve_stdio

    if not api_key:
        raise AuthenticationError("an API key is needed: --api-key or COMMUNS_API_KEY")
    asyncio.run(serve_stdio(api_key, url))
