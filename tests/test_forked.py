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
def test_together_each_side_receives_what_the_other_sends_in_the_agreed_order():
    parent = os.getpid()

    def here(line):
        told = line.receive()  # the child's first word
        line.send(list(range(100_000)))  # past a pipe's buffer: this waits for the child to read it
        return "mine", told

    def there(line):
        line.send(os.getpid() != parent)
        return sum(line.receive())

    assert forked.together(here, there) == (("mine", True), sum(range(100_000)))


@needs_fork
def test_together_a_value_the_parent_never_receives_does_not_hide_the_childs_answer():
    def there(line):
        line.send("x" * 1_000_000)  # past a pipe's buffer, and never received: read past at the end
        return "theirs"

    assert forked.together(lambda line: "mine", there) == ("mine", "theirs")


@needs_fork
def test_together_a_child_that_fails_or_dies_is_apart_and_is_not_worked_out_again_here():
    parent = os.getpid()
    calls = []

    def raises(line):
        calls.append(os.getpid())
        raise ValueError("in the child")

    def dies(line):
        os._exit(9)

    with pytest.raises(forked.Apart):
        forked.together(lambda line: "mine", raises)
    with pytest.raises(forked.Apart):
        forked.together(lambda line: line.receive(), dies)  # waiting for a word that never comes
    assert parent not in calls


def test_together_without_a_second_process_is_apart(monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    with pytest.raises(forked.Apart):
        forked.together(lambda line: 1, lambda line: 2)


@needs_fork
def test_together_an_error_here_kills_the_waiting_child_and_leaves_no_process_behind():
    def here(line):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        forked.together(here, lambda line: line.receive())
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)
