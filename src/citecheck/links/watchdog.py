"""A socket-level watchdog: the connections of a check are cut when the check's deadline passes.

Socket timeouts bound each read, not a whole answer: a server that sends one byte every second never
trips a 10 s read timeout and can hold a worker forever. So each check arms a guard with its
deadline; the guarded connections (see ``guard.py``) hand their sockets to the current thread's
guard, and one watcher thread shuts those sockets down when the deadline passes, which makes the
blocked read return at once.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(eq=False)
class Guard:
    deadline: float  # time.monotonic()
    sockets: list[socket.socket] = field(default_factory=list)
    expired: bool = False  # the watcher cut this guard's sockets


def _cut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed: nothing left to cut


class Watchdog:
    """One per session. ``guard(deadline)`` around a check; ``watch(sock)`` from the connections."""

    def __init__(self, clock=time.monotonic):
        self.clock = clock
        self._local = threading.local()
        self._armed: set[Guard] = set()
        self._changed = threading.Condition()
        self._watcher: threading.Thread | None = None
        self._wake_at = 0.0  # when the watcher looks next: a later deadline need not wake it

    @contextmanager
    def guard(self, deadline: float) -> Iterator[Guard]:
        current = Guard(deadline)
        previous = getattr(self._local, "guard", None)
        self._local.guard = current
        with self._changed:
            self._armed.add(current)
            if self._watcher is None:
                self._watcher = threading.Thread(target=self._watch, name="citecheck-watchdog", daemon=True)
                self._watcher.start()
            elif deadline < self._wake_at:
                self._changed.notify()
        try:
            yield current
        finally:
            with self._changed:
                self._armed.discard(current)
            self._local.guard = previous

    def watch(self, sock: socket.socket | None) -> None:
        """Put ``sock`` under the current thread's guard (no guard: nothing to do)."""
        current = getattr(self._local, "guard", None)
        if current is None or sock is None:
            return
        with self._changed:
            current.sockets.append(sock)
            if current.expired:
                _cut(sock)

    def _watch(self) -> None:
        with self._changed:
            while True:
                now = self.clock()
                due = [g for g in self._armed if not g.expired and g.deadline <= now]
                for expired in due:
                    expired.expired = True
                    for sock in expired.sockets:
                        _cut(sock)
                waiting = [g.deadline for g in self._armed if not g.expired]
                pause = min(1.0, max(0.005, min(waiting) - now)) if waiting else 1.0
                self._wake_at = now + pause
                self._changed.wait(pause)
