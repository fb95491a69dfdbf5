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


def test_a_job_too_small_to_split_is_worked_out_here_without_a_child(monkeypatch):
    monkeypatch.setattr(forked.os, "fork", lambda: pytest.fail("forked"))
    assert forked.both(os.getpid, os.getpid, split=False) == (os.getpid(), os.getpid())


def test_a_small_bib_import_and_its_read_back_fork_nothing(monkeypatch):
    from citecheck.formats import get
    from citecheck.load.loader import check_references

    monkeypatch.setattr(forked.os, "fork", lambda: pytest.fail("forked"))
    assert len(get("biblatex").read("@book{a, title = {T}}", "refs.bib").references) == 1
    check_references(b'[{"id": "a", "type": "book", "title": "T"}]', "out.json")


@needs_fork
def test_a_child_whose_parent_is_killed_dies_with_it(tmp_path):
    import signal
    import subprocess
    import time

    script = ("import os, sys, time\nfrom citecheck import forked\nforked.threading.active_count = lambda: 1\n"
              "def there():\n    print(os.getpid(), flush=True, file=sys.stderr)\n    time.sleep(30)\n"
              "forked.both(lambda: time.sleep(30), there)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE, text=True)
    child = int(parent.stderr.readline())
    parent.send_signal(signal.SIGTERM)
    parent.wait(10)
    for _ in range(100):  # the kernel kills it when its parent is gone; give it a moment
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the child outlived its parent")


@needs_fork
def test_a_value_handed_over_by_the_first_half_reaches_the_second_in_the_child():
    parent = os.getpid()

    def here(hand):
        hand(list(range(100_000)))  # past a pipe's buffer: the parent waits for the child to read it
        return "mine"

    def there(received):
        return os.getpid() != parent, sum(received())

    assert forked.both_handing(here, there) == ("mine", (True, sum(range(100_000))))


def test_without_a_child_the_first_half_runs_first_and_the_second_receives_its_value(monkeypatch):
    monkeypatch.setattr(forked.os, "fork", lambda: pytest.fail("forked"))
    order = []

    def here(hand):
        order.append("here")
        hand(41)
        return "mine"

    def there(received):
        order.append("there")
        return received() + 1

    assert forked.both_handing(here, there, split=False) == ("mine", 42)
    assert order == ["here", "there"]


@needs_fork
def test_a_child_that_dies_before_it_receives_is_worked_out_here_with_the_value_handed():
    parent = os.getpid()

    def there(received):
        if os.getpid() != parent:
            os._exit(9)  # gone before reading: the parent's hand meets a broken pipe, and goes on
        return received() * 2

    assert forked.both_handing(lambda hand: (hand("ab" * 100_000), "mine")[1], there) == ("mine", "ab" * 200_000)


@needs_fork
def test_a_child_that_answers_without_receiving_does_not_wait_on_a_parent_still_handing():
    # Both values are past a pipe's buffer: were the child not to read the handed value, the parent would wait
    # to hand it while the child waits to answer.
    answer = forked.both_handing(lambda hand: (hand("x" * 1_000_000), "mine")[1], lambda received: "y" * 1_000_000)
    assert answer == ("mine", "y" * 1_000_000)


@needs_fork
def test_an_error_before_handing_kills_the_waiting_child_and_leaves_no_process_behind():
    def here(hand):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        forked.both_handing(here, lambda received: received())
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)
