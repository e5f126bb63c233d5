"""The tools an agent may call: the MCP server's registry, selected by Albert's ``tools`` field, run as the caller.

Albert names a tool by ``{"type": "<name>"}`` (``{"type": "all"}``: every tool; ``{"type": "function", …}``: a
client's own function, not run here, ignored as Albert does); older Albert clients send the bare names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson

from communs.apps.registry import Tool
from communs.errors import NotFoundError
from communs.mcp.server import call_route
from communs.mcp.tools import all_tools, input_schema
from communs.search.rag import label

SERVER = "communs"  # Albert's tools come from MCP servers behind a bridge; ours from this one
ALL = "all"
MAX_RESULT_CHARS = 4000  # what the model reads of one tool's answer (a small model's context is 4096 tokens)
MAX_PASSAGE_CHARS = 1000


def listed() -> list[dict[str, Any]]:
    """Every tool as Albert's ``/v1/agents/tools`` lists it."""
    return [
        {
            "object": "tool",
            "server": SERVER,
            "name": tool.name,
            "description": tool.description,
            "input_schema": input_schema(tool),
            "annotations": None,
        }
        for tool in all_tools()
    ]


def select(requested: Iterable[str]) -> dict[str, Tool]:
    """The tools named (``all``: every one); an unknown name is a 404 (Albert's ``Tool not found``)."""
    tools = {tool.name: tool for tool in all_tools()}
    chosen: dict[str, Tool] = {}
    for name in requested:
        if name == ALL:
            return tools
        if name not in tools:
            raise NotFoundError(f"Tool not found {name}", code="tool_not_found", param="tools")
        chosen[name] = tools[name]
    return chosen


BOUNDS = frozenset({"title", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems"})
BOUNDS |= {"minLength", "maxLength"}


def lean(schema: Any) -> Any:
    """A JSON Schema without titles and bounds: what a model needs to write the arguments. The route checks the
    bounds (a value out of them is an error result the model reads); a grammar built from 64-bit integer ranges
    makes a CPU engine spend minutes on a call."""
    if isinstance(schema, dict):
        return {k: lean(v) for k, v in schema.items() if k not in BOUNDS or not isinstance(v, int | float | str)}
    if isinstance(schema, list):
        return [lean(item) for item in schema]
    return schema


def function_spec(tool: Tool) -> dict[str, Any]:
    """A tool as a chat model is shown it (OpenAI's function tool, its arguments' schema made :func:`lean`)."""
    function = {"name": tool.name, "description": tool.description, "parameters": lean(input_schema(tool))}
    return {"type": "function", "function": function}


@dataclass
class ToolResult:
    """One call's answer: the route's ``status`` and JSON ``data``, and the ``text`` the model reads."""

    status: int
    data: Any
    text: str

    @property
    def search_results(self) -> list[dict[str, Any]]:
        """The chunks found, when the tool was a search that answered (Albert's ``search_results``)."""
        if self.status >= 400 or not isinstance(self.data, dict) or self.data.get("object") != "list":
            return []
        return [item for item in self.data.get("data") or [] if isinstance(item, dict) and "chunk" in item]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def result_text(status: int, data: Any) -> str:
    """What the model reads of a route's answer: an error's message; found passages as labelled extracts (the
    citation ``[document, p. N]`` then the text); anything else as JSON; clipped to ``MAX_RESULT_CHARS``."""
    if status >= 400:
        detail = data.get("detail") if isinstance(data, dict) else None
        return f"Erreur {status} : {detail if isinstance(detail, str) else orjson.dumps(data).decode()}"
    items = data.get("data") if isinstance(data, dict) else None
    if isinstance(items, list) and items and all(isinstance(i, dict) and "chunk" in i for i in items):
        passages = [(label(item), str(item["chunk"].get("content", ""))) for item in items]
        blocks = [f"[{where}]\n{_clip(text, MAX_PASSAGE_CHARS)}" for where, text in passages]
        return _clip("\n\n".join(blocks), MAX_RESULT_CHARS)
    if isinstance(items, list) and not items:
        return "Aucun résultat."
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k != "usage"}
    return _clip(orjson.dumps(data).decode(), MAX_RESULT_CHARS)


@dataclass
class Toolbox:
    """The tools of one request, run through the API (``client``) with the caller's credentials (``auth``)."""

    client: httpx.AsyncClient
    auth: dict[str, str]
    tools: dict[str, Tool] = field(default_factory=dict)

    def specs(self) -> list[dict[str, Any]]:
        return [function_spec(tool) for tool in self.tools.values()]

    async def run(self, name: str, arguments: str) -> ToolResult:
        """Run one call (``arguments``: the model's JSON text); a tool not offered or arguments that are not a
        JSON object are an error result the model reads, as a route's refusal is."""
        tool = self.tools.get(name)
        if tool is None:
            return ToolResult(404, {"detail": f"Tool not found {name}"}, f"Erreur 404 : outil inconnu {name!r}")
        try:
            parsed = orjson.loads(arguments or "{}")
        except orjson.JSONDecodeError:
            parsed = None
        if not isinstance(parsed, dict):
            text = "Erreur 400 : les arguments doivent être un objet JSON"
            return ToolResult(400, {"detail": "arguments must be a JSON object"}, text)
        status, data = await call_route(self.client, tool, parsed, self.auth)
        return ToolResult(status, data, result_text(status, data))
