"""Each provider's health, as the registry sees it: a circuit breaker and a count of requests in flight.

- closed: the provider is used. After ``failures`` failed calls in a row (network error, timeout, 5xx, a failed
  health check), the circuit opens.
- open: the provider is skipped for a cool-down; each time it opens again the cool-down doubles, up to a maximum.
- half-open: once the cool-down is over (or a health check succeeds), one trial request goes through; its success
  closes the circuit (and resets the cool-down), its failure opens it again.

``in_flight`` feeds least-busy routing. Single-threaded (the event loop): no lock needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from communs.observability import metrics


class Circuit(IntEnum):
    CLOSED = 0
    HALF_OPEN = 1
    OPEN = 2


@dataclass(frozen=True)
class Ticket:
    """A request let through; ``trial``: the one request of a half-open circuit."""

    trial: bool


class ProviderState:
    def __init__(
        self,
        model: str,
        label: str,
        *,
        failures: int = 3,
        cooldown: float = 5.0,
        cooldown_max: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.model = model
        self.label = label
        self.threshold = failures
        self.base_cooldown = cooldown
        self.cooldown_max = cooldown_max
        self.clock = clock
        self.in_flight = 0
        self.failures = 0  # in a row
        self.cooldown = cooldown  # the next one
        self.open_until: float | None = None  # None: closed
        self.trial_taken = False
        self.last_error = ""
        self.up = True
        self._publish()

    @property
    def circuit(self) -> Circuit:
        if self.open_until is None:
            return Circuit.CLOSED
        return Circuit.OPEN if self.clock() < self.open_until else Circuit.HALF_OPEN

    def why_skipped(self) -> str:
        wait = max(0.0, (self.open_until or 0.0) - self.clock())
        when = f"for {wait:.0f} s more" if wait else "a trial request is under way"
        return f"skipped after {self.failures} failures in a row ({when}; last: {self.last_error})"

    def acquire(self) -> Ticket | None:
        """Let a request through (count it in flight), or None when the circuit says skip."""
        circuit = self.circuit
        if circuit is Circuit.OPEN:
            return None
        trial = circuit is Circuit.HALF_OPEN
        if trial:
            if self.trial_taken:
                return None
            self.trial_taken = True
        self.in_flight += 1
        metrics.provider_in_flight(self.model, self.label, 1)
        return Ticket(trial)

    def release(self, ticket: Ticket, ok: bool | None, error: BaseException | str | None = None) -> None:
        """The request ended: ``ok`` True (the provider answered, even a 4xx), False (it failed), None (no
        verdict: the client went away)."""
        self.in_flight -= 1
        metrics.provider_in_flight(self.model, self.label, -1)
        if ticket.trial:
            self.trial_taken = False
        if ok is True:
            self.succeeded()
        elif ok is False:
            self.failed(error)

    def succeeded(self) -> None:
        if self.open_until is not None or self.failures or not self.up:
            self.failures = 0
            self.open_until = None
            self.cooldown = self.base_cooldown
            self.up = True
            self._publish()

    def failed(self, error: BaseException | str | None) -> None:
        self.failures += 1
        self.last_error = str(error or "")[:300]
        self.up = False
        metrics.provider_failed(self.model, self.label)
        circuit = self.circuit
        if circuit is Circuit.HALF_OPEN or (circuit is Circuit.CLOSED and self.failures >= self.threshold):
            self.open_until = self.clock() + self.cooldown
            self.cooldown = min(self.cooldown * 2, self.cooldown_max)
        self._publish()

    def health(self, ok: bool, error: BaseException | str | None = None) -> None:
        """A health check's verdict: a failure counts as a failed call; a success ends an open circuit's
        cool-down early (the next request is the trial), without closing it."""
        if not ok:
            self.failed(error)
            return
        self.up = True
        if self.circuit is Circuit.OPEN:
            self.open_until = self.clock()
        self._publish()

    def _publish(self) -> None:
        metrics.provider_state(self.model, self.label, state=int(self.circuit), up=self.up)
