"""Per-host politeness: slots, minimum interval, Retry-After honoured per host (not per thread)."""

from __future__ import annotations

import datetime as dt
import email.utils
import itertools
import time

from citecheck.links.politeness import HostGate, parse_retry_after
from links.fakeweb import article, target


class FakeClock:
    def __init__(self):
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def test_retry_after_reads_seconds_and_http_dates():
    now = time.time()
    later = email.utils.format_datetime(dt.datetime.fromtimestamp(now + 120, dt.UTC), usegmt=True)
    assert parse_retry_after("7") == 7.0
    assert 118 <= parse_retry_after(later, now=now) <= 120
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_retry_after_with_a_digit_float_cannot_read_or_a_date_no_calendar_holds_is_no_wait():
    # issue 15: a latin-1 '²' passes str.isdigit() and float() refused it, aborting the whole run
    assert parse_retry_after("\xb2") is None
    assert parse_retry_after("\u0663") is None  # an Arabic-Indic three
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 +9999") is None
    assert parse_retry_after("9" * 5000) == float("inf")  # capped by the gate, not an error


def test_a_hosts_backoffs_add_up_to_its_budget_then_it_is_given_up_until_a_good_answer():
    clock = FakeClock()
    gate = HostGate(backoff_base=0.5, backoff_cap=30, backoff_budget=5, clock=clock, sleep=clock.sleep)
    assert [gate.back_off("a.test", retry_after=2) for _ in range(4)] == [2, 2, 1, None]
    assert gate.given_up("a.test") and not gate.given_up("b.test")
    with gate.slot("a.test") as admitted:
        assert admitted is False
    assert clock.slept == []  # given up: refused at once, not after the last backoff
    gate.recover("a.test")
    assert not gate.given_up("a.test") and gate.back_off("a.test") == 0.5


