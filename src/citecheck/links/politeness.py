"""Per-host politeness: at most N requests in flight per host, a minimum gap between their starts,
and a backoff shared by every thread going to that host (a 429 slows the host, not one worker).
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from citecheck.links.options import DEFAULTS, LinkOptions


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    next_start: float = 0.0  # no request may start before this (minimum interval)
    blocked_until: float = 0.0  # backoff after a 429/503
    penalties: int = field(default=0)  # consecutive backoffs, for the exponential growth


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class HostGate:
    """Admits requests host by host. ``clock`` and ``sleep`` are injectable for tests."""

    def __init__(
        self,
        per_host: int = DEFAULTS.per_host,
        interval: float = DEFAULTS.host_interval,
        backoff_base: float = DEFAULTS.backoff,
        backoff_cap: float = DEFAULTS.retry_after_cap,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.per_host, self.interval = max(per_host, 1), interval
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self.clock, self.sleep = clock, sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_options(cls, options: LinkOptions) -> HostGate:
        return cls(options.per_host, options.host_interval, options.backoff, options.retry_after_cap)

    def _host(self, name: str) -> _Host:
        with self._lock:
            if name not in self._hosts:
                self._hosts[name] = _Host(threading.BoundedSemaphore(self.per_host))
            return self._hosts[name]

    @contextmanager
    def slot(self, host: str, budget: float = float("inf")) -> Iterator[bool]:
        """Hold one of the host's slots once its turn comes; yields False when the turn would come more
        than ``budget`` seconds after the slot is free (the wait for a free slot is not counted)."""
        state = self._host(host)
        with state.slots:
            yield self._wait_turn(state, self.clock() + budget)

    def _wait_turn(self, state: _Host, deadline: float) -> bool:
        while True:
            with self._lock:
                now = self.clock()
                ready = max(state.next_start, state.blocked_until)
                if ready <= now:
                    state.next_start = now + self.interval
                    return True
            if ready > deadline:
                return False
            self.sleep(ready - now)  # re-check after: another thread may have extended the backoff

    def back_off(self, host: str, retry_after: float | None = None) -> float:
        """Block ``host`` for Retry-After (capped) or an exponential delay; return the delay."""
        state = self._host(host)
        with self._lock:
            state.penalties += 1
            exponential = self.backoff_base * 2 ** (state.penalties - 1)
            delay = min(self.backoff_cap, retry_after if retry_after is not None else exponential)
            state.blocked_until = max(state.blocked_until, self.clock() + delay)
            return delay

    def recover(self, host: str) -> None:
        """A good answer from ``host``: the next backoff starts small again."""
        self._host(host).penalties = 0

    def blocked_until(self, host: str) -> float:
        return self._host(host).blocked_until
