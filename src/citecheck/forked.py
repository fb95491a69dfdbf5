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
    if not split or not can_fork():
        return here(), there()
    parent = os.getpid()
    reading, writing = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no memory or no process slot for a child: work it all out here
        os.close(reading)
        os.close(writing)
        return here(), there()
    if pid == 0:
        _child(reading, writing, there, parent)  # never returns
    answer = b""
    try:
        os.close(writing)
        mine = here()
        with os.fdopen(reading, "rb") as pipe:
            reading = -1
            answer = pipe.read()
    except BaseException:  # an error or Ctrl-C here: the child's work is not wanted
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        if reading >= 0:
            os.close(reading)
        os.waitpid(pid, 0)
    try:
        finished, theirs = pickle.loads(answer)
    except Exception:  # killed half-way, or an empty answer: noticed here, not trusted
        finished = False
    return mine, theirs if finished else there()


def _child(reading: int, writing: int, there: Callable[[], object], parent: int) -> None:
    """The child's whole life: work out ``there()``, write it to the pipe, exit without clean-up.

    ``os._exit`` skips the parent's exit handlers and buffered output, which are the parent's own. A child
    whose parent is killed (not by Ctrl-C, which reaches both) is killed with it instead of working on.
    """
    status = 1
    try:
        os.close(reading)
        _die_with(parent)
        try:
            answer = pickle.dumps((True, there()), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # the parent works this half out again and meets the same error itself
            answer = pickle.dumps((False, None))
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(answer)
        status = 0
    finally:
        os._exit(status)


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
