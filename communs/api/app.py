"""The FastAPI application: OpenAI/Albert-compatible /v1 routes over the model registry, and the web app."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from contextlib import asynccontextmanager

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from communs import __version__
from communs.accounts.limits import RateLimiter
from communs.accounts.sessions import SessionStore
from communs.accounts.store import ensure_master_key, open_store
from communs.api.bodies import JsonDepthLimit
from communs.api.deps import Services, authenticate
from communs.api.gate import AuthGate
from communs.api.responses import error_body, error_response, truthful_openapi
from communs.api.routes import (
    admin,
    agents,
    audio,
    chat,
    collections,
    completions,
    embeddings,
    files,
    jobs,
    models,
    parse,
    rerank,
    responses,
    search,
    usage,
)
from communs.apps.registry import installed
from communs.config import Settings, get_settings, stay_offline
from communs.db import is_unavailable, unavailable
from communs.errors import CommunsError, PayloadTooLargeError, PermissionDeniedError
from communs.jobs.queue import open_queue
from communs.mcp.http import McpEndpoint
from communs.models.registry import Registry
from communs.observability import metrics
from communs.observability.logs import configure_logging
from communs.observability.middleware import Observability
from communs.search.ingest import open_search
from communs.state.connection import connect_checked
from communs.web import routes as web_routes

log = logging.getLogger(__name__)


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    parts = []
    param = None
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "form")]
        where = ".".join(loc) or "body"
        param = param or where
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request", param


class UploadLimit:
    """Refuse request bodies over ``limit`` bytes with a 413, before they are read into memory."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = PayloadTooLargeError(f"request body over the limit of {self.limit // (1024 * 1024)} MiB")
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await error_response(too_large)(scope, receive, send)
                return
        received = 0
        rejected = False

        async def limited_receive() -> Message:
            nonlocal received, rejected
            if rejected:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    # Answer 413 now and tell the app the client is gone: whatever the app does with
                    # that (FastAPI turns a broken form into a 400), its own response is dropped.
                    rejected = True
                    await error_response(too_large)(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not rejected:
                await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not rejected:
                raise


def serving_settings() -> Settings:
    """The settings of a server process: the environment's and config file's, and the master key kept in the
    data home when none is set (``communs serve`` creates it before its workers start)."""
    settings = get_settings()
    if not settings.master_key:
        settings.master_key = ensure_master_key(settings.home)[0]
    return settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """The application; without ``settings`` (``uvicorn --factory communs.api.app:create_app``, each worker of
    ``communs serve --workers N``), those of :func:`serving_settings`."""
    stay_offline()
    settings = settings or serving_settings()
    configure_logging(settings.log_format, settings.log_level)
    shared = connect_checked(settings)  # None without COMMUNS_REDIS_URL; unreachable: a ConfigurationError

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.services.accounts.listen_for_invalidations()
        await app.state.job_queue.start()  # in process: resumes the jobs a restart cut short; fleet: only enqueues
        interval = settings.provider_health_interval
        watch = asyncio.create_task(app.state.services.registry.watch(interval)) if interval > 0 else None
        async with mcp_endpoint.running():
            yield
        if watch is not None:
            watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watch
        if getattr(app.state, "dossier_runner", None) is not None:
            await app.state.dossier_runner.aclose()  # in process: running jobs go back to the queue
        await app.state.job_queue.aclose()
        metrics.process_exited()
        await app.state.services.registry.aclose()
        app.state.services.accounts.close()
        app.state.services.search.store.close()
        if shared is not None:
            shared.close()

    app = FastAPI(
        title="communs",
        version=__version__,
        lifespan=lifespan,
        description="Sovereign generative AI for French public services (OpenAI/Albert-compatible API).",
        # off in production (settings.env): the schema lists every route a caller without a key could try
        openapi_url="/openapi.json" if settings.api_docs else None,
        docs_url="/docs" if settings.api_docs else None,
        redoc_url="/redoc" if settings.api_docs else None,
    )
    registry = Registry(settings)
    accounts = open_store(settings, shared)
    app.state.services = Services(
        settings=settings,
        registry=registry,
        accounts=accounts,
        limiter=RateLimiter.for_settings(settings, shared),
        search=open_search(settings, registry),
        sessions=SessionStore(accounts.engine),
    )
    app.state.job_queue = open_queue(settings, registry)  # long jobs: dossiers, large ingestions, transcriptions

    @app.exception_handler(CommunsError)
    async def _communs_error(request: Request, exc: CommunsError) -> JSONResponse:
        if exc.status_code >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc.message)
        return error_response(exc)

    @app.exception_handler(sa.exc.SQLAlchemyError)
    async def _database_error(request: Request, exc: sa.exc.SQLAlchemyError) -> JSONResponse:
        """The database down (or unreachable, or its pool exhausted): 503, until the pool's pre-ping finds it
        back; any other database error is a 500 (logged with its traceback by the server)."""
        if not is_unavailable(exc):
            raise exc
        error = unavailable(accounts.engine.url, exc)
        log.warning("%s %s: %s", request.method, request.url.path, error.message)
        return JSONResponse(
            error_body(error.to_dict()["error"]), status_code=error.status_code, headers={"Retry-After": "5"}
        )

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        # 422 as Albert (and FastAPI) answer; OpenAI's SDK raises UnprocessableEntityError on it.
        message, param = _validation_message(exc)
        error = {"message": message, "type": "invalid_request_error", "param": param, "code": "invalid_request"}
        detail = [{k: v for k, v in e.items() if k in ("type", "loc", "msg")} for e in exc.errors()]
        return JSONResponse(error_body(error, jsonable_encoder(detail)), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = "not_found" if exc.status_code == 404 else "invalid_request"
        error = {"message": str(exc.detail), "type": "invalid_request_error", "param": None, "code": kind}
        return JSONResponse(error_body(error), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
        """Any other exception: a 500 in the OpenAI shape, no traceback to the client (the server logs it)."""
        return JSONResponse(
            {"error": {"message": "internal server error", "type": "server_error", "param": None, "code": None}},
            status_code=500,
        )

    @app.get("/health", include_in_schema=False)
    async def health() -> dict:
        return {"status": "ok", "version": __version__}

    if settings.metrics != "off":

        @app.get("/metrics", include_in_schema=False)
        async def prometheus_metrics(request: Request) -> Response:
            """Prometheus' text format; an admin key is needed unless ``metrics: public``."""
            if settings.metrics == "admin" and not authenticate(request).is_admin:
                raise PermissionDeniedError("/metrics needs an admin key")
            return Response(metrics.render(), media_type=metrics.CONTENT_TYPE)

    apps = installed()
    for module in (
        models,
        chat,
        completions,
        responses,
        agents,
        embeddings,
        audio,
        collections,
        files,
        parse,
        search,
        rerank,
        usage,
        admin,
        jobs,
    ):
        app.include_router(module.router, prefix="/v1")
    for found in apps:
        router = found.api_router()
        if router is not None:
            app.include_router(router, prefix="/v1")
    mcp_endpoint = McpEndpoint(app, error_response)  # MCP over streamable HTTP (communs.mcp)
    app.router.routes.append(Route("/mcp", endpoint=mcp_endpoint, methods=["GET", "POST", "DELETE"]))
    # the web app: pages at the root, our assets, the apps' and the DSFR's under /static
    web_routes.mount(app, apps, official=settings.web_official_branding)
    app.add_middleware(JsonDepthLimit)  # inside UploadLimit: bodies it reads are already bounded
    app.add_middleware(UploadLimit, limit=settings.max_upload_bytes)
    app.add_middleware(AuthGate)  # outside the body limits: a /v1 request without a valid key is refused unread
    app.add_middleware(Observability, access_log=settings.access_log)  # outermost: sees every answer
    truthful_openapi(app)
    return app
