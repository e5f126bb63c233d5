"""The MCP server: lists the tools, and calls each one by calling its API route with the caller's key.

A route's answer is the tool's result (its JSON as text, and as structured content); a route's error (a bad
argument, an unknown collection, a refused key) is a tool result flagged ``isError`` carrying the API's error
body, so that the model calling the tool reads why and can correct itself. An unknown tool is an MCP error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
import mcp_types as types
import orjson
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.shared.exceptions import MCPError

from communs import __version__
from communs.apps.registry import Tool
from communs.errors import CommunsError, InvalidRequestError, UpstreamError
from communs.mcp.tools import all_tools, input_schema

# Who calls: the API key of the MCP request (None: none was given)
KeyOf = Callable[[ServerRequestContext[Any, Any]], str | None]
INSTRUCTIONS = (
    "communs: French public-service AI. Search your document collections ('collections', then 'search'), "
    "and use the apps: simplify a text, audit a form, extract a prescription, classify a system under the "
    "EU AI Act or ask the Act, ask a case file, orient a person, guide a step on a web page."
)


def _result(status: int, data: Any) -> types.CallToolResult:
    text = orjson.dumps(data).decode()
    structured = data if isinstance(data, dict) else None
    if status >= 400:
        return types.CallToolResult(
            content=[types.TextContent(text=text)], structured_content=structured, is_error=True
        )
    return types.CallToolResult(content=[types.TextContent(text=text)], structured_content=structured)


def error_body(error: CommunsError) -> dict[str, Any]:
    """A route's error as the API writes it: OpenAI's ``error`` and Albert's ``detail``."""
    return {**error.to_dict(), "detail": error.message}


async def call_route(
    client: httpx.AsyncClient, tool: Tool, arguments: dict[str, Any], headers: dict[str, str]
) -> tuple[int, Any]:
    """Call ``tool``'s route with ``arguments`` (path parameters, then the body or the query), the caller's
    credentials in ``headers``: its status and its JSON answer (or ``{"text": …}``)."""
    body = {k: v for k, v in arguments.items() if k not in tool.hidden}
    path = tool.path
    for name, _ in tool.params:
        value = body.pop(name, None)
        if not isinstance(value, str | int) or isinstance(value, bool) or str(value).strip() in ("", ".", ".."):
            refused = InvalidRequestError(f"'{name}' (a string) is required", param=name)
            return refused.status_code, error_body(refused)
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    try:
        if tool.method == "GET":
            query = {k: v for k, v in body.items() if v is not None}
            response = await client.get(path, params=query, headers=headers)
        else:
            response = await client.request(tool.method, path, json=body, headers=headers)
    except httpx.HTTPError as exc:  # a remote server (communs mcp --url) that does not answer
        error = UpstreamError(f"the API did not answer: {exc}")
        return error.status_code, error_body(error)
    try:
        data = response.json()
    except ValueError:
        data = {"text": response.text}
    return response.status_code, data


async def forward(
    client: httpx.AsyncClient, tool: Tool, arguments: dict[str, Any], key: str | None
) -> types.CallToolResult:
    """Call ``tool``'s route with ``arguments`` as ``key``: the route's answer as the tool's result."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return _result(*await call_route(client, tool, arguments, headers))


def make_server(client: httpx.AsyncClient, key_of: KeyOf) -> Server[Any]:
    """The MCP server over the API that ``client`` reaches; ``key_of`` tells each call's API key."""
    tools = {tool.name: tool for tool in all_tools()}
    listed = [
        types.Tool(name=tool.name, description=tool.description, input_schema=input_schema(tool))
        for tool in tools.values()
    ]

    async def list_tools(
        ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=listed)

    async def call_tool(
        ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        tool = tools.get(params.name)
        if tool is None:
            raise MCPError(code=types.INVALID_PARAMS, message=f"unknown tool {params.name!r}")
        return await forward(client, tool, params.arguments or {}, key_of(ctx))

    return Server(
        "communs",
        version=__version__,
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )
