"""Two halves of one piece of work at once: one in this process, the other in a forked child.

Used where a run is long and splits cleanly (validate's rules on a large file). The child starts
as a copy of this process (fork: nothing is sent to it, nothing is imported again), works out its
half and sends the result back pickled through a pipe. Whatever goes wrong with the child (it
cannot start, it raises, it is killed, its answer does not unpickle), its half is worked out here
afterwards: the result is the same as working out both halves here, only slower, and an error in
that half is raised here as it would have been without a child.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

#: Items (references, entries) from which a job is worth splitting in two: below it the fork and the
#: pickled answer cost more than half the work saves.
SPLIT_AT = 10_000

T = TypeVar("T")
U = TypeVar("U")


def can_fork() -> bool:
    """Whether a forked child is safe and worth it here: Linux, two CPUs or more, one thread.

    Another thread could hold a lock (the import lock, a logging lock) at the moment of the fork and
    the child would wait for it forever; macOS's system libraries are not fork-safe.
    """
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    return threading.active_count() == 1 and len(os.sched_getaffinity(0)) >= 2


def both(here: Callable[[], T], there: Callable[[], U], split: bool = True) -> tuple[T, U]:
    """``(here(), there())``, with ``there`` in a forked child while ``here`` runs (when ``split``, a job big
    enough to be worth it, and :func:`can_fork`)."""
    return _both(here, there, split, None)


def both_handing(here: Callable[[Callable[[object], None]], T], there: Callable[[Callable[[], object]], U],
                 split: bool = True) -> tuple[T, U]:
    """:func:`both` for a second half that needs something the first half works out on its way: ``here(hand)``
    calls ``hand(value)`` once, before it returns, and ``there(received)`` gets that value from ``received()``,
    waiting for it if it must. Without a child, ``here`` runs first and ``there`` then receives the value."""
    handed: list[object] = []
    return _both(here, there, split, handed)


def _both(here: Callable, there: Callable, split: bool, handed: list[object] | None) -> tuple:
    """:func:`both` (``handed`` None) or :func:`both_handing` (``handed``: where ``hand`` keeps its value, for a
    ``there`` worked out here)."""
    def hand_here(value: object) -> None:
        handed.append(value)

    def received_here() -> object:
        return handed[0]

    def here_alone():
        return here() if handed is None else here(hand_here)

    def there_here():
        return there() if handed is None else there(received_here)

    if not split or not can_fork():
        return here_alone(), there_here()
    parent = os.getpid()
    reading, writing = os.pipe()
    to_child = os.pipe() if handed is not None else None
    try:
        pid = os.fork()
    except OSError:  # no memory or no process slot for a child: work it all out here
        for end in (reading, writing, *(to_child or ())):
            os.close(end)
        return here_alone(), there_here()
    if pid == 0:
        _child(reading, writing, there, parent, to_child)  # never returns
    answer = b""
    sending = [] if to_child is None else [to_child[1]]  # emptied once the value is sent: the end is closed then
    try:
        os.close(writing)
        if to_child is None:
            mine = here()
        else:
            os.close(to_child[0])
            mine = here(_hand_over(sending, handed))
        with os.fdopen(reading, "rb") as pipe:
            reading = -1
            answer = pipe.read()
    except BaseException:  # an error or Ctrl-C here: the child's work is not wanted
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        if reading >= 0:
            os.close(reading)
        if sending:
            os.close(sending.pop())  # nothing handed (here raised): the child stops waiting
        os.waitpid(pid, 0)
    try:
        finished, theirs = pickle.loads(answer)
    except Exception:  # killed half-way, or an empty answer: noticed here, not trusted
        finished = False
    return mine, theirs if finished else there_here()


def _hand_over(writing: list[int], handed: list[object]) -> Callable[[object], None]:
    """``hand`` for the parent: the value is kept (the child's half may have to be worked out here) and sent
    down the pipe whose one end is ``writing``'s item, which is then closed and taken out."""
    def hand(value: object) -> None:
        handed.append(value)
        try:
            with os.fdopen(writing.pop(), "wb") as pipe:
                pipe.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:  # the child is gone (a broken pipe): its half is worked out here, from what was kept
            pass

    return hand


def _child(reading: int, writing: int, there: Callable[..., object], parent: int,
           from_parent: tuple[int, int] | None) -> None:
    """The child's whole life: work out ``there()``, write it to the pipe, exit without clean-up.

    ``os._exit`` skips the parent's exit handlers and buffered output, which are the parent's own. A child
    whose parent is killed (not by Ctrl-C, which reaches both) is killed with it instead of working on.
    """
    status = 1
    try:
        os.close(reading)
        _die_with(parent)
        try:
            if from_parent is None:
                value = there()
            else:
                os.close(from_parent[1])
                received = _Receiver(from_parent[0])
                value = there(received)
                received.drain()  # a parent blocked handing a large value never waits on a child blocked answering
            answer = pickle.dumps((True, value), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # the parent works this half out again and meets the same error itself
            answer = pickle.dumps((False, None))
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(answer)
        status = 0
    finally:
        os._exit(status)


class _Receiver:
    """``received`` for the child: the parent's value, read from the pipe once."""

    def __init__(self, reading: int) -> None:
        self._reading: int | None = reading

    def __call__(self) -> object:
        reading, self._reading = self._reading, None
        if reading is None:
            raise RuntimeError("received() is for one value, read once")
        with os.fdopen(reading, "rb") as pipe:
            return pickle.loads(pipe.read())  # EOFError when nothing came: this half is then worked out there

    def drain(self) -> None:
        """Read (and drop) the value if ``there`` did not: the parent can then finish handing it."""
        if self._reading is not None:
            with os.fdopen(self._reading, "rb") as pipe:
                self._reading = None
                pipe.read()


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies; exit at once if it already has."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # no prctl here: the child ends with its half, as it would anyway
        pass
    if os.getppid() != parent:
        os._exit(1)
