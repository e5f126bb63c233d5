"""Authentication before the body (issue 21): a /v1 request without a valid key is refused from its headers, its
body unread; failed authentications are throttled per client address; a revoked key fails on its next request.

The real application served by uvicorn on a free port (its default 100 MiB upload limit, which the session's
``live_server`` lowers), spoken to with a raw socket where the test needs to see what the server reads.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from communs.accounts.store import open_store
from communs.api.app import create_app
from communs.config import Settings
from communs.models.llamacpp import free_port

MiB = 1024 * 1024


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """``app`` served by uvicorn in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture
def app_url(settings: Settings) -> Iterator[str]:
    assert settings.max_upload_bytes >= 100 * MiB  # the default: a 95 MiB body is within it
    with serving(create_app(settings)) as url:
        yield url


def head_then_answer(url: str, head: str, first_chunk: bytes) -> tuple[bytes, int]:
    """Send a request's head and the first bytes of its body, then read the answer; then try to send the rest of
    the announced body. Returns the answer and how many body bytes the server took before it hung up."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head.encode() + first_chunk)
        answer = sock.recv(65536)
        sent = len(first_chunk)
        chunk = b"\0" * MiB
        try:
            for _ in range(95):
                sock.sendall(chunk)
                sent += len(chunk)
        except OSError:  # reset or broken pipe: the server closed the connection
            pass
    return answer, sent


def test_a_95_mib_upload_without_a_key_is_refused_before_it_is_read(app_url: str) -> None:
    size = 95 * MiB
    boundary = "x" * 16
    head = (
        "POST /v1/audio/transcriptions HTTP/1.1\r\nHost: test\r\n"
        f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {size}\r\n\r\n"
    )
    started = time.perf_counter()
    answer, sent = head_then_answer(app_url, head, f"--{boundary}\r\n".encode())
    took = time.perf_counter() - started
    status_line, _, rest = answer.partition(b"\r\n")
    print(f"answered {status_line.decode()} after {took:.2f} s; the server took {sent / MiB:.1f} MiB of the 95")
    # the 401 came back while the client had sent 20 bytes of the body: the server did not wait for it
    assert status_line.startswith(b"HTTP/1.1 401"), answer[:300]
    assert b'"invalid_api_key"' in rest and b'"detail"' in rest
    assert sent < size  # and it hung up instead of reading the rest


def test_the_same_upload_with_a_wrong_key_is_refused_unread(app_url: str) -> None:
    head = (
        "POST /v1/audio/transcriptions HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer sk-communs-wrong\r\n"
        f"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: {95 * MiB}\r\n\r\n"
    )
    answer, _ = head_then_answer(app_url, head, b"--b\r\n")
    assert answer.startswith(b"HTTP/1.1 401"), answer[:300]
    assert b"invalid or revoked API key" in answer


def test_a_malformed_body_without_a_key_is_a_401_not_a_400_or_422(app_url: str) -> None:
    for path, kwargs in (
        ("/v1/chat/completions", {"content": b"{not json", "headers": {"Content-Type": "application/json"}}),
        ("/v1/embeddings", {"json": {"unexpected": True}}),
        ("/v1/collections", {"content": b"[" * 5000, "headers": {"Content-Type": "application/json"}}),
        ("/v1/apps/orientation", {"json": {"messages": "not a list"}}),
        ("/v1/audio/transcriptions", {"content": b"--broken", "headers": {"Content-Type": "multipart/form-data"}}),
        ("/v1/no-such-route", {"json": {}}),
    ):
        response = httpx.post(app_url + path, timeout=30, **kwargs)
        assert response.status_code == 401, (path, response.status_code, response.text[:200])
        body = response.json()
        assert body["error"]["code"] == "invalid_api_key" and body["detail"] == body["error"]["message"]
    # with the key, the same malformed bodies are the client errors they always were
    master = {"Authorization": "Bearer sk-communs-test-master", "Content-Type": "application/json"}
    response = httpx.post(app_url + "/v1/chat/completions", content=b"{not json", headers=master, timeout=30)
    assert response.status_code in (400, 422), response.text[:200]


def test_failed_authentications_are_throttled_per_address(settings: Settings) -> None:
    settings.auth_failures_per_minute = 5
    app = create_app(settings)
    with serving(app) as url:
        wrong = {"Authorization": "Bearer sk-communs-guess"}
        statuses = [httpx.get(url + "/v1/models", headers=wrong, timeout=30).status_code for _ in range(7)]
        assert statuses == [401] * 5 + [429] * 2
        refused = httpx.get(url + "/v1/models", headers=wrong, timeout=30)
        assert refused.json()["error"]["code"] == "rate_limit_exceeded"
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        # the address is refused whatever it sends (a 200 would tell a guesser it found a key)...
        master = {"Authorization": f"Bearer {settings.master_key}"}
        assert httpx.get(url + "/v1/models", headers=master, timeout=30).status_code == 429
        # ...a request without a key is not a guess: still the 401 that says how to authenticate
        assert httpx.get(url + "/v1/models", timeout=30).status_code == 401
        # another address is not affected (all of 127.0.0.0/8 is this machine's loopback)
        with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"), timeout=30) as other:
            assert other.get(url + "/v1/models", headers=master).status_code == 200


def test_a_key_revoked_by_another_process_fails_on_its_next_request(settings: Settings) -> None:
    """Without Redis no process can tell the server of a revocation: it does not cache keys, so an admin
    command's revocation (another store on the same database) holds from the very next request."""
    app = create_app(settings)
    admin = open_store(settings)
    key, principal = admin.create_key("agent")
    with serving(app) as url:
        headers = {"Authorization": f"Bearer {key}"}
        assert httpx.get(url + "/v1/models", headers=headers, timeout=30).status_code == 200
        admin.revoke_key(principal.key_id)
        assert httpx.get(url + "/v1/models", headers=headers, timeout=30).status_code == 401
    admin.close()


