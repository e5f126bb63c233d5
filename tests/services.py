"""Real PostgreSQL and Redis for the scale-out tests: found on the machine, or the test is skipped with a reason.

Where ``COMMUNS_TEST_SERVICES=required`` (``.ci/run`` sets it), a missing service fails the test instead: CI never
skips the fleet. Each test gets its own PostgreSQL database (created, then dropped) and its own Redis key prefix, so
that tests and parallel runs never see each other's state.

    COMMUNS_TEST_POSTGRES_URL  default postgresql+psycopg://postgres@127.0.0.1:5432/test  (an admin connection)
    COMMUNS_TEST_REDIS_URL     default redis://127.0.0.1:6379/0
    COMMUNS_TEST_MILVUS_URI    a Milvus server to use (default: a Milvus Lite server started for the session)
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

POSTGRES_URL = os.environ.get("COMMUNS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("COMMUNS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def services_required() -> bool:
    return os.environ.get("COMMUNS_TEST_SERVICES", "").lower() == "required"


def _reachable(url: str, default_port: int) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or default_port), timeout=1.0):
            return True
    except OSError:
        return False


def _missing(what: str, url: str) -> None:
    message = f"{what} not reachable at {url} (set COMMUNS_TEST_{what.upper()}_URL, or start it)"
    if services_required():
        pytest.fail(message + " — COMMUNS_TEST_SERVICES=required", pytrace=False)
    pytest.skip(message)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test (its SQLAlchemy URL); dropped afterwards."""
    if not _reachable(POSTGRES_URL, 5432):
        _missing("postgres", POSTGRES_URL)
    try:
        import psycopg
    except ImportError:  # the fleet extra is not installed
        if services_required():
            pytest.fail("psycopg is not installed (pip install -e '.[fleet]')", pytrace=False)
        pytest.skip("psycopg is not installed (pip install -e '.[fleet]')")
    admin = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")
    name = "communs_t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = POSTGRES_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def redis_url() -> str:
    """The Redis URL (skip, or fail where required, when Redis is not running)."""
    if not _reachable(REDIS_URL, 6379):
        _missing("redis", REDIS_URL)
    return REDIS_URL


@pytest.fixture
def redis_prefix() -> str:
    """A key prefix of this test's own (COMMUNS_REDIS_PREFIX), so that tests never share Redis state."""
    return "communs-test-" + uuid.uuid4().hex[:10]


@pytest.fixture(scope="session")
def milvus_uri() -> Iterator[str]:
    """A Milvus server's URI: COMMUNS_TEST_MILVUS_URI, else a Milvus Lite gRPC server started once for the session on
    a free port and a temporary data folder (``milvus-lite server``, from the fleet extra). Tests share it: each one
    keeps to Milvus collections of its own prefix (the ``milvus_prefix`` fixture)."""
    explicit = os.environ.get("COMMUNS_TEST_MILVUS_URI")
    if explicit:
        yield explicit
        return
    try:
        import milvus_lite  # noqa: F401
        import pymilvus  # noqa: F401
    except ImportError:
        _unavailable("milvus-lite or pymilvus is not installed (pip install -e '.[fleet]')")
    from communs.errors import ConfigurationError
    from communs.search.milvus_support import lite_server

    folder = Path(tempfile.mkdtemp(prefix="communs-milvus-"))
    try:
        with lite_server(folder) as uri:
            yield uri
    except ConfigurationError as exc:
        _unavailable(exc.message)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def milvus_prefix() -> str:
    """A Milvus collection-name prefix of this test's own, so that tests never share search state."""
    return "t" + uuid.uuid4().hex[:10]


def _unavailable(message: str) -> None:
    if services_required():
        pytest.fail(message + " — COMMUNS_TEST_SERVICES=required", pytrace=False)
    pytest.skip(message)
