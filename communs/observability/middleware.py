"""One ASGI middleware per request: its id (``X-Request-ID`` in and out, on every log line), the in-flight gauge,
the latency histogram by route template, and (``access_log``) one log line. Pure ASGI: a few microseconds."""

from __future__ import annotations

import logging
import random
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from communs.observability import metrics
from communs.observability.logs import request_id, valid_request_id

log = logging.getLogger("communs.access")
HEADER = b"x-request-id"


def route_template(scope: Scope, status: int) -> str:
    """The template of the route that answered (``/v1/collections/{collection_id}``), never the raw path: a scan
    of random URLs must not make one time series per URL. Rebuilt from the path and the path parameters the router
    put in the scope, so that it holds however routers are nested."""
    params = scope.get("path_params") or {}
    if scope.get("route") is None and not params:
        if status == 404:
            return "unmatched"
        # a mount (static files) leaves no route in this scope: its first segment (a bounded set)
        return "/" + scope["path"].strip("/").split("/", 1)[0] + "/{path}"
    path: str = scope["path"]
    if not params:
        return path
    segments = path.split("/")
    for name, value in params.items():
        text = str(value)
        if "/" in text:  # a {name:path} parameter: the end of the path
            joined = "/".join(segments)
            if text and joined.endswith(text):
                segments = (joined[: -len(text)] + "{" + name + "}").split("/")
            continue
        for i in range(len(segments) - 1, -1, -1):
            if segments[i] == text:
                segments[i] = "{" + name + "}"
                break
    return "/".join(segments)


class Observability:
    def __init__(self, app: ASGIApp, *, access_log: bool = False) -> None:
        self.app = app
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = ""
        for name, value in scope["headers"]:
            if name == HEADER:
                rid = value.decode("latin-1")
                break
        if not valid_request_id(rid):
            rid = f"{random.getrandbits(128):032x}"  # an id, not a secret: no system call (uuid4 costs ~10x)
        token = request_id.set(rid)
        status = 500  # what an exception that escapes every handler becomes
        header = (HEADER, rid.encode())

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), header]
            await send(message)

        started = time.perf_counter()
        metrics.REQUESTS_IN_FLIGHT.inc()
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            metrics.REQUESTS_IN_FLIGHT.dec()
            route = route_template(scope, status)
            metrics.observe_request(scope["method"], route, status, seconds)
            if self.access_log:
                log.info(
                    "%s %s %d %.1f ms",
                    scope["method"],
                    scope["path"],
                    status,
                    seconds * 1000,
                    extra={
                        "method": scope["method"],
                        "route": route,
                        "path": scope["path"],
                        "status": status,
                        "duration_ms": round(seconds * 1000, 2),
                    },
                )
            request_id.reset(token)
