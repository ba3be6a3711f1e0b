"""How fast one host is asked: per-host gates, backoff, Retry-After, and giving up on a
host that stopped answering."""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable
from email.utils import parsedate_to_datetime

_THROTTLE_FACTOR = 0.75  # multiplicative decrease of a host's concurrency on 429
DOWN_AFTER = 3  # consecutive failures to reach a host before one request confirms it is down


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff(first: float, tries: int, cap: float) -> float:
    """Seconds before retry number ``tries``: doubling from ``first``, jittered, at most cap."""
    return min(cap, first * 2 ** min(tries - 1, 30)) * random.uniform(0.5, 1.5)


def jittered(wait: float) -> float:
    """A server's Retry-After plus up to 10 %, so that its waiters do not all return at once."""
    return wait + random.uniform(0, wait / 10)


class HostGate:
    """A FIFO concurrency limit for one host that shrinks on 429 and grows back (AIMD).

    At a limit of 1, a further 429 pauses the whole host for the wait it asked for.
    """

    def __init__(self, limit: int, interval: float) -> None:
        self.ceiling = limit
        self.limit = float(limit)
        self.active = 0
        self.peak = 0
        self.interval = interval
        self.last_answer = -math.inf
        self._next_start = 0.0
        self._last_cut = -math.inf
        self._before_cut = float(limit)
        self._window = 0  # clean answers that forgive the last cut
        self._clean = 0  # answers without 429 since the last one
        self._waiters: deque[asyncio.Future[None]] = deque()

    async def acquire(self) -> None:
        if self.active < int(self.limit) and not self._waiters:
            self._take()
        else:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter.done() and not waiter.cancelled():
                    self.release()  # granted and cancelled at once: hand the slot on
                raise
        await self._space_out()

    def release(self) -> None:
        self.active -= 1
        self._wake()

    def answered(self) -> None:
        self.last_answer = time.monotonic()

    def succeeded(self) -> None:
        self._clean += 1
        if self.limit < self._before_cut and self._clean >= self._window:
            # A whole window of clean answers: the 429 was one URL's limit, not the host's.
            self.limit = self._before_cut
        elif self.limit < self.ceiling:
            self.limit = min(self.ceiling, self.limit + 1.0 / self.limit)
        self._wake()

    def throttled(self, started: float, wait: float) -> None:
        """A 429: shrink once per round trip, not once per rejected request."""
        self._clean = 0
        if started <= self._last_cut:
            return
        now = time.monotonic()
        if self.limit <= 1.0:
            self._next_start = max(self._next_start, now + wait)
        self._before_cut = self.limit
        self.limit = max(1.0, self.limit * _THROTTLE_FACTOR)
        self._window = int(self.limit)
        self._last_cut = now

    def _take(self) -> None:
        self.active += 1
        self.peak = max(self.peak, self.active)

    def _wake(self) -> None:
        while self._waiters and self.active < int(self.limit):
            waiter = self._waiters.popleft()
            if not waiter.done():
                self._take()
                waiter.set_result(None)

    async def _space_out(self) -> None:
        now = time.monotonic()
        start = max(now, self._next_start)
        if self.interval > 0 or start > now:
            self._next_start = start + self.interval
        if start > now:
            await asyncio.sleep(start - now)


class HostDown(Exception):
    """The host stopped answering: its remaining links are not requested."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class HostHealth:
    """Consecutive failures to reach one host (refused, no connection, no answer at all).

    After ``limit`` of them, the next request first waits for one confirming request (made
    by ``confirm``, e.g. a HEAD of the host's root) while every other request waits for its
    outcome: if the host does not answer that either, it is down, and every request still to
    come fails at once with HostDown instead of waiting out its own timeouts. Any answer from
    the host starts the count over.
    """

    def __init__(self, limit: int = DOWN_AFTER) -> None:
        self.limit = limit
        self.failures = 0
        self.down: str | None = None  # why, once confirmed
        self._confirming: asyncio.Future[None] | None = None

    @property
    def clear(self) -> bool:
        return self.down is None and self.failures < self.limit

    async def admit(self, confirm: Callable[[], Awaitable[str | None]]) -> None:
        """Return when a request may go; raise HostDown once the host is known to be down.

        ``confirm()`` returns None when the host answered, else why it did not.
        """
        while not self.clear:
            if self.down is not None:
                raise HostDown(self.down)
            if self._confirming is not None:
                await asyncio.shield(self._confirming)
                continue
            self._confirming = asyncio.get_running_loop().create_future()
            try:
                self.down = await confirm()
                self.failures = 0 if self.down is None else self.failures
            finally:
                self._confirming.set_result(None)
                self._confirming = None

    def answered(self) -> None:
        self.failures = 0

    def failed(self) -> None:
        self.failures += 1

    def reconfirm(self) -> None:
        """A host found down gets one more confirming request before the next one."""
        if self.down is not None:
            self.down = None
            self.failures = self.limit
