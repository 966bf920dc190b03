"""The join code's second lock: one budget of wrong codes per round, shared by all addresses.

The rate limit is per address, so guessing speeds up with every address an attacker can
use on the network. This budget does not: after ``budget`` different wrong codes, from
anywhere, no new phone can join until the facilitator presses *Unlock* on the console.
Phones that joined before keep voting: when a phone first presents the right code it gets a
random device token (an ``HttpOnly``, ``SameSite=Strict`` cookie that its page sends along
with the code on every request), and only requests without a known token are locked out.

The arithmetic (6 characters from the 25-letter alphabet, budget 50):

* codes: 25**6 = 244,140,625 (25**5 = 9,765,625 with the former 5 characters);
* rate limit alone (30 requests / 10 s per address = 3 guesses/s), 50 addresses = 150
  guesses/s: half the codes are tried, on average, after 122,070,312 / 150 s = 9.4 days
  (5 characters: 4,882,812 / 150 s = 9.0 hours, the figure that prompted this lock);
* with the budget, time no longer helps: each lock period allows 50 guesses, a chance of
  50 / 244,140,625, about 1 in 4.9 million (5 characters: 1 in 195,000). Even if the
  facilitator pressed *Unlock* after every lock, an even chance needs about 2.4 million
  unlocks.

While locked, a request without a known device token gets the same "joining is locked"
answer whether its code is right or wrong, so guesses made during a lock teach nothing.
The budget counts *different* wrong codes: a phone left on the previous round's page,
polling with its old code every few seconds, spends one unit, not one per poll. The price
is that anyone on the network can lock joining by sending 50 wrong codes; the console says
so and one press unlocks, and phones already in are never affected.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass

DEFAULT_BUDGET = 50
MAX_DEVICES = 4096  # device tokens remembered; the least recently seen go first
DEVICE_COOKIE = "aw_device"
TOKEN_BYTES = 18  # 144 random bits, 24 URL-safe characters


@dataclass(frozen=True)
class JoinStatus:
    """What the console shows: whether new phones can join and why not."""

    locked: bool
    wrong_codes: int  # different wrong codes since the start or the last unlock
    budget: int
    refused_while_locked: int  # requests from new devices turned away during the lock
    devices: int  # phones (device tokens) that have joined


class JoinGuard:
    """Thread-safe: called from every server worker at once."""

    def __init__(self, budget: int = DEFAULT_BUDGET, *, max_devices: int = MAX_DEVICES) -> None:
        if budget < 1 or max_devices < 1:
            raise ValueError("The wrong-code budget and the device table need at least 1.")
        self.budget = budget
        self._max_devices = max_devices
        self._wrong: set[bytes] = set()
        self._locked = False
        self._refused = 0
        self._devices: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def locked(self) -> bool:
        return self._locked

    def wrong_code(self, code: str) -> bool:
        """Count a wrong (non-empty, normalised) code; True if this one locked joining."""
        # Only a digest is kept: the guesses need not sit in memory as text.
        digest = hashlib.sha256(code.encode("utf-8")).digest()
        with self._lock:
            if self._locked:
                return False
            self._wrong.add(digest)
            if len(self._wrong) >= self.budget:
                self._locked = True
                return True
        return False

    def knows(self, token: str | None) -> bool:
        """Whether ``token`` belongs to a phone that joined with the right code."""
        if not token:
            return False
        with self._lock:
            if token in self._devices:
                self._devices.move_to_end(token)
                return True
        return False

    def enrol(self) -> str:
        """A new device token for a phone that just presented the right code."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        with self._lock:
            self._devices[token] = None
            while len(self._devices) > self._max_devices:
                self._devices.popitem(last=False)
        return token

    def refused(self) -> None:
        """Count a request from a new device turned away while locked."""
        with self._lock:
            self._refused += 1

    def unlock(self) -> None:
        """The facilitator's *Unlock*: a fresh budget; joined phones are kept."""
        with self._lock:
            self._locked = False
            self._wrong.clear()
            self._refused = 0

    def status(self) -> JoinStatus:
        with self._lock:
            return JoinStatus(self._locked, len(self._wrong), self.budget, self._refused,
                              len(self._devices))


__all__ = ["DEFAULT_BUDGET", "DEVICE_COOKIE", "JoinGuard", "JoinStatus"]
