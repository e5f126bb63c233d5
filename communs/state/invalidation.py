"""Key-cache invalidations across processes, by Redis pub/sub.

A process that revokes a key (or changes a user's role) publishes one message on ``<prefix>:keys:invalidate``;
every process subscribed drops its whole key cache when it arrives (a few milliseconds). Pub/sub rather than a
generation counter polled by requests: nothing is added to a request (no Redis round trip, no polling delay).
Its weakness, a message lost while a process is cut off from Redis, is closed by the listener's ``live`` flag:
the key cache is only trusted while the subscription is up, and is dropped again each time it (re)connects, so
a process that missed messages asks the database until it hears Redis again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import redis

from communs.state.connection import with_health_checks

log = logging.getLogger(__name__)
RETRY_SECONDS = 0.5


class Invalidations:
    """Publish invalidations, and listen for them in a daemon thread (``start``)."""

    def __init__(self, client: redis.Redis, channel: str) -> None:
        self.client = client
        self.channel = channel
        self._live = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def live(self) -> bool:
        """True while this process is subscribed: no invalidation can have been missed."""
        return self._live.is_set()

    def publish(self) -> bool:
        """Tell every process to drop its key cache; False (logged) when Redis does not answer."""
        try:
            self.client.publish(self.channel, b"keys")
        except redis.RedisError as exc:
            log.warning("key revocation not announced on Redis (%s): other processes see it within 30 s", exc)
            return False
        return True

    def start(self, on_message: Callable[[], None]) -> None:
        """Call ``on_message`` for each invalidation, and whenever the subscription is (re)established."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, args=(on_message,), name="key-invalidations", daemon=True)
            self._thread.start()

    def wait_live(self, timeout: float) -> bool:
        return self._live.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self, on_message: Callable[[], None]) -> None:
        listener = with_health_checks(self.client, 2.0)
        while not self._stop.is_set():
            pubsub = listener.pubsub(ignore_subscribe_messages=False)
            try:
                pubsub.subscribe(self.channel)
                while not self._stop.is_set():
                    message = pubsub.get_message(timeout=RETRY_SECONDS)
                    if message is None:
                        continue
                    if message["type"] == "subscribe":
                        on_message()  # whatever was published while we were away
                        self._live.set()
                    elif message["type"] == "message":
                        on_message()
            except (redis.RedisError, OSError) as exc:
                if self._live.is_set():
                    log.warning("Redis subscription lost (%s): key cache off until it is back", exc)
                self._live.clear()
                on_message()
                self._stop.wait(RETRY_SECONDS)
            finally:
                try:
                    pubsub.close()
                except (redis.RedisError, OSError):
                    pass
        self._live.clear()
        listener.close()
