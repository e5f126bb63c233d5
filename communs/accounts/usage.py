"""The usage writer: usage records go to the database from a background thread, in batches, and outlive an outage.

A request never waits for accounting: :meth:`UsageWriter.put` only appends to a buffer. The writer thread inserts
up to :data:`BATCH` rows per transaction. While the database is unreachable it keeps the rows and retries with a
backoff (0.5 s doubling to 30 s); the thread never dies of a database error. The buffer is bounded
(:data:`MAX_BUFFERED` rows, about 30 MB): past it, the **oldest** rows are dropped — counted in
:attr:`UsageWriter.dropped` and logged at ERROR, once per 1,000 — so that a long outage cannot exhaust the memory of
the API. A batch that the database refuses for another reason (a constraint, a bad value) would fail forever: it
is logged at ERROR with its size and dropped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from communs.db import is_unavailable, redact_url

log = logging.getLogger(__name__)

BATCH = 500
MAX_BUFFERED = 100_000
BACKOFF_S = (0.5, 30.0)


@dataclass
class UsageRecord:
    endpoint: str
    model: str | None
    prompt_tokens: int
    completion_tokens: int
    latency_ms: float
    status: int
    user_id: int | None
    key_id: int | None
    at: datetime | None = None


class UsageWriter:
    def __init__(self, engine: sa.Engine, table: sa.Table, *, max_buffered: int = MAX_BUFFERED) -> None:
        self.engine = engine
        self.table = table
        self.max_buffered = max_buffered
        self.dropped = 0  # rows lost to a full buffer or a refused batch, since start
        self.written = 0
        self._buffer: deque[UsageRecord] = deque()
        self._wake = threading.Condition()
        self._write_lock = threading.Lock()  # a batch is taken and written under it: flush() sees no hidden batch
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._failing_since: float | None = None

    def put(self, record: UsageRecord) -> None:
        with self._wake:
            self._buffer.append(record)
            self._trim()
            self._wake.notify()
        if self._thread is None or not self._thread.is_alive():
            self._start()

    def pending(self) -> int:
        with self._wake:
            return len(self._buffer)

    def _trim(self) -> None:
        """Drop the oldest rows past the bound (called with ``_wake`` held)."""
        over = len(self._buffer) - self.max_buffered
        for _ in range(max(over, 0)):
            self._buffer.popleft()
            self.dropped += 1
            if self.dropped % 1000 == 1:
                log.error(
                    "usage: buffer full (%d rows, database unreachable since %.0f s): %d oldest rows dropped so far",
                    self.max_buffered,
                    time.monotonic() - (self._failing_since or time.monotonic()),
                    self.dropped,
                )

    def _start(self) -> None:
        with self._wake:
            if self._thread is None or not self._thread.is_alive():
                self._stopping = False
                self._thread = threading.Thread(target=self._loop, name="usage-writer", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        delay = BACKOFF_S[0]
        while True:
            with self._wake:
                while not self._buffer and not self._stopping:
                    self._wake.wait()
                if self._stopping and not self._buffer:
                    return
            if self.write_batch():
                delay = BACKOFF_S[0]
                continue
            with self._wake:  # the database is unreachable: keep the rows, wait, retry
                if self._stopping:
                    return
                self._wake.wait(delay)
            delay = min(delay * 2, BACKOFF_S[1])

    def write_batch(self) -> bool:
        """Write up to BATCH buffered rows; False when the database is unreachable (the rows are kept)."""
        with self._write_lock:
            with self._wake:
                batch = [self._buffer.popleft() for _ in range(min(BATCH, len(self._buffer)))]
            if not batch:
                return True
            try:
                with self.engine.begin() as conn:
                    conn.execute(self.table.insert(), [dict(r.__dict__) for r in batch])
            except Exception as exc:
                if not is_unavailable(exc):
                    self.dropped += len(batch)
                    log.error("usage: %d rows refused by the database and dropped: %s", len(batch), exc)
                    return True
                with self._wake:
                    self._buffer.extendleft(reversed(batch))
                    self._trim()
                if self._failing_since is None:
                    self._failing_since = time.monotonic()
                    log.warning(
                        "usage: database unreachable at %s, %d rows kept for retry",
                        redact_url(self.engine.url),
                        len(self._buffer),
                    )
                return False
            self.written += len(batch)
            if self._failing_since is not None:
                log.warning("usage: database back after %.0f s", time.monotonic() - self._failing_since)
                self._failing_since = None
            return True

    def flush(self, timeout: float = 30.0) -> bool:
        """Write every buffered row now, retrying up to ``timeout`` s; False (rows kept) if the database stays down."""
        deadline = time.monotonic() + timeout
        while True:
            while self.pending():
                if not self.write_batch():
                    if time.monotonic() >= deadline:
                        return False
                    time.sleep(0.2)
            # a batch the writer thread took out of the buffer may still be on its way: wait for it to land
            if not self._write_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
                return False
            self._write_lock.release()
            if not self.pending():
                return True  # nothing buffered, nothing in flight

    def close(self, timeout: float = 10.0) -> None:
        """Stop the thread after a last flush; rows still unwritten are reported, being lost with the process."""
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=timeout)
        if not self.flush(timeout) and self.pending():
            self.dropped += self.pending()
            log.error("usage: %d rows lost at shutdown: database unreachable", self.pending())
