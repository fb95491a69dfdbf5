"""Link history in SQLite: every check of every URL, to reuse fresh successes and to call a link DEAD
only after it failed on N separate runs at least a day apart (InternetArchiveBot's rule).

Two runs may overlap (a cron job and a person): WAL mode lets readers and a writer work together,
the busy timeout makes a second writer wait instead of failing, and each write is its own short
transaction. Times are ISO 8601 UTC strings, which sort in time order.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from citecheck.links.result import FAILURES, SUCCESSES, LinkResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS checks (
    url TEXT NOT NULL, checked_at TEXT NOT NULL, status TEXT NOT NULL, http_status INTEGER,
    final_url TEXT, message TEXT NOT NULL DEFAULT '', elapsed_ms INTEGER, attempts INTEGER
);
CREATE INDEX IF NOT EXISTS checks_by_url ON checks (url, checked_at);
"""
STRIKE_SPACING = dt.timedelta(days=1)


def default_path() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("citecheck")) / "links.sqlite3"


@dataclass(frozen=True)
class Check:
    url: str
    checked_at: dt.datetime
    status: str
    http_status: int | None
    final_url: str | None
    message: str
    elapsed_ms: int | None
    attempts: int | None


def _parse(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def count_strikes(checks: list[Check]) -> int:
    """Failures since the last success, counting only those at least a day after the last counted one."""
    strikes, last = 0, None
    for check in checks:
        if check.status in SUCCESSES:
            strikes, last = 0, None
        elif check.status in FAILURES and (last is None or check.checked_at - last >= STRIKE_SPACING):
            strikes, last = strikes + 1, check.checked_at
    return strikes


class History:
    def __init__(self, path: str | Path, busy_timeout: float = 10.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
        self._db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        with self._db:
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def record(self, result: LinkResult, at: dt.datetime) -> None:
        """Store one check (a short transaction of its own)."""
        with self._db:
            self._db.execute(
                "INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    result.checked_url,
                    at.astimezone(dt.UTC).isoformat(timespec="seconds"),
                    result.status,
                    result.http_status,
                    result.final_url,
                    result.message,
                    result.elapsed_ms,
                    result.attempts,
                ),
            )

    def timeline(self, url: str) -> list[Check]:
        """Every check of ``url``, oldest first."""
        rows = self._db.execute(
            "SELECT url, checked_at, status, http_status, final_url, message, elapsed_ms, attempts "
            "FROM checks WHERE url = ? ORDER BY checked_at, rowid",
            (url,),
        ).fetchall()
        return [Check(r[0], _parse(r[1]), *r[2:]) for r in rows]

    def latest(self, url: str) -> Check | None:
        checks = self.timeline(url)
        return checks[-1] if checks else None

    def fresh_success(self, url: str, now: dt.datetime, max_age: dt.timedelta) -> Check | None:
        """The last check of ``url`` when it succeeded within ``max_age`` of ``now`` (failures: never)."""
        last = self.latest(url)
        if last and last.status in SUCCESSES and now - last.checked_at <= max_age:
            return last
        return None

    def strikes(self, url: str) -> int:
        return count_strikes(self.timeline(url))
