"""Log lines as text or JSON, each carrying the id of the HTTP request it belongs to.

The request id lives in a context variable set by the middleware (``communs.observability.middleware``): every
line logged while a request is handled, in the route, a provider, or a task the request started, carries it.

    {"time": "2026-12-06T20:41:07.118Z", "level": "WARNING", "logger": "communs.models.registry",
     "message": "model chat: provider ... failed: ...", "request_id": "9f0c..."}
"""

from __future__ import annotations

import logging
import re
import sys
import time
from contextvars import ContextVar

import orjson

request_id: ContextVar[str] = ContextVar("request_id", default="")

# what a client may send as X-Request-ID (anything else is replaced by a fresh id)
_VALID_ID = re.compile(r"[A-Za-z0-9._:/+=-]{1,128}")
# fields a record may carry (``log.info(..., extra={...})``) that the JSON line keeps
_EXTRA_FIELDS = ("method", "route", "path", "status", "duration_ms", "model", "provider", "job", "kind")
# libraries that log every call at INFO: too chatty for a server log, and on the hot path
_QUIET = ("httpx", "httpx2", "httpcore", "multipart", "python_multipart")
_UVICORN = ("uvicorn", "uvicorn.error", "uvicorn.access")


def valid_request_id(value: str) -> bool:
    return _VALID_ID.fullmatch(value) is not None


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        seconds = record.created
        data: dict[str, object] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{int(seconds % 1 * 1000):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = getattr(record, "request_id", "")
        if rid:
            data["request_id"] = rid
        for name in _EXTRA_FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                data[name] = value
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(data, default=str).decode()


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        rid = getattr(record, "request_id", "")
        return f"{line} [request_id={rid}]" if rid else line


def configure_logging(fmt: str = "text", level: str = "INFO") -> None:
    """One handler on the root logger (stderr) in ``fmt``; uvicorn's loggers go through it too. Idempotent."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_communs", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    handler.addFilter(RequestIdFilter())
    handler._communs = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name in _UVICORN:
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
