"""Per-host politeness: at most N requests in flight per host, a minimum gap between their starts,
and a backoff shared by every thread going to that host (a 429 slows the host, not one worker).

The backoffs of one host between two good answers add up to at most a budget (the per-link deadline):
a host that answers 429 to link after link would otherwise hold its links one backoff after another,
without end (20 links, 80 s). Once the budget is spent the host is given up on: its links left are not
requested (they are blocked).
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
    held: float = 0.0  # seconds of backoff imposed on this host since its last good answer, all links


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    # ASCII digits only: str.isdigit() also passes '²' (a latin-1 header byte), which float() refuses;
    # any length is fine, the wait is capped later (float('9' * 5000) is inf, not an error)
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - (time.time() if now is None else now))
    except (TypeError, ValueError, OverflowError, OSError):  # a date no calendar or platform holds
        return None


class HostGate:
    """Admits requests host by host. ``clock`` and ``sleep`` are injectable for tests."""

    def __init__(
        self,
        per_host: int = DEFAULTS.per_host,
        interval: float = DEFAULTS.host_interval,
        backoff_base: float = DEFAULTS.backoff,
        backoff_cap: float = DEFAULTS.retry_after_cap,
        backoff_budget: float = DEFAULTS.link_deadline,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.per_host, self.interval = max(per_host, 1), interval
        self.backoff_base, self.backoff_cap, self.backoff_budget = backoff_base, backoff_cap, backoff_budget
        self.clock, self.sleep = clock, sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_options(cls, options: LinkOptions) -> HostGate:
        return cls(
            options.per_host, options.host_interval, options.backoff, options.retry_after_cap, options.link_deadline
        )

    def _host(self, name: str) -> _Host:
        with self._lock:
            if name not in self._hosts:
                self._hosts[name] = _Host(threading.BoundedSemaphore(self.per_host))
            return self._hosts[name]

    @contextmanager
    def slot(self, host: str, budget: float = float("inf")) -> Iterator[bool]:
        """Hold one of the host's slots once its turn comes; yields False when the turn would come more
        than ``budget`` seconds after the slot is free (the wait for a free slot is not counted), and
        at once when the host's backoff budget is spent."""
        state = self._host(host)
        with state.slots:
            yield self._wait_turn(state, self.clock() + budget)

    def _wait_turn(self, state: _Host, deadline: float) -> bool:
        while True:
            with self._lock:
                if state.held >= self.backoff_budget:
                    return False
                now = self.clock()
                ready = max(state.next_start, state.blocked_until)
                if ready <= now:
                    state.next_start = now + self.interval
                    return True
            if ready > deadline:
                return False
            self.sleep(ready - now)  # re-check after: another thread may have extended the backoff

    def back_off(self, host: str, retry_after: float | None = None) -> float | None:
        """Block ``host`` for Retry-After (capped) or an exponential delay; return the delay, or None
        when the host's backoff budget is spent (the answer that asked for it is final)."""
        state = self._host(host)
        with self._lock:
            if state.held >= self.backoff_budget:
                return None
            state.penalties += 1
            exponential = self.backoff_base * 2 ** (state.penalties - 1)
            wanted = min(self.backoff_cap, retry_after if retry_after is not None else exponential)
            delay = min(wanted, self.backoff_budget - state.held)
            state.held += max(delay, 1e-3)  # a Retry-After of 0, repeated, still uses the budget up
            state.blocked_until = max(state.blocked_until, self.clock() + delay)
            return delay

    def given_up(self, host: str) -> bool:
        """Whether ``host``'s backoffs have used up its budget (its links left are not requested)."""
        return self._host(host).held >= self.backoff_budget

    def recover(self, host: str) -> None:
        """A good answer from ``host``: the next backoff starts small again, with its budget whole."""
        state = self._host(host)
        with self._lock:
            state.penalties, state.held = 0, 0.0

    def blocked_until(self, host: str) -> float:
        return self._host(host).blocked_until
