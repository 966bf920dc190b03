"""A per-client token bucket, so one phone (or one script) cannot swamp a round.

Each client address gets ``limit`` requests, refilled evenly over ``period`` seconds; a
phone polling once a second and sending a few votes stays well inside it, a loop firing
requests runs dry and is told when to come back. Buckets that are full again are dropped
when the table grows, so a long workshop does not accumulate one entry per phone forever.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Callable

MAX_TRACKED_CLIENTS = 4096


class RateLimiter:
    """Thread-safe token buckets keyed by client address."""

    def __init__(
        self, limit: int, period: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if limit < 1 or period <= 0:
            raise ValueError("A rate limit needs at least one request per positive period.")
        self.limit = limit
        self.period = period
        self._rate = limit / period
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> float:
        """Take one token for ``client``; 0.0 if allowed, else the seconds until the next one."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.limit), now))
            tokens = min(float(self.limit), tokens + (now - last) * self._rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                if len(self._buckets) > MAX_TRACKED_CLIENTS:
                    self._forget_idle(now)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / self._rate

    @staticmethod
    def retry_after(wait: float) -> str:
        """The ``Retry-After`` header value: whole seconds, at least one."""
        return str(max(1, math.ceil(wait)))

    def _forget_idle(self, now: float) -> None:
        full = [
            c for c, (tokens, last) in self._buckets.items()
            if tokens + (now - last) * self._rate >= self.limit
        ]
        for client in full:
            del self._buckets[client]
