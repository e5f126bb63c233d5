"""One Redis client per process: short timeouts (an unreachable Redis is a quick 503, never a hang), one
immediate retry (a pooled connection that died with a Redis restart is replaced at once), and errors that
name the server without its password."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from communs.config import Settings
from communs.errors import ConfigurationError

TIMEOUT_SECONDS = 1.0  # connect and read; Redis answers a healthy gateway in well under a millisecond


def redact(url: str) -> str:
    """The URL with its password (if any) replaced by ``***``, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def connect(url: str) -> redis.Redis:
    """A client for ``url`` (no connection is opened yet). No CLIENT SETINFO nor health-check PING before
    commands: each would be one more timeout to wait for when Redis hangs."""
    return redis.Redis.from_url(
        url,
        socket_timeout=TIMEOUT_SECONDS,
        socket_connect_timeout=TIMEOUT_SECONDS,
        retry=Retry(NoBackoff(), 1),
        driver_info=None,
    )


def with_health_checks(client: redis.Redis, seconds: float) -> redis.Redis:
    """A client on the same server whose idle connections are PINGed every ``seconds`` (for a subscription,
    which otherwise would not notice a server that silently went away)."""
    pool = client.connection_pool
    kwargs = {**pool.connection_kwargs, "health_check_interval": seconds}
    return redis.Redis(connection_pool=redis.ConnectionPool(connection_class=pool.connection_class, **kwargs))


def connect_checked(settings: Settings) -> redis.Redis | None:
    """The settings' Redis, checked with a PING; None without ``redis_url``. Unreachable: a one-line
    ``ConfigurationError`` naming the (password-redacted) URL."""
    if not settings.redis_url:
        return None
    try:
        client = connect(settings.redis_url)
    except ValueError as exc:
        raise ConfigurationError(f"COMMUNS_REDIS_URL is not a Redis URL ({exc})") from None
    try:
        client.ping()
    except redis.RedisError as exc:
        client.close()
        raise ConfigurationError(f"Redis not reachable at {redact(settings.redis_url)} ({exc})") from None
    return client


def key(settings: Settings, *parts: str) -> str:
    """A Redis key or channel name under the deployment's prefix."""
    return ":".join((settings.redis_prefix, *parts))
