"""API keys, roles, rate limits and usage accounting, on a live server and through the CLI."""

from __future__ import annotations

import subprocess
import sys
import time

import openai
import pytest
import sqlalchemy as sa

from communs.accounts.store import AccountStore, hash_key
from tests.conftest import TEST_CHAT_MODEL


def cli(server, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "communs.cli", *args], env=server.env(), capture_output=True, text=True, timeout=120
    )


def test_every_v1_route_needs_a_key(live_server):
    with live_server.http(key=None) as http:
        for method, path in [
            ("GET", "/v1/models"),
            ("POST", "/v1/chat/completions"),
            ("POST", "/v1/embeddings"),
            ("POST", "/v1/audio/transcriptions"),
            ("POST", "/v1/audio/speech"),
        ]:
            response = http.request(method, path, json={})
            assert response.status_code == 401, path
            assert response.json()["error"]["type"] == "authentication_error"


def test_a_wrong_key_is_refused(live_server):
    with pytest.raises(openai.AuthenticationError) as err:
        live_server.client(key="sk-communs-not-a-real-key").models.list()
    assert err.value.body["code"] == "invalid_api_key"


def test_keys_create_prints_a_working_key_on_its_last_line(live_server):
    result = cli(live_server, "keys", "create", "--name", "agent-mairie")
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip().splitlines()[-1]
    assert key.startswith("sk-communs-")
    reply = live_server.client(key=key).chat.completions.create(
        model=TEST_CHAT_MODEL, max_tokens=5, messages=[{"role": "user", "content": "Bonjour"}]
    )
    assert reply.choices[0].message.content


def test_keys_are_stored_hashed(live_server):
    key = cli(live_server, "keys", "create", "--name", "hash-check").stdout.strip().splitlines()[-1]
    engine = sa.create_engine(f"sqlite:///{live_server.home / 'communs.db'}")
    with engine.connect() as conn:
        dump = "\n".join(str(row) for row in conn.execute(sa.text("SELECT * FROM api_keys")))
    engine.dispose()
    assert key not in dump
    assert hash_key(key) in dump


def test_keys_create_rejects_an_unknown_role(live_server):
    result = cli(live_server, "keys", "create", "--name", "x", "--role", "superuser")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("erreur :") and len(result.stderr.strip().splitlines()) == 1


def test_rate_limit_per_key(live_server):
    key = cli(live_server, "keys", "create", "--name", "limited", "--rpm", "2").stdout.strip().splitlines()[-1]
    client = live_server.client(key=key)
    client.models.list()
    client.models.list()
    with pytest.raises(openai.RateLimitError) as err:
        client.models.list()
    assert err.value.body["code"] == "rate_limit_exceeded"


def test_usage_is_recorded_per_user_and_model(live_server):
    key = cli(live_server, "keys", "create", "--name", "usage-user").stdout.strip().splitlines()[-1]
    client = live_server.client(key=key)
    reply = client.chat.completions.create(
        model=TEST_CHAT_MODEL, max_tokens=8, messages=[{"role": "user", "content": "Bonjour"}]
    )
    client.embeddings.create(model="multilingual-e5-small", input=["une phrase"])
    store = AccountStore(f"sqlite:///{live_server.home / 'communs.db'}")
    principal = store.authenticate(key)
    deadline = time.monotonic() + 10
    rows: list[dict] = []
    while time.monotonic() < deadline:  # usage is written by a background thread
        rows = store.usage_summary(principal.user_id)
        if len(rows) >= 2:
            break
        time.sleep(0.2)
    store.close()
    by_endpoint = {row["endpoint"]: row for row in rows}
    chat = by_endpoint["chat/completions"]
    assert chat["model"] == TEST_CHAT_MODEL
    assert chat["prompt_tokens"] == reply.usage.prompt_tokens
    assert chat["completion_tokens"] == reply.usage.completion_tokens
    assert chat["avg_latency_ms"] > 0
    assert by_endpoint["embeddings"]["prompt_tokens"] > 0
    summary = cli(live_server, "usage", "--user", str(principal.user_id))
    assert summary.returncode == 0 and TEST_CHAT_MODEL in summary.stdout


def test_revoked_key_stops_working(tmp_path):
    store = AccountStore(f"sqlite:///{tmp_path / 'db.sqlite'}", cache_seconds=0)
    key, principal = store.create_key("temp", role="admin")
    assert store.authenticate(key).is_admin
    store.revoke_key(principal.key_id)
    assert store.authenticate(key) is None
    store.close()
