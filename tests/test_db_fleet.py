"""The API on PostgreSQL through a real ``communs serve``: keys and usage in PostgreSQL, a database outage answered
with 503 then healed without a restart, usage kept through it, and a clean refusal to start without the database."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
import sqlalchemy as sa

from communs.accounts.store import AccountStore, UsageRecord
from communs.db import make_engine
from tests.conftest import server_env, start_server, stop_server
from tests.tcp_proxy import TcpProxy


@pytest.fixture
def proxy(postgres_url: str):
    """A TCP proxy in front of PostgreSQL, and the test database's URL through it."""
    parts = urlsplit(postgres_url)
    proxy = TcpProxy((parts.hostname or "127.0.0.1", parts.port or 5432)).open()
    yield proxy, postgres_url.replace(parts.netloc, f"{parts.username}@127.0.0.1:{proxy.port}")
    proxy.close()


def usage_rows(url: str, endpoint: str) -> list[tuple]:
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT user_id, model, status FROM usage WHERE endpoint = :e"), {"e": endpoint})
        found = [tuple(row) for row in rows]
    engine.dispose()
    return found


def wait_for(check, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.2)


def test_the_api_on_postgresql_survives_an_outage(tmp_path: Path, postgres_url: str, proxy):
    tcp, via_proxy = proxy
    home = tmp_path / "home"
    created = subprocess.run(
        [sys.executable, "-m", "communs.cli", "keys", "create", "--name", "agent-pg"],
        env=server_env(home, COMMUNS_DATABASE_URL=postgres_url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip().splitlines()[-1]
    store = AccountStore(postgres_url)
    second_key, _ = store.create_key("agent-pg-2")  # never used before the outage: not in the server's cache
    user_id = store.authenticate(key).user_id
    store.close()

    server = start_server(home, tmp_path / "server.log", COMMUNS_DATABASE_URL=via_proxy)
    try:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as http:
            assert http.get("/v1/models").status_code == 200
            assert http.post("/v1/audio/speech", json={"model": "tts-1", "input": "Bonjour"}).status_code == 200
            assert wait_for(lambda: usage_rows(postgres_url, "audio/speech")) == [(user_id, "espeak-ng", 200)]

            tcp.close()  # PostgreSQL is gone for the server
            down = httpx.get(server.url + "/v1/models", headers={"Authorization": f"Bearer {second_key}"}, timeout=30)
            assert down.status_code == 503
            error = down.json()["error"]
            assert error["type"] == "server_error" and error["code"] == "database_unavailable"
            assert "database unavailable at postgresql" in error["message"] and down.headers["Retry-After"]
            # without Redis no key is cached (a revocation holds from the next request): every key waits for it
            assert http.get("/v1/models").status_code == 503

            tcp.open()  # PostgreSQL is back, on the same address: no restart
            back = wait_for(
                lambda: (
                    httpx.get(
                        server.url + "/v1/models", headers={"Authorization": f"Bearer {second_key}"}, timeout=30
                    ).status_code
                    == 200
                )
            )
            assert back, "the server did not recover after the database came back"
            assert http.post("/v1/audio/speech", json={"model": "tts-1", "input": "Encore"}).status_code == 200
            assert wait_for(lambda: len(usage_rows(postgres_url, "audio/speech")) == 2, timeout=40)
    finally:
        stop_server(server)
    log = (tmp_path / "server.log").read_text()
    assert "Traceback" not in log


def test_serve_refuses_to_start_without_its_database(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "communs.cli", "serve", "--port", "1"],
        env=server_env(tmp_path / "home", COMMUNS_DATABASE_URL="postgresql://communs:s3cret@127.0.0.1:1/communs"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "erreur : database unavailable at postgresql://communs:***@127.0.0.1:1/communs (connection failed: "
        'connection to server at "127.0.0.1", port 1 failed: Connection refused)'
    ]


def test_the_usage_writer_keeps_rows_through_an_outage_within_its_bound(postgres_url: str, proxy):
    tcp, via_proxy = proxy
    store = AccountStore(via_proxy)
    store.usage_writer.max_buffered = 5

    def record(n: int) -> None:
        for _ in range(n):
            store.record(UsageRecord("embeddings", "e5", 1, 0, 1.0, 200, None, None))

    record(2)
    assert store.flush(timeout=5)
    tcp.close()
    record(7)  # two more than the buffer holds
    assert not store.flush(timeout=0.5)
    assert store.usage_writer.pending() == 5 and store.usage_writer.dropped == 2
    assert store.usage_writer._thread is not None and store.usage_writer._thread.is_alive()
    tcp.open()
    assert store.flush(timeout=10)
    store.close()
    assert len(usage_rows(postgres_url, "embeddings")) == 7
