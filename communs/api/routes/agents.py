"""Albert's agents: ``GET /v1/agents/tools`` (the MCP server's tools) and ``POST /v1/agents/completions`` (a chat
completion whose model may call them, the calls run here as the caller: :mod:`communs.agents`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Literal

import httpx
import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from communs.accounts.sessions import CSRF_HEADER
from communs.accounts.store import Principal
from communs.agents import toolbox
from communs.agents.loop import Agent
from communs.api.deps import authenticate, chat_model, record_usage, services
from communs.api.routes.chat import JSON, SSE_HEADERS, ground
from communs.api.schemas import ChatBase, NamedToolChoice
from communs.errors import CommunsError, UnprocessableError
from communs.models.tools import tool_choice_problem
from communs.search.multiagent import Tokens

router = APIRouter()
ENDPOINT = "agents/completions"
FORWARDED = ("authorization", "cookie", CSRF_HEADER.lower())  # who calls: what a tool's route checks again


class ToolRef(BaseModel):
    """Albert's tool reference: ``{"type": "<tool name>"}``, ``{"type": "all"}``, or a client's ``function``
    (ignored, as Albert does: a client's own functions are for ``/v1/chat/completions``)."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(min_length=1, max_length=64)


def _every_tool() -> list[ToolRef | str]:
    return [ToolRef(type=toolbox.ALL)]


class AgentsRequest(ChatBase):
    tools: list[ToolRef | str] = Field(default_factory=_every_tool, max_length=128)
    tool_choice: Literal["none", "auto", "required"] | NamedToolChoice = "auto"

    def tool_names(self) -> list[str]:
        names = [ref if isinstance(ref, str) else ref.type for ref in self.tools]
        return [name for name in names if name != "function"]

    def choice(self) -> Any:
        return self.tool_choice.model_dump() if isinstance(self.tool_choice, NamedToolChoice) else self.tool_choice

    def upstream_body(self) -> dict[str, Any]:
        drop = {"model", "tools", "tool_choice", "search", "search_args", "stream", "stream_options"}
        return self.model_dump(exclude_none=True, exclude=drop)


@router.get("/agents/tools")
async def agents_tools(principal: Principal = Depends(authenticate)) -> dict:
    return {"object": "list", "data": toolbox.listed()}


@router.post("/agents/completions")
async def agents_completions(
    body: AgentsRequest, request: Request, principal: Principal = Depends(authenticate)
) -> Response:
    svc = services(request)
    tools = toolbox.select(body.tool_names())
    problem = tool_choice_problem(list(tools), body.choice())
    if problem:
        raise UnprocessableError(problem, param="tool_choice")
    model = chat_model(request, body.model)
    payload = body.upstream_body()
    tokens = Tokens()  # those of a multi-agent search's own model calls
    grounding = await ground(svc, principal, payload, body.search_args if body.search else None, model, tokens)
    auth = {name: value for name, value in request.headers.items() if name.lower() in FORWARDED}
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=request.app), base_url="http://communs", timeout=None)
    agent = Agent(
        model,
        body.model or model.id,
        payload,
        toolbox.Toolbox(client, auth, tools),
        tool_choice=body.choice(),
        max_iterations=svc.settings.agent_max_iterations,
    )
    agent.prompt_tokens, agent.completion_tokens = tokens.prompt, tokens.completion
    if grounding is not None:
        agent.search_results.extend(grounding.search_results())
    if body.stream:
        wants_usage = bool((body.stream_options or {}).get("include_usage"))
        return await _stream(request, agent, client, wants_usage)
    try:
        result = await agent.complete()
    finally:
        await client.aclose()
    _record(request, agent)
    return Response(orjson.dumps(result), media_type=JSON)


def _record(request: Request, agent: Agent, status: int = 200) -> None:
    record_usage(
        request,
        endpoint=ENDPOINT,
        model=agent.model.id,
        prompt_tokens=agent.prompt_tokens,
        completion_tokens=agent.completion_tokens,
        status=status,
    )


async def _stream(request: Request, agent: Agent, client: httpx.AsyncClient, wants_usage: bool) -> Response:
    chunks = agent.stream(wants_usage)
    try:  # the first chunk before the 200, so that an error before any text keeps its HTTP status
        first = await chunks.__anext__()
    except BaseException as exc:
        await chunks.aclose()
        await client.aclose()
        _record(request, agent, exc.status_code if isinstance(exc, CommunsError) else 500)
        raise

    async def events() -> AsyncIterator[bytes]:
        status = 200
        try:
            chunk: dict | None = first
            while chunk is not None:
                yield b"data: " + orjson.dumps(chunk) + b"\n\n"
                chunk = await anext(chunks, None)
            yield b"data: [DONE]\n\n"
        except CommunsError as exc:
            status = exc.status_code
            yield b"data: " + orjson.dumps(exc.to_dict()) + b"\n\n"
        finally:
            await chunks.aclose()
            await client.aclose()
            _record(request, agent, status)

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)
