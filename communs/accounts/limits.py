"""Per-key budgets: requests per minute and per day, tokens per minute; for the key, and per model.

Counted with the ``limits`` library, in this process's memory or, with ``COMMUNS_REDIS_URL``, in Redis, so that
every process of a fleet shares one count. Requests use moving windows (exact: the N+1th request within any
60 s is refused, and ``Retry-After`` says when the oldest of the N leaves the window). Tokens use a sliding-window
counter, two counters per key: a moving window keeps one entry per unit counted, here per token.

Tokens are known only once a request is done: each completed request spends its prompt + completion tokens,
and a request is refused while the key's budget for the minute is spent.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from limits import RateLimitItem, RateLimitItemPerDay, RateLimitItemPerMinute
from limits.errors import StorageError
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter, SlidingWindowCounterRateLimiter

from communs.config import Budget, Settings
from communs.errors import RateLimitError, ServiceUnavailableError

if TYPE_CHECKING:
    import redis

    from communs.accounts.store import Principal

log = logging.getLogger(__name__)
T = TypeVar("T")
PAUSE_SECONDS = 1.0  # after a failure, how long the store is not asked again: a hung Redis costs one timeout a second


class RateLimiter:
    """Count requests and tokens under a scope (``key:12``, ``key:12:model:qwen…``, ``signin:1.2.3.4``)."""

    def __init__(self, storage: Storage | None = None) -> None:
        self.storage = storage or MemoryStorage()
        self.requests = MovingWindowRateLimiter(self.storage)
        self.tokens = SlidingWindowCounterRateLimiter(self.storage)
        self._down_until = 0.0
        self._down_because = ""

    @classmethod
    def for_settings(cls, settings: Settings, client: redis.Redis | None = None) -> RateLimiter:
        """In memory, or in the settings' Redis (``client``'s connections) under ``<prefix>:limits``."""
        if client is None or not settings.redis_url:
            return cls()
        storage = RedisStorage(
            settings.redis_url,
            connection_pool=client.connection_pool,
            key_prefix=f"{settings.redis_prefix}:limits",
            wrap_exceptions=True,
        )
        return cls(storage)

    def admit(self, scope: str, budget: Budget) -> None:
        """Count one request under ``scope``; ``RateLimitError`` (with its retry delay) when over ``budget``."""
        self._shared(lambda: self._admit(scope, budget))

    def check(self, scope: str, rpm: int | None) -> None:
        """Count one request under ``scope`` against ``rpm`` requests per minute (0 or None: no limit)."""
        self.admit(scope, Budget(rpm=rpm))

    def refuse_if_spent(self, scope: str, per_minute: int, what: str) -> None:
        """``RateLimitError`` when ``per_minute`` events were counted under ``scope`` (by :meth:`count`) in the last
        minute; counts nothing itself."""
        item = RateLimitItemPerMinute(per_minute, namespace="events")

        def test() -> None:
            if not self.requests.test(item, scope):
                raise _refused(what, self.requests.get_window_stats(item, scope).reset_time)

        self._shared(test)

    def count(self, scope: str, per_minute: int) -> None:
        """Count one event (a failed authentication) under ``scope``, for :meth:`refuse_if_spent`."""
        item = RateLimitItemPerMinute(per_minute, namespace="events")
        self._shared(lambda: self.requests.hit(item, scope))

    def spend(self, scope: str, tokens: int, tpm: int | None) -> None:
        """Count the tokens of a completed request; never raises (the answer is already given)."""
        if not tpm or tokens <= 0:
            return
        item = RateLimitItemPerMinute(tpm, namespace="tpm")

        def count() -> None:
            for _ in range(2):  # a second try when another process spent the remainder in between
                cost = min(tokens, self.tokens.get_window_stats(item, scope).remaining)
                if cost <= 0 or self.tokens.hit(item, scope, cost=cost):
                    return

        try:
            self._shared(count)
        except ServiceUnavailableError as exc:
            log.warning("%s tokens of %s not counted: %s", tokens, scope, exc.message)

    def _admit(self, scope: str, budget: Budget) -> None:
        if budget.tpm:
            item: RateLimitItem = RateLimitItemPerMinute(budget.tpm, namespace="tpm")
            if not self.tokens.test(item, scope):
                reset = self.tokens.get_window_stats(item, scope).reset_time
                raise _refused(f"token budget of {budget.tpm} tokens per minute spent", reset)
        for amount, per, what in (
            (budget.rpm, RateLimitItemPerMinute, "requests per minute"),
            (budget.rpd, RateLimitItemPerDay, "requests per day"),
        ):
            if amount:
                item = per(amount, namespace="requests")
                if not self.requests.hit(item, scope):
                    reset = self.requests.get_window_stats(item, scope).reset_time
                    raise _refused(f"rate limit of {amount} {what} reached", reset)

    def _shared(self, work: Callable[[], T]) -> T:
        if time.monotonic() < self._down_until:
            raise self._unavailable()
        try:
            return work()
        except StorageError as exc:
            self._down_until = time.monotonic() + PAUSE_SECONDS
            self._down_because = str(exc.storage_error)
            raise self._unavailable() from None

    def _unavailable(self) -> ServiceUnavailableError:
        return ServiceUnavailableError(
            f"the shared rate-limit store (Redis) does not answer ({self._down_because}); retry shortly"
        )


def _refused(what: str, reset_time: float) -> RateLimitError:
    retry = max(1, math.ceil(reset_time - time.time()))
    return RateLimitError(f"{what}; retry in {retry} s", retry_after=retry)


def key_scope(principal: Principal) -> str:
    return f"key:{'master' if principal.key_id is None else principal.key_id}"


def role_budget(settings: Settings, role: str) -> Budget:
    """A role's budget for each of its keys: ``limits.roles``, and ``rate_limit_rpm`` where the role sets no rpm."""
    budget = settings.limits.roles.get(role) or Budget()  # type: ignore[call-overload]  # a Role, or none set
    rpm = budget.rpm if budget.rpm is not None else settings.rate_limit_rpm
    return Budget(rpm=rpm, rpd=budget.rpd, tpm=budget.tpm)


def key_budget(settings: Settings, principal: Principal) -> Budget:
    """A key's own budget: its role's, the key's ``rpm`` first."""
    role = role_budget(settings, principal.role)
    return Budget(rpm=principal.rpm or role.rpm, rpd=role.rpd, tpm=role.tpm)


def model_scope(principal: Principal, model_id: str) -> str:
    return f"{key_scope(principal)}:model:{model_id}"
