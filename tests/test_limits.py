"""Rate limits (requests per minute and per day, tokens per minute; per key and per model), in memory and in
Redis, and key revocations seen by every process sharing Redis."""

from __future__ import annotations

import socket
import time

import pytest
from fastapi.testclient import TestClient

from communs.accounts.limits import RateLimiter, key_budget
from communs.accounts.store import AccountStore, Principal, open_store
from communs.api.app import create_app
from communs.config import Budget, LimitsConfig, load_settings
from communs.errors import ConfigurationError, RateLimitError, ServiceUnavailableError
from communs.models.llamacpp import free_port
from communs.state.connection import connect, connect_checked, redact
from tests.conftest import MASTER_KEY

USER = Principal(user_id=1, user_name="agent", role="user", key_id=7)


def refusal(limiter: RateLimiter, scope: str, budget: Budget) -> RateLimitError:
    with pytest.raises(RateLimitError) as err:
        limiter.admit(scope, budget)
    return err.value


# -- in memory ------------------------------------------------------------------------------------------------
def test_requests_per_minute_refuse_the_next_one_with_a_retry_delay_from_the_window():
    limiter = RateLimiter()
    for _ in range(3):
        limiter.admit("key:1", Budget(rpm=3))
    error = refusal(limiter, "key:1", Budget(rpm=3))
    assert error.status_code == 429 and error.to_dict()["error"]["code"] == "rate_limit_exceeded"
    assert 59 <= int(error.headers["Retry-After"]) <= 60  # the oldest of the 3 leaves the window in ~60 s
    limiter.admit("key:2", Budget(rpm=3))  # another key has its own window


def test_requests_per_day_hold_when_the_minute_allows_more():
    limiter = RateLimiter()
    budget = Budget(rpm=100, rpd=2)
    limiter.admit("key:1", budget)
    limiter.admit("key:1", budget)
    error = refusal(limiter, "key:1", budget)
    assert "2 requests per day" in error.message
    assert 86_000 < error.retry_after <= 86_400


def test_tokens_per_minute_refuse_once_spent_and_not_before():
    limiter = RateLimiter()
    budget = Budget(tpm=100)
    limiter.admit("key:1", budget)
    limiter.spend("key:1", 60, budget.tpm)
    limiter.admit("key:1", budget)  # 40 tokens left: the request goes through, whatever it will cost
    limiter.spend("key:1", 70, budget.tpm)  # more than what was left: the budget is spent, not overdrawn
    error = refusal(limiter, "key:1", budget)
    assert "100 tokens per minute" in error.message
    assert 1 <= error.retry_after <= 60
    limiter.spend("key:1", 10**9, None)  # no budget: nothing is counted, nothing fails


def test_zero_or_none_is_no_limit():
    limiter = RateLimiter()
    for _ in range(50):
        limiter.admit("key:1", Budget(rpm=0, rpd=None, tpm=0))
        limiter.check("signin:x", None)


def test_a_key_budget_comes_from_its_role_and_its_own_rpm():
    settings = load_settings(
        rate_limit_rpm=30, limits={"roles": {"user": {"rpm": 60, "rpd": 5000, "tpm": 20000}, "admin": {"rpd": 9}}}
    )
    assert key_budget(settings, USER) == Budget(rpm=60, rpd=5000, tpm=20000)
    assert key_budget(settings, Principal(1, "a", "user", 7, rpm=5)).rpm == 5  # the key's rpm column first
    admin = key_budget(settings, Principal(None, "master", "admin", None))
    assert admin == Budget(rpm=30, rpd=9, tpm=None)  # no rpm for the role: rate_limit_rpm
    assert key_budget(load_settings(), USER) == Budget(rpm=0)  # the default: unlimited


def test_limits_are_validated_and_read_from_the_environment(monkeypatch):
    with pytest.raises(ConfigurationError, match="not-a-model"):
        load_settings(limits={"models": {"not-a-model": {"rpm": 1}}})
    with pytest.raises(ConfigurationError):
        load_settings(limits={"roles": {"user": {"rpm": -1}}})
    with pytest.raises(ConfigurationError):
        load_settings(limits={"roles": {"superuser": {"rpm": 1}}})
    monkeypatch.setenv("COMMUNS_LIMITS__ROLES__USER__RPM", "12")
    monkeypatch.setenv("COMMUNS_LIMITS__MODELS", '{"multilingual-e5-small": {"tpm": 500}}')
    settings = load_settings()
    assert settings.limits == LimitsConfig(
        roles={"user": Budget(rpm=12)}, models={"multilingual-e5-small": Budget(tpm=500)}
    )


def test_the_api_answers_429_with_retry_after_per_model_and_per_token_budget(settings):
    settings.limits = LimitsConfig(
        roles={"user": Budget(tpm=10_000)}, models={"multilingual-e5-small": Budget(rpm=2), "espeak-ng": Budget(tpm=1)}
    )
    app = create_app(settings)
    key, _ = app.state.services.accounts.create_key("limited")
    with TestClient(app, headers={"Authorization": f"Bearer {key}"}) as client:
        embed = {"model": "multilingual-e5-small", "input": "une phrase"}
        assert client.post("/v1/embeddings", json=embed).status_code == 200
        assert client.post("/v1/embeddings", json=embed).status_code == 200
        refused = client.post("/v1/embeddings", json=embed)
        assert refused.status_code == 429
        assert refused.json()["error"]["type"] == "rate_limit_error"
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        assert client.get("/v1/models").status_code == 200  # the key's own budget is not the model's
        # a model's token budget: spent by the first request (its characters), refused on the second
        speech = {"model": "espeak-ng", "input": "Bonjour."}
        assert client.post("/v1/audio/speech", json=speech).status_code == 200
        refused = client.post("/v1/audio/speech", json=speech)
        assert refused.status_code == 429 and "tokens per minute" in refused.json()["error"]["message"]
    with TestClient(create_app(settings), headers={"Authorization": f"Bearer {MASTER_KEY}"}) as client:
        assert client.post("/v1/embeddings", json=embed).status_code == 200  # limits are per key (and in memory)


