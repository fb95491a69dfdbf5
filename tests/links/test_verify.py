"""Whole runs: FAILING until N strikes a day apart, then DEAD; cached successes; offline; archive rescue."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

import pytest

from citecheck.links.history import History
from citecheck.links.verify import verify
from links.fakeweb import article, target

DAY0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def history(tmp_path):
    store = History(tmp_path / "links.sqlite3")
    yield store
    store.close()


def test_a_broken_link_is_failing_until_it_fails_on_three_runs_a_day_apart(web, make_checker, history):
    clock = Clock(DAY0)
    targets = [target(web.url("site-a.test", "/gone"), "gone")]
    seen = []
    for hours in (0, 6, 26, 50):  # the 6-hour rerun is not a new strike
        clock.now = DAY0 + dt.timedelta(hours=hours)
        run = verify(targets, make_checker(dead_after=3), history, now=clock)
        seen.append((run.results[0].status, run.results[0].liveness, run.results[0].strikes))
    assert seen == [
        ("broken", "failing", 1),
        ("broken", "failing", 1),
        ("broken", "failing", 2),
        ("broken", "dead", 3),
    ]


def test_a_link_that_comes_back_starts_again_from_zero(web, make_checker, history):
    clock = Clock(DAY0)
    alive = {"now": False}
    web.route(
        "site-a.test", "/wobbly", lambda h: h.send(200, article("here")) if alive["now"] else h.send(404)
    )
    targets = [target(web.url("site-a.test", "/wobbly"))]
    verify(targets, make_checker(), history, now=clock)
    clock.advance(days=1)
    alive["now"] = True
    back = verify(targets, make_checker(soft404=False), history, now=clock).results[0]
    clock.advance(days=1)
    alive["now"] = False
    again = verify(targets, make_checker(), history, now=clock).results[0]
    assert (back.liveness, back.strikes) == ("alive", 0)
    assert (again.liveness, again.strikes) == ("failing", 1)


def test_a_fresh_success_is_reused_and_a_failure_is_always_rechecked(web, make_checker, history):
    clock = Clock(DAY0)
    web.route("site-a.test", "/ok", lambda h: h.send(200, article("fine")))
    targets = [target(web.url("site-a.test", "/ok"), "ok"), target(web.url("site-a.test", "/gone"), "gone")]
    day = dt.timedelta(days=1)
    verify(targets, make_checker(soft404=False, max_age=day), history, now=clock)
    clock.advance(hours=3)
    web.log.clear()
    second = verify(targets, make_checker(soft404=False, max_age=day), history, now=clock).results
    assert [(r.status, r.from_cache) for r in second] == [("ok", True), ("broken", False)]
    assert {path for _, _, path, _ in web.log} == {"/gone"}


def test_when_every_lookup_fails_like_an_offline_machine_nothing_is_recorded(make_checker, history):
    targets = [target(f"https://nowhere{n}.invalid/", f"r{n}") for n in range(3)]
    run = verify(targets, make_checker(), history, now=Clock(DAY0))
    assert run.offline is True
    assert history.timeline("https://nowhere0.invalid/") == []


def test_one_link_failing_to_resolve_on_an_offline_machine_records_nothing(make_checker, history):
    targets = [target("https://nowhere.invalid/page", "only")]
    run = verify(targets, make_checker(), history, now=Clock(DAY0))  # the fake resolver knows no real name
    assert (run.offline, history.timeline("https://nowhere.invalid/page")) == (True, [])


def test_one_link_failing_to_resolve_while_the_world_resolves_is_a_strike(web, make_checker, history):
    from citecheck.links.checker import build_checker
    from citecheck.links.options import LinkOptions
    from links.fakeweb import SITES, resolver_for

    online = build_checker(LinkOptions(), resolver=resolver_for(*SITES, "example.com"))
    run = verify([target("https://nowhere.invalid/page", "only")], online, history, now=Clock(DAY0))
    assert (run.offline, run.results[0].status, run.results[0].liveness) == (False, "dns-error", "failing")
    assert [c.status for c in history.timeline("https://nowhere.invalid/page")] == ["dns-error"]


def fake_wayback(web, answers: dict[str, dict]):
    """The availability API: answers by the url parameter; records the queries."""
    queries = []

    def api(handler):
        query = parse_qs(urlsplit(handler.path).query)
        queries.append({k: v[0] for k, v in query.items()})
        payload = {"url": query["url"][0], "archived_snapshots": answers.get(query["url"][0], {})}
        handler.send(200, json.dumps(payload).encode(), {"Content-Type": "application/json"})

    web.route("127.0.0.1", "*", api)
    return f"http://127.0.0.1:{web.port}/wayback/available", queries


def snapshot(url: str, stamp: str) -> dict:
    return {
        "closest": {
            "available": True,
            "status": "200",
            "timestamp": stamp,
            "url": f"http://web.archive.org/web/{stamp}/{url}",
        }
    }


def test_archive_finds_the_snapshot_before_the_access_date_for_failing_links_only(web, make_checker, history):
    from citecheck.links.targets import target_of
    from citecheck.model import Reference

    gone, fine = web.url("site-a.test", "/gone"), web.url("site-a.test", "/ok")
    web.route("site-a.test", "/ok", lambda h: h.send(200, article("fine")))
    api, queries = fake_wayback(web, {gone: snapshot(gone, "20220301120000")})
    refs = [
        Reference.model_validate(
            {"id": "gone", "type": "webpage", "URL": gone, "accessed": "2022-03-19", "issued": "2021-01-01"}
        ),
        Reference.model_validate({"id": "ok", "type": "webpage", "URL": fine}),
    ]
    run = verify(
        [target_of(r) for r in refs],
        make_checker(soft404=False, archive=True, archive_api=api),
        history,
        now=Clock(DAY0),
    )
    assert [(r.id, r.archive_url, r.archive_date) for r in run.results] == [
        ("gone", f"https://web.archive.org/web/20220301120000/{gone}", "2022-03-01"),
        ("ok", None, None),
    ]
    assert queries == [{"url": gone, "timestamp": "20220319"}]


def test_no_snapshot_and_a_failing_archive_leave_the_link_without_archive(web, make_checker, history):
    api, queries = fake_wayback(web, {})
    targets = [target(web.url("site-a.test", "/gone"), "gone")]
    run = verify(
        targets, make_checker(archive=True, archive_api=api), history, now=Clock(DAY0)
    )
    assert run.results[0].archive_url is None and len(queries) == 1
    web.route("127.0.0.1", "*", lambda h: h.send(503))
    down = verify(
        targets, make_checker(archive=True, archive_api=api), history, now=Clock(DAY0)
    )
    assert down.results[0].archive_url is None
    assert down.archive_errors == ["gone: archive lookup failed: the archive answered HTTP 503"]


def test_an_unreachable_archive_is_told_in_plain_words(web, make_checker, history):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    checker = make_checker(archive=True, archive_api=f"http://127.0.0.1:{closed}/wayback/available")
    run = verify([target(web.url("site-a.test", "/gone"), "gone")], checker, history, now=Clock(DAY0))
    assert run.archive_errors == ["gone: archive lookup failed: could not connect to 127.0.0.1"]


def test_archive_lookups_go_through_the_address_guard(web, make_checker, history, monkeypatch):
    from citecheck.links import guard

    # Tests reach only 127.0.0.1: the guard takes the link's address (vetted first) as public, so the
    # link is checked; the archive API's address is then judged for real, and refused.
    vetted = []
    monkeypatch.setattr(guard, "is_public", lambda a: vetted.append(a) or len(vetted) == 1)
    api, queries = fake_wayback(web, {})
    checker = make_checker(allow_private=False, soft404=False, archive=True, archive_api=api)
    run = verify([target(web.url("site-a.test", "/gone"), "gone")], checker, history, now=Clock(DAY0))
    assert run.results[0].status == "broken"
    assert run.archive_errors == [
        "gone: archive lookup failed: 127.0.0.1 resolves to a non-public address (--allow-private checks those)"
    ]
    assert queries == []


def test_a_snapshot_taken_after_the_citation_is_used_but_flagged(web, make_checker, history):
    from citecheck.links.targets import target_of
    from citecheck.model import Reference

    gone = web.url("site-a.test", "/gone")
    api, _ = fake_wayback(web, {gone: snapshot(gone, "20240101000000")})
    ref = Reference.model_validate({"id": "gone", "type": "webpage", "URL": gone, "accessed": "2022-03-19"})
    run = verify(
        [target_of(ref)], make_checker(archive=True, archive_api=api), history, now=Clock(DAY0)
    )
    assert run.results[0].archive_date == "2024-01-01"
    assert run.results[0].message == "HTTP 404; the nearest snapshot is from after the citation (2024-01-01)"
