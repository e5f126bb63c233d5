"""The MCP tools: the platform's own (collections, search) and those each installed app declares (``App.mcp``)."""

from __future__ import annotations

import logging
from typing import Any, Literal

from pydantic import BaseModel, Field

from communs.apps.registry import Tool, installed

log = logging.getLogger(__name__)


class CollectionsQuery(BaseModel):
    """The query of GET /v1/collections that a tool offers (the route's own parameters, narrowed)."""

    name: str | None = Field(None, description="Only the collections of this name.")
    visibility: Literal["private", "public"] | None = Field(None, description="Only private or only public ones.")


PLATFORM: tuple[Tool, ...] = (
    Tool(
        "collections",
        "List the document collections you can search: your own and the public ones (id, name, description).",
        path="/v1/collections",
        body=CollectionsQuery,
        method="GET",
    ),
    Tool(
        "search",
        "Search your collections and the public ones (lexical, semantic or hybrid): the passages that best "
        "answer the prompt, with their document and score. Collection ids come from the 'collections' tool.",
        path="/v1/search",
        body="communs.api.routes.search:SearchRequest",
    ),
)


def all_tools() -> list[Tool]:
    """The platform's tools, then each installed app's; a name already taken is left out, with a warning."""
    found: dict[str, Tool] = {}
    for tool in [*PLATFORM, *(t for app in installed() for t in app.mcp_tools())]:
        if tool.name in found:
            log.warning("MCP tool %r is declared twice: the second one is left out", tool.name)
            continue
        found[tool.name] = tool
    return list(found.values())


def input_schema(tool: Tool) -> dict[str, Any]:
    """The tool's arguments as a JSON Schema: its path parameters, then its request model's fields."""
    model = tool.body_model()
    schema: dict[str, Any] = model.model_json_schema() if model is not None else {}
    schema["type"] = "object"
    properties: dict[str, Any] = {
        name: {"type": "string", "description": description} for name, description in tool.params
    }
    properties.update((k, v) for k, v in schema.get("properties", {}).items() if k not in tool.hidden)
    required = [name for name, _ in tool.params]
    required += [k for k in schema.get("required", []) if k not in tool.hidden]
    schema["properties"] = properties
    if required:
        schema["required"] = required
    else:
        schema.pop("required", None)
    return schema