def test_requests_to_one_host_start_at_least_the_interval_apart():
    clock = FakeClock()
    gate = HostGate(per_host=2, interval=0.25, clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(3):
        with gate.slot("a.test"):
            starts.append(clock.now)
    assert starts == [100.0, 100.25, 100.5]


def test_another_host_is_not_held_back_by_the_interval():
    clock = FakeClock()
    gate = HostGate(interval=5.0, clock=clock, sleep=clock.sleep)
    with gate.slot("a.test"):
        pass
    with gate.slot("b.test"):
        pass
    assert clock.slept == []


def test_backoff_without_retry_after_doubles_per_host_and_a_success_resets_it():
    clock = FakeClock()
    gate = HostGate(backoff_base=0.5, backoff_cap=30, backoff_budget=60, clock=clock, sleep=clock.sleep)
    assert [gate.back_off("a.test") for _ in range(4)] == [0.5, 1.0, 2.0, 4.0]
    gate.recover("a.test")
    assert gate.back_off("a.test") == 0.5
    assert gate.back_off("b.test", retry_after=3600) == 30  # Retry-After is honoured up to the cap


def test_a_slot_whose_turn_comes_after_the_deadline_is_refused_without_waiting():
    clock = FakeClock()
    gate = HostGate(clock=clock, sleep=clock.sleep)
    gate.back_off("a.test", retry_after=10)
    with gate.slot("a.test", budget=5) as admitted:
        assert admitted is False
    assert clock.slept == []


def test_a_429_with_retry_after_holds_back_every_request_to_that_host_but_not_others(web, make_checker):
    answers = iter([429])
    web.route(
        "site-a.test",
        "/limited",
        lambda h: h.send(next(answers, 200), article("fine"), headers={"Retry-After": "1"}),
    )
    for n in range(3):
        web.route("site-a.test", f"/p{n}", lambda h: h.send(200, article("page")))
        web.route("site-b.test", f"/q{n}", lambda h: (time.sleep(0.2), h.send(200, article("page"))))
    targets = [target(web.url("site-a.test", "/limited"), "limited")]
    targets += [target(web.url("site-a.test", f"/p{n}"), f"p{n}") for n in range(3)]
    targets += [target(web.url("site-b.test", f"/q{n}"), f"q{n}") for n in range(3)]
    results = make_checker(per_host=1, concurrency=4, soft404=False, timeout=2).check_all(targets)
    assert {r.status for r in results} == {"ok"}
    assert results[0].attempts == 2
    limited_at = web.hits("site-a.test", "/limited")[0]
    later_a = [t for m, h, p, t in web.log if h == "site-a.test" and t > limited_at]
    assert later_a and min(later_a) - limited_at >= 0.95  # the whole host waited Retry-After
    b_during = [t for m, h, p, t in web.log if h == "site-b.test" and limited_at < t < limited_at + 0.9]
    assert b_during  # site-b went on meanwhile


def test_a_huge_retry_after_is_capped_and_the_link_reported_blocked(web, make_checker):
    web.route("site-a.test", "/busy", lambda h: h.send(429, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    result = make_checker(retries=1, retry_after_cap=0.3, timeout=1).check(
        target(web.url("site-a.test", "/busy"))
    )
    assert (result.status, result.http_status, result.attempts) == ("blocked", 429, 2)
    assert time.monotonic() - started < 1.5
    gets = web.hits("site-a.test", "/busy", "GET")
    assert gets[1] - gets[0] >= 0.29


def test_no_more_than_per_host_requests_are_in_flight_to_one_host(web, make_checker):
    import threading

    lock, state = threading.Lock(), {"now": 0, "max": 0}

    def slow(handler):
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.1)
        with lock:
            state["now"] -= 1
        handler.send(200, article("page"))

    web.route("site-a.test", "*", slow)
    targets = [target(web.url("site-a.test", f"/p{n}"), f"p{n}") for n in range(6)]
    results = make_checker(per_host=2, concurrency=6, soft404=False).check_all(targets)
    assert {r.status for r in results} == {"ok"}
    assert state["max"] == 2


def test_requests_to_one_host_keep_the_minimum_interval_on_the_wire(web, make_checker):
    web.route("site-a.test", "*", lambda h: h.send(200, article("page")))
    targets = [target(web.url("site-a.test", f"/p{n}"), f"p{n}") for n in range(4)]
    make_checker(per_host=4, concurrency=4, host_interval=0.1, soft404=False).check_all(targets)
    starts = sorted(t for _, _, _, t in web.log)
    assert len(starts) == 4
    assert min(b - a for a, b in itertools.pairwise(starts)) >= 0.09


def test_a_retry_after_header_of_a_latin1_superscript_two_is_no_wait_and_the_run_goes_on(web, make_checker):
    # issue 15: one such header aborted the whole run with a traceback and no link was reported
    web.route("site-a.test", "/odd", lambda h: h.send(429, headers={"Retry-After": "\xb2"}))
    web.route("site-a.test", "/fine", lambda h: h.send(200, article("page")))
    targets = [target(web.url("site-a.test", "/odd"), "odd"), target(web.url("site-a.test", "/fine"), "fine")]
    results = make_checker(soft404=False, retries=1).check_all(targets)
    assert [(r.id, r.status, r.http_status) for r in results] == [("odd", "blocked", 429), ("fine", "ok", 200)]


def test_a_429_storm_on_one_host_is_bounded_by_one_deadline_not_one_backoff_per_link(web, make_checker):
    # issue 15: 20 links of a host answering 429 took 80 s, each link waiting out the backoffs of
    # the links before it; now the host's backoffs add up to one per-link deadline (1 s here)
    web.route("site-a.test", "*", lambda h: h.send(429, headers={"Retry-After": "1"}))
    targets = [target(web.url("site-a.test", f"/p{n}"), f"p{n}") for n in range(20)]
    started = time.monotonic()
    results = make_checker(soft404=False, timeout=0.5, retries=2, per_host=2).check_all(targets)
    assert time.monotonic() - started < 1.5
    assert {r.status for r in results} == {"blocked"}
    asked = [r for r in results if r.http_status == 429]
    untried = [r for r in results if r.http_status is None]
    assert len(asked) + len(untried) == 20 and len(web.log) <= 6
    assert {r.attempts for r in untried} == {0}
    assert untried[0].message == (
        f"not requested: site-a.test:{web.port} kept answering 429/503 to the links before it, "
        "past what one host may be waited for"
    )
