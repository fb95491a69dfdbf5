"""Every verify-links setting and its default, written once.

The CLI builds a :class:`LinkOptions` from its flags (their defaults are read from here), and the
library (session, host gate, checker, run) takes it. Nothing else states a default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_FAIL_ON = frozenset({"broken", "dead"})


@dataclass(frozen=True)
class LinkOptions:
    # one request
    method: str = "GET"  # GET with a capped body read; HEAD: HEAD first, GET when HEAD fails or is refused
    timeout: float = 10.0  # connect and each read
    deadline: float | None = None  # one link's own attempts, retries included; None: 2 x timeout
    max_redirects: int = 10
    max_bytes: int = 65536  # body read at most (soft-404 and drift checks need only the start)
    user_agent: str | None = None  # None: citecheck/<version> (...)
    allow_private: bool = False
    # politeness
    concurrency: int = 32  # links checked at once
    per_host: int = 2  # requests in flight per host
    host_interval: float = 0.05  # minimum gap between request starts on one host
    retries: int = 2
    backoff: float = 0.5  # first retry wait, doubled each time
    retry_after_cap: float = 30.0
    # judging
    accept: frozenset[int] = frozenset()
    exclude: tuple[str, ...] = ()  # regular expressions: matching URLs are reported, not requested
    soft404: bool = True
    drift: bool = True  # compare the page's own title (and author, date) with the reference's
    # runs and history
    max_age: dt.timedelta | None = None  # reuse successes younger than this
    dead_after: int = 3
    fail_on: frozenset[str] = DEFAULT_FAIL_ON
    offline_names: tuple[str, ...] = ("example.com", "wikipedia.org", "archive.org")  # none resolves: offline
    # archive rescue
    archive: bool = False
    archive_api: str | None = None  # None: $CITECHECK_WAYBACK_API, else the public API
    archive_timeout: float = 10.0
    archive_interval: float = 1.0  # the archive is rate-limited: about one lookup a second

    @property
    def link_deadline(self) -> float:
        return self.deadline if self.deadline is not None else 2 * self.timeout


DEFAULTS = LinkOptions()