# -- Redis ----------------------------------------------------------------------------------------------------
def redis_settings(redis_url: str, redis_prefix: str, tmp_path, **overrides):
    return load_settings(
        home=tmp_path / "home", redis_url=redis_url, redis_prefix=redis_prefix, master_key=MASTER_KEY, **overrides
    )


def test_two_limiters_on_one_redis_share_their_windows_under_the_prefix(redis_url, redis_prefix, tmp_path):
    settings = redis_settings(redis_url, redis_prefix, tmp_path)
    client = connect_checked(settings)
    assert client is not None
    first, second = RateLimiter.for_settings(settings, client), RateLimiter.for_settings(settings, connect(redis_url))
    budget = Budget(rpm=3, tpm=50)
    first.admit("key:1", budget)
    second.admit("key:1", budget)
    first.admit("key:1", budget)
    assert 59 <= refusal(second, "key:1", budget).retry_after <= 60
    second.spend("key:2", 80, 50)
    assert "tokens per minute" in refusal(first, "key:2", budget).message
    keys = client.keys(redis_prefix + ":*")
    assert keys and all(k.decode().startswith(redis_prefix + ":limits:") for k in keys)
    client.delete(*keys)


def test_an_unreachable_redis_is_a_quick_503_and_a_one_line_error_at_start(tmp_path):
    url = f"redis://:s3cret@127.0.0.1:{free_port()}/0"
    settings = redis_settings(url, "communs-test-down", tmp_path)
    with pytest.raises(ConfigurationError) as err:
        connect_checked(settings)
    assert "s3cret" not in err.value.message and "redis://:***@127.0.0.1:" in err.value.message
    assert redact("redis://user:pw@host:6380/1") == "redis://user:***@host:6380/1"
    assert redact("redis://host") == "redis://host"
    limiter = RateLimiter.for_settings(settings, connect(url))
    started = time.monotonic()
    with pytest.raises(ServiceUnavailableError) as down:
        limiter.admit("key:1", Budget(rpm=5))
    assert time.monotonic() - started < 2.5
    assert down.value.status_code == 503 and down.value.headers == {"Retry-After": "1"}
    started = time.monotonic()
    with pytest.raises(ServiceUnavailableError):  # for a second, Redis is not asked again: no wait at all
        limiter.admit("key:1", Budget(rpm=5))
    assert time.monotonic() - started < 0.05
    limiter.spend("key:1", 10, 100)  # after the answer: logged, never raised


def test_a_redis_that_accepts_but_never_answers_is_a_503_within_the_timeouts(tmp_path):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # connections complete in the kernel's backlog; nothing is ever read or answered
    url = f"redis://127.0.0.1:{silent.getsockname()[1]}/0"
    limiter = RateLimiter.for_settings(redis_settings(url, "communs-test-silent", tmp_path), connect(url))
    started = time.monotonic()
    with pytest.raises(ServiceUnavailableError):
        limiter.admit("key:1", Budget(rpm=5))
    assert time.monotonic() - started < 3  # 1 s read timeout, one retry on a fresh connection
    silent.close()


def test_a_revocation_in_one_store_reaches_the_cache_of_another_within_a_second(redis_url, redis_prefix, tmp_path):
    settings = redis_settings(redis_url, redis_prefix, tmp_path)
    serving, admin = open_store(settings), open_store(settings)
    serving.listen_for_invalidations()
    assert serving.invalidations is not None and serving.invalidations.wait_live(5)
    key, principal = admin.create_key("agent")
    assert serving.authenticate(key) == principal  # now cached in the serving store
    with serving.engine.begin() as conn:  # what the cache hides: even a revocation written behind its back
        conn.exec_driver_sql("UPDATE api_keys SET revoked_at = CURRENT_TIMESTAMP WHERE id = ?", (principal.key_id,))
    assert serving.authenticate(key) == principal
    other, other_principal = admin.create_key("agent-2")
    assert serving.authenticate(other) == other_principal
    started = time.perf_counter()
    admin.revoke_key(other_principal.key_id)
    while serving.authenticate(other) is not None:
        assert time.perf_counter() - started < 1.0
        time.sleep(0.001)
    delay = time.perf_counter() - started
    print(f"revocation seen by the other store after {delay * 1000:.1f} ms")
    assert serving.authenticate(key) is None  # the whole cache went: the revocation behind its back shows too
    serving.close()
    admin.close()


def test_without_redis_a_revocation_is_immediate_in_its_own_process(tmp_path):
    store = AccountStore(f"sqlite:///{tmp_path / 'db.sqlite'}")  # the 30 s cache on
    key, principal = store.create_key("temp")
    assert store.authenticate(key) == principal
    store.revoke_key(principal.key_id)
    assert store.authenticate(key) is None
    store.close()
