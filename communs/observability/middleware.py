"""One ASGI middleware per request: its id (``X-Request-ID`` in and out, on every log line), the in-flight gauge,
the latency histogram by route template, and (``access_log``) one log line. Pure ASGI: a few microseconds."""

from __future__ import annotations

import logging
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from communs.observability import metrics
from communs.observability.logs import request_id, valid_request_id

log = logging.getLogger("communs.access")
HEADER = b"x-request-id"


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
            rid = uuid.uuid4().hex
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
            # the template the router matched (/v1/collections/{collection_id}), never the raw path: a scan of
            # random URLs must not create one time series per URL
            route = getattr(scope.get("route"), "path", None) or "unmatched"
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
