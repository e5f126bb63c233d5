"""A fleet of real `communs serve` processes sharing Redis: one rate limit across processes and workers, key
revocations seen everywhere within a second, and Redis lost then found again while serving."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from communs.accounts.store import open_store
from communs.config import load_settings
from communs.models.llamacpp import free_port
from tests.conftest import server_env, start_server, stop_server
from tests.tcp_proxy import TcpProxy


def fleet_env(redis_url: str, redis_prefix: str, database_url: str) -> dict[str, str]:
    return {"COMMUNS_REDIS_URL": redis_url, "COMMUNS_REDIS_PREFIX": redis_prefix, "COMMUNS_DATABASE_URL": database_url}


def admin_store(tmp_path: Path, env: dict[str, str]):
    """The store an admin command opens: same database, same Redis."""
    return open_store(
        load_settings(
            home=tmp_path / "admin",
            database_url=env["COMMUNS_DATABASE_URL"],
            redis_url=env["COMMUNS_REDIS_URL"],
            redis_prefix=env["COMMUNS_REDIS_PREFIX"],
        )
    )


def refused_within(http: httpx.Client, seconds: float, started: float) -> tuple[float, int]:
    """How long after ``started`` until ``http`` (a connection with the key) is refused (fails past ``seconds``),
    and how many requests still went through."""
    accepted = 0
    while (status := http.get("/v1/models").status_code) == 200:
        accepted += 1
        assert time.perf_counter() - started < seconds, "the revoked key still works"
        time.sleep(0.002)
    assert status == 401
    return time.perf_counter() - started, accepted


def test_two_processes_share_one_rate_limit_and_see_revocations_within_a_second(tmp_path, redis_url, redis_prefix):
    env = fleet_env(redis_url, redis_prefix, f"sqlite:///{tmp_path / 'shared.db'}")
    a = start_server(tmp_path / "a", tmp_path / "a.log", **env)
    b = start_server(tmp_path / "b", tmp_path / "b.log", **env)
    store = admin_store(tmp_path, env)
    try:
        limited, _ = store.create_key("limited", rpm=3)
        with a.http(limited) as on_a, b.http(limited) as on_b:
            assert [on_a.get("/v1/models").status_code for _ in range(2)] == [200, 200]
            assert on_b.get("/v1/models").status_code == 200
            refused = on_b.get("/v1/models")  # the 4th of the minute, on either process
            assert refused.status_code == 429
            assert refused.json()["error"]["code"] == "rate_limit_exceeded"
            assert 1 <= int(refused.headers["Retry-After"]) <= 60
            assert on_a.get("/v1/models").status_code == 429

        # a key in A's cache, revoked by an admin command (process B's environment): refused at once
        key, principal = store.create_key("revoked-by-cli")
        with a.http(key) as on_a:
            assert on_a.get("/v1/models").status_code == 200
        revoke = subprocess.run(
            [sys.executable, "-m", "communs.cli", "keys", "revoke", str(principal.key_id)],
            env=server_env(b.home, **env),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert revoke.returncode == 0, revoke.stderr
        with a.http(key) as on_a:
            refused_within(on_a, 1.0, time.perf_counter())

        # the delay itself, from just before the revocation: on open connections to both processes
        key, principal = store.create_key("revoked-by-store")
        with a.http(key) as on_a, b.http(key) as on_b:
            assert on_a.get("/v1/models").status_code == on_b.get("/v1/models").status_code == 200
            started = time.perf_counter()
            store.revoke_key(principal.key_id)
            for name, http in (("A", on_a), ("B", on_b)):
                delay, accepted = refused_within(http, 1.0, started)
                print(f"revoked key refused on {name} {delay * 1000:.1f} ms after revoke_key ({accepted} accepted)")
    finally:
        store.close()
        stop_server(a)
        stop_server(b)


def test_serve_with_two_workers_answers_and_shares_its_limits(tmp_path, redis_url, redis_prefix):
    env = fleet_env(redis_url, redis_prefix, f"sqlite:///{tmp_path / 'shared.db'}")
    log = tmp_path / "server.log"
    server = start_server(tmp_path / "home", log, "--workers", "2", **env)
    store = admin_store(tmp_path, env)
    try:
        deadline = time.monotonic() + 60
        while log.read_text().count("Started server process") < 2:
            assert time.monotonic() < deadline, log.read_text()[-2000:]
            time.sleep(0.2)
        key, _ = store.create_key("workers", rpm=4)
        # a new connection per request: the kernel spreads them over both workers
        statuses = [
            httpx.get(server.url + "/v1/models", headers={"Authorization": f"Bearer {key}"}).status_code
            for _ in range(6)
        ]
        assert statuses == [200] * 4 + [429] * 2
        assert httpx.get(server.url + "/health").json()["status"] == "ok"
    finally:
        store.close()
        stop_server(server)


def run_serve(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "communs.cli", "serve", "--port", str(free_port()), *args],
        env=server_env(home, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_serve_refuses_several_workers_without_redis_and_an_unreachable_redis_in_one_line(tmp_path):
    result = run_serve(tmp_path / "home", "--workers", "2")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "COMMUNS_REDIS_URL" in result.stderr
    url = f"redis://:s3cret@127.0.0.1:{free_port()}/0"
    result = run_serve(tmp_path / "home", COMMUNS_REDIS_URL=url)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Redis not reachable at redis://:***@127.0.0.1:" in result.stderr
    assert "s3cret" not in result.stdout + result.stderr


def test_redis_lost_while_serving_is_a_503_then_serving_resumes_by_itself(tmp_path, redis_url, redis_prefix):
    parts = urlsplit(redis_url)
    proxy = TcpProxy((parts.hostname or "127.0.0.1", parts.port or 6379)).open()
    through_proxy = f"redis://{proxy.address}{parts.path or '/0'}"
    env = fleet_env(through_proxy, redis_prefix, f"sqlite:///{tmp_path / 'shared.db'}")
    server = start_server(tmp_path / "home", tmp_path / "server.log", COMMUNS_RATE_LIMIT_RPM="1000", **env)
    store = admin_store(tmp_path, {**env, "COMMUNS_REDIS_URL": redis_url})
    try:
        key, principal = store.create_key("outage")
        with server.http(key) as http:
            assert http.get("/v1/models").status_code == 200  # the key is now in the server's cache
            proxy.close()
            started = time.monotonic()
            down = http.get("/v1/models")
            assert time.monotonic() - started < 3
            assert down.status_code == 503 and down.headers["Retry-After"] == "1"
            assert down.json()["error"] == {
                "message": down.json()["error"]["message"],
                "type": "server_error",
                "param": None,
                "code": "service_unavailable",
            }
            assert "Redis" in down.json()["error"]["message"]
            # revoked while the server cannot hear it: the announcement is lost, the revocation must not be
            store.revoke_key(principal.key_id)
            proxy.open()
            with server.http() as master:
                deadline = time.monotonic() + 5
                while (status := master.get("/v1/models").status_code) != 200:
                    assert status == 503 and time.monotonic() < deadline
                    time.sleep(0.1)
            assert http.get("/v1/models").status_code == 401
    finally:
        store.close()
        stop_server(server)
        proxy.close()