def test_a_web_session_passes_the_gate_with_its_csrf_token_only(settings: Settings) -> None:
    """From the web app: the session cookie stands for the key; a state-changing /v1 request without the page's
    CSRF token is a 403 from the headers, its body unread (a malformed one included)."""
    import re

    from fastapi.testclient import TestClient

    from tests.test_app_registry import sign_in

    with TestClient(create_app(settings)) as client:
        sign_in(client)
        token = re.search(r'<meta name="csrf-token" content="([^"]+)"', client.get("/chat").text)
        assert token is not None
        assert client.get("/v1/models").status_code == 200  # a safe method needs no token
        json_type = {"Content-Type": "application/json"}
        refused = client.post("/v1/collections", content=b"{broken", headers=json_type)
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "permission_denied"
        made = client.post("/v1/collections", json={"name": "web"}, headers={"X-CSRF-Token": token.group(1)})
        assert made.status_code == 201, made.text


def test_with_redis_two_servers_share_the_failure_count(redis_url: str, redis_prefix: str, tmp_path) -> None:
    """Two servers (two processes of a fleet) on one Redis: wrong keys sent to one count on the other too."""
    from communs.config import load_settings
    from tests.conftest import MASTER_KEY, real_models_dir

    def make(name: str) -> Settings:
        return load_settings(
            home=tmp_path / name,
            models_dir=real_models_dir(),
            master_key=MASTER_KEY,
            redis_url=redis_url,
            redis_prefix=redis_prefix,
            auth_failures_per_minute=4,
        )

    def guesses(url: str, count: int) -> list[int]:
        wrong = {"Authorization": "Bearer sk-communs-guess"}
        return [httpx.get(url + "/v1/models", headers=wrong, timeout=30).status_code for _ in range(count)]

    with serving(create_app(make("a"))) as a, serving(create_app(make("b"))) as b:
        assert guesses(a, 2) == [401, 401]
        assert guesses(b, 3) == [401, 401, 429]
        assert guesses(a, 1) == [429]


def test_wrong_keys_on_the_sign_in_form_count_with_the_apis(settings: Settings) -> None:
    from fastapi.testclient import TestClient

    from tests.test_app_registry import signin_token

    settings.auth_failures_per_minute = 3
    with TestClient(create_app(settings)) as client:
        for _ in range(3):
            form = {"key": "sk-communs-guess", "csrf_token": signin_token(client)}
            assert client.post("/connexion", data=form).status_code == 401
        form = {"key": settings.master_key, "csrf_token": signin_token(client)}
        assert client.post("/connexion", data=form, follow_redirects=False).status_code == 429
        assert client.get("/v1/models", headers={"Authorization": f"Bearer {settings.master_key}"}).status_code == 429
