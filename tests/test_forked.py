"""Two halves of one piece of work: the same answer with a forked child as without, whatever it does."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from citecheck import forked

_ACTIVE_COUNT = threading.active_count
needs_fork = pytest.mark.skipif(not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
                                reason="forks on Linux with two CPUs")


@pytest.fixture(autouse=True)
def one_thread(monkeypatch):
    # An idle thread an earlier test left (a verify-links worker) would turn forking off: these tests
    # fork anyway, and their children touch no lock.
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)


@needs_fork
def test_the_second_half_is_worked_out_in_a_child_while_the_first_runs_here():
    here = os.getpid()
    assert forked.both(os.getpid, os.getpid)[0] == here
    assert forked.both(os.getpid, os.getpid)[1] != here


@needs_fork
def test_a_child_that_raises_is_worked_out_again_here_and_raises_here():
    parent = os.getpid()
    calls = []

    def there():
        calls.append(os.getpid())  # only the parent's list is seen afterwards
        raise ValueError(f"in {'the parent' if os.getpid() == parent else 'the child'}")

    with pytest.raises(ValueError, match="in the parent"):
        forked.both(lambda: 1, there)
    assert calls == [parent]


@needs_fork
def test_a_child_that_dies_without_an_answer_is_worked_out_again_here():
    parent = os.getpid()

    def there():
        if os.getpid() != parent:
            os._exit(9)  # killed half-way: nothing written to the pipe
        return "worked out here"

    assert forked.both(lambda: "mine", there) == ("mine", "worked out here")


@needs_fork
def test_an_error_here_kills_the_child_and_leaves_no_process_behind():
    def here():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        forked.both(here, lambda: __import__("time").sleep(60))
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left to reap


def test_with_a_second_thread_alive_nothing_is_forked(monkeypatch):
    monkeypatch.setattr(forked.threading, "active_count", _ACTIVE_COUNT)  # the real count
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert forked.can_fork() is False
        assert forked.both(os.getpid, os.getpid) == (os.getpid(), os.getpid())
    finally:
        stop.set()
        thread.join()
