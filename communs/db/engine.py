"""The one place that turns ``Settings.database_url`` into a SQLAlchemy engine.

SQLite (the embedded default): WAL, foreign keys, a 30 s busy timeout. PostgreSQL (a fleet): the psycopg 3 driver
(``postgresql://`` is read as ``postgresql+psycopg://``; the ``fleet`` extra installs it), a checked-out connection
is pinged first (``pool_pre_ping``) so that a server restart costs no failed request once it is back, and a short
connect timeout so that an outage answers 503 at once rather than holding request threads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from communs.errors import ConfigurationError, DatabaseUnavailableError

CONNECT_TIMEOUT_S = 5
POOL_SIZE = 5  # per process: each request holds a connection for one short query
MAX_OVERFLOW = 10
POOL_TIMEOUT_S = 10  # waiting for a free connection longer than this is an outage, not a queue
POOL_RECYCLE_S = 1800  # under the idle timeouts of the usual proxies (PgBouncer, cloud load balancers)


def normalize_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` mean psycopg 3, the driver this project ships (extra ``fleet``)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def redact_url(url: str | sa.URL) -> str:
    """The URL with its password hidden, for logs and error messages."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except sa.exc.ArgumentError:
        return "<URL de base de données illisible>"
    return parsed.render_as_string(hide_password=True)


def is_sqlite(url: str | sa.URL) -> bool:
    return (make_url(url) if isinstance(url, str) else url).get_backend_name() == "sqlite"


def sqlite_path(url: str | sa.URL) -> Path | None:
    """The file of a SQLite URL (None for an in-memory database)."""
    database = (make_url(url) if isinstance(url, str) else url).database
    return Path(database) if database and database != ":memory:" else None


def make_engine(url: str, *, transactional_ddl: bool = False, pool_size: int = POOL_SIZE) -> sa.Engine:
    """An engine for ``url``. ``transactional_ddl`` (SQLite only, for migrations): every transaction starts with
    ``BEGIN IMMEDIATE``, so that a failed migration's ``CREATE``/``ALTER`` roll back too (Python's sqlite3 otherwise
    runs DDL outside any transaction), and foreign keys are not enforced: Alembic's batch mode rebuilds a table by
    dropping it, which would cascade to the rows that reference it (``communs.db.migrate`` checks them after)."""
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError:
        raise ConfigurationError(f"database_url is not a database URL: {redact_url(url)}") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, transactional_ddl)
    options: dict[str, Any] = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "postgresql":
        options.update(
            pool_size=pool_size,
            max_overflow=MAX_OVERFLOW,
            pool_timeout=POOL_TIMEOUT_S,
            pool_recycle=POOL_RECYCLE_S,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "communs"},
        )
    try:
        return sa.create_engine(parsed, **options)
    except (ImportError, sa.exc.NoSuchModuleError):
        hint = (
            " (install the 'fleet' extra: pip install 'communs[fleet]')"
            if parsed.drivername.endswith("psycopg")
            else ""
        )
        raise ConfigurationError(f"no database driver for {redact_url(parsed)}{hint}") from None


def _sqlite_engine(url: sa.URL, transactional_ddl: bool) -> sa.Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @sa.event.listens_for(engine, "connect")
    def _pragmas(conn, _record):  # pragma: no cover - run by SQLAlchemy
        cur = conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA foreign_keys={'OFF' if transactional_ddl else 'ON'}")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()
        if transactional_ddl:
            conn.isolation_level = None  # the driver's own BEGIN handling off: ours below

    if transactional_ddl:

        @sa.event.listens_for(engine, "begin")
        def _begin(conn):  # pragma: no cover - run by SQLAlchemy
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def is_unavailable(exc: BaseException) -> bool:
    """Whether a database error means "cannot reach the database now" (retry later) rather than a bad query."""
    if isinstance(exc, DatabaseUnavailableError):
        return True
    if isinstance(exc, sa.exc.TimeoutError):  # no free connection in the pool within POOL_TIMEOUT_S
        return True
    if not isinstance(exc, sa.exc.DBAPIError):
        return isinstance(exc, sa.exc.DisconnectionError)
    if exc.connection_invalidated:
        return True
    if type(exc.orig).__module__.startswith("sqlite3"):  # sqlite3 calls a missing table "operational" too
        return any(word in str(exc.orig).lower() for word in _SQLITE_UNAVAILABLE)
    return isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError)


_SQLITE_UNAVAILABLE = ("database is locked", "unable to open", "disk i/o", "database or disk is full")


def unavailable(url: str | sa.URL, exc: BaseException) -> DatabaseUnavailableError:
    """The product's error for an unreachable database: one line, the URL without its password."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    detail = f" ({reason[0][:200]})" if reason else ""
    return DatabaseUnavailableError(f"database unavailable at {redact_url(url)}{detail}")
