"""The link history: strikes a day apart, fresh successes, and two runs writing at once."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

from citecheck.links.history import Check, History, count_strikes
from citecheck.links.result import LinkResult

DAY0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
URL = "https://gone.test/page"


def check(status: str, hours: float) -> Check:
    return Check(URL, DAY0 + dt.timedelta(hours=hours), status, None, None, "", 0, 1)


def result(status: str, url: str = URL) -> LinkResult:
    return LinkResult("ref", 1, url, url, status, 404 if status == "broken" else 200, attempts=1)


def test_failures_less_than_a_day_apart_count_as_one_strike():
    assert count_strikes([check("broken", 0), check("broken", 5), check("timeout", 23)]) == 1


def test_failures_a_day_apart_each_count():
    assert count_strikes([check("broken", 0), check("broken", 24), check("dns-error", 48)]) == 3


def test_a_success_wipes_the_strikes_and_blocked_neither_counts_nor_wipes():
    assert count_strikes([check("broken", 0), check("broken", 24), check("ok", 30), check("broken", 50)]) == 1
    assert count_strikes([check("broken", 0), check("blocked", 24), check("broken", 48)]) == 2


def test_the_database_is_in_wal_mode_with_a_busy_timeout(tmp_path):
    history = History(tmp_path / "h.sqlite3")
    mode = history._db.execute("PRAGMA journal_mode").fetchone()[0]
    timeout = history._db.execute("PRAGMA busy_timeout").fetchone()[0]
    history.close()
    assert (mode, timeout) == ("wal", 10000)


def test_checks_are_kept_in_time_order_and_survive_reopening(tmp_path):
    path = tmp_path / "h.sqlite3"
    history = History(path)
    history.record(result("ok"), DAY0 + dt.timedelta(days=1))
    history.record(result("broken"), DAY0)
    history.close()
    reopened = History(path)
    assert [(c.status, c.checked_at) for c in reopened.timeline(URL)] == [
        ("broken", DAY0),
        ("ok", DAY0 + dt.timedelta(days=1)),
    ]
    reopened.close()


def test_only_a_fresh_success_is_reused(tmp_path):
    history = History(tmp_path / "h.sqlite3")
    history.record(result("ok"), DAY0)
    history.record(result("broken", "https://gone.test/other"), DAY0)
    day = dt.timedelta(days=1)
    assert history.fresh_success(URL, DAY0 + dt.timedelta(hours=23), day).status == "ok"
    assert history.fresh_success(URL, DAY0 + dt.timedelta(hours=25), day) is None
    assert history.fresh_success("https://gone.test/other", DAY0, day) is None


def test_two_runs_writing_at_the_same_time_both_land(tmp_path):
    path = tmp_path / "h.sqlite3"
    runs = [History(path), History(path)]
    errors: list[Exception] = []

    def write(history: History, tag: str) -> None:
        try:
            for n in range(100):
                history.record(result("ok", f"https://{tag}.test/{n}"), DAY0)
        except sqlite3.Error as error:  # pragma: no cover - the failure this test guards against
            errors.append(error)

    threads = [threading.Thread(target=write, args=(h, t)) for h, t in zip(runs, ("one", "two"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    count = runs[0]._db.execute("SELECT COUNT(*) FROM checks").fetchone()[0]
    for history in runs:
        history.close()
    assert (errors, count) == ([], 200)
