"""Two halves of one piece of work at once: one in this process, the other in a forked child.

Used where a run is long and splits cleanly (validate's rules on a large file). The child starts
as a copy of this process (fork: nothing is sent to it, nothing is imported again), works out its
half and sends the result back pickled through a pipe. Whatever goes wrong with the child (it
cannot start, it raises, it is killed, its answer does not unpickle), its half is worked out here
afterwards: the result is the same as working out both halves here, only slower, and an error in
that half is raised here as it would have been without a child.

:func:`together` is for halves that need something from each other on their way (an export's citation
keys): each side can send the other values down a pipe. There nothing is worked out again here: when the
child cannot be had, :class:`Apart` is raised and the caller does the whole job its own way.
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


class Apart(Exception):
    """:func:`together` could not be done with a child: none could be forked, or it failed on its way."""


class Line:
    """One side's end of :func:`together`'s line: values sent to the other side, and received from it."""

    def __init__(self, sending, receiving) -> None:
        self._sending, self._receiving = sending, receiving

    def send(self, value: object) -> None:
        """Send ``value`` to the other side; it waits here until the other side receives it, if it is large."""
        try:
            pickle.dump(("said", value), self._sending, protocol=pickle.HIGHEST_PROTOCOL)
            self._sending.flush()
        except OSError as error:  # the other side is gone (a broken pipe)
            raise Apart(f"the other side is gone: {error}") from None

    def receive(self) -> object:
        """The next value the other side sends, waiting for it; :class:`Apart` if the other side ends first."""
        try:
            kind, value = pickle.load(self._receiving)
        except (EOFError, OSError, pickle.UnpicklingError) as error:
            raise Apart(f"the other side ended: {error!r}") from None
        if kind != "said":
            raise Apart("the other side ended without sending")
        return value


def together(here: Callable[[Line], T], there: Callable[[Line], U]) -> tuple[T, U]:
    """``(here(line), there(line))``, with ``there`` in a forked child while ``here`` runs, each side able to send
    values to the other down its ``line`` and to receive the other's: for two halves of a job where each needs
    something the other works out on its way. The two must agree on the order of what they send: a side's send
    waits until the other receives, so both sending a large value at once would wait for ever.

    Unlike :func:`both`, nothing is worked out here again: :class:`Apart` is raised when no child can be forked
    (:func:`can_fork` false too), or when the child raises, dies, or ends before sending what ``here`` waits
    for. An error here kills the child and goes on."""
    if not can_fork():
        raise Apart("no second process here")
    parent = os.getpid()
    from_child, to_parent = os.pipe()
    from_parent, to_child = os.pipe()
    try:
        pid = os.fork()
    except OSError as error:  # no memory or no process slot for a child
        for end in (from_child, to_parent, from_parent, to_child):
            os.close(end)
        raise Apart(f"no child could be forked: {error}") from None
    if pid == 0:
        os.close(from_child)
        os.close(to_child)
        _talking_child(there, parent, os.fdopen(to_parent, "wb"), os.fdopen(from_parent, "rb"))  # never returns
    os.close(to_parent)
    os.close(from_parent)
    with os.fdopen(from_child, "rb") as receiving, os.fdopen(to_child, "wb") as sending:
        try:
            mine = here(Line(sending, receiving))
            sending.close()  # a child still waiting for a value stops waiting
            answer = _answer(receiving)
        except BaseException:  # an error or Ctrl-C here: the child's work is not wanted
            os.kill(pid, signal.SIGKILL)
            raise
        finally:
            os.waitpid(pid, 0)
    if answer is None:
        raise Apart("the child failed")
    return mine, answer[0]


def _answer(receiving) -> tuple[object] | None:
    """The child's answer, in a 1-tuple, past what it sent that ``here`` did not receive; None if it failed."""
    while True:
        try:
            kind, value = pickle.load(receiving)
        except Exception:  # killed half-way, or no answer: noticed here, not trusted
            return None
        if kind == "done":
            return value


def _talking_child(there: Callable[[Line], object], parent: int, sending, receiving) -> None:
    """:func:`together`'s child: ``there(line)``, its answer sent after whatever it sent on its way."""
    status = 1
    try:
        _die_with(parent)
        try:
            answer = ("done", (there(Line(sending, receiving)),))
        except BaseException:  # the parent is told the child failed: it does the work another way
            answer = ("done", None)
        pickle.dump(answer, sending, protocol=pickle.HIGHEST_PROTOCOL)
        sending.flush()
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
