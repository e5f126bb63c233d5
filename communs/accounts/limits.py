"""Per-key request rate limits (requests per minute), a sliding window kept in memory.

One process, one window; a shared store (Redis) can back the same interface when the gateway
runs as several processes.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from communs.errors import RateLimitError


class RateLimiter:
    def __init__(self, window_seconds: float = 60.0) -> None:
        self.window = window_seconds
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, limit: int | None) -> None:
        """Count one request for ``key``; raise ``RateLimitError`` past ``limit`` per window."""
        if not limit:
            return
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            if len(hits) >= limit:
                retry = self.window - (now - hits[0])
                raise RateLimitError(f"rate limit of {limit} requests per minute reached; retry in {retry:.0f} s")
            hits.append(now)
