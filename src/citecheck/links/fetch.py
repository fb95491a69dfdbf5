"""One request chain: a capped streamed GET (or HEAD first, by option); redirects followed by hand.

Following redirects here (not in requests) keeps the whole chain, catches loops, and sends every
hop through the guarded adapter. The deadline bounds every step: each socket operation gets at most
what is left of it, the watchdog cuts a connection that trickles bytes past it, and the body is read
only up to ``max_bytes``, then the response closed.
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from urllib.parse import urljoin

import requests

from citecheck.links.errors import FetchError, describe_error
from citecheck.links.result import Hop
from citecheck.links.watchdog import Watchdog

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
NO_GET_FALLBACK = frozenset({"timeout", "dns", "tls", "private", "invalid"})  # GET would fail the same way


@dataclass(frozen=True)
class Limits:
    timeout: float  # for connect and for each read
    deadline: float  # time.monotonic() by which this URL's whole check must end
    max_bytes: int
    max_redirects: int
    watchdog: Watchdog | None = None  # cuts the connection at the deadline (None: socket timeouts only)


@dataclass
class Fetched:
    """What a chain ended on: a response (status, headers, first bytes) or an error kind."""

    method: str
    final_url: str
    hops: list[Hop] = field(default_factory=list)
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None  # timeout, dns, tls, private, invalid, reset, connection, loop, too-many
    message: str = ""
    head_status: int | None = None  # what HEAD said when GET was asked after it


def _remaining(limits: Limits) -> float:
    left = limits.deadline - time.monotonic()
    if left <= 0:
        raise FetchError("timeout", "the per-link deadline passed")
    return min(limits.timeout, left)


def read_capped(response: requests.Response, max_bytes: int, deadline: float) -> bytes:
    """At most ``max_bytes`` of the body, then close: an endless body costs one cap, not forever."""
    chunks, total = [], 0
    try:
        for chunk in response.iter_content(8192):
            chunks.append(chunk)
            total += len(chunk)
            if total >= max_bytes or time.monotonic() > deadline:
                break
    finally:
        response.close()  # a drained body returns its connection to the pool; a cut one is closed
    return b"".join(chunks)[:max_bytes]


def _send(session: requests.Session, method: str, url: str, limits: Limits) -> requests.Response:
    wait = _remaining(limits)
    try:
        # Only GET streams: a HEAD answer has no body, and reading it whole lets its connection be reused.
        return session.request(
            method, url, allow_redirects=False, stream=method == "GET", timeout=(wait, wait)
        )
    except Exception as error:
        raise describe_error(error) from error


TRICKLED = "no complete answer before the per-link deadline (the connection was cut)"


def follow(session: requests.Session, url: str, method: str, limits: Limits) -> Fetched:
    """Request ``url`` with ``method`` and follow up to ``limits.max_redirects`` redirects by hand."""
    watched = limits.watchdog.guard(limits.deadline) if limits.watchdog else nullcontext(None)
    with watched as guard:
        fetched = _follow(session, url, method, limits)
    if guard is not None and guard.expired:  # what was read when the cut came may look whole: it is not
        return Fetched(method, fetched.final_url, fetched.hops, error="timeout", message=TRICKLED)
    return fetched


def _follow(session: requests.Session, url: str, method: str, limits: Limits) -> Fetched:
    hops: list[Hop] = []
    seen, current = {url}, url
    try:
        while True:
            response = _send(session, method, current, limits)
            location = response.headers.get("Location")
            if response.status_code in REDIRECT_STATUSES and location:
                read_capped(response, limits.max_bytes, limits.deadline)
                hops.append(Hop(current, response.status_code))
                current = urljoin(current, location.strip())
                if current in seen:
                    return Fetched(
                        method, current, hops, error="loop", message=f"redirect loop back to {current}"
                    )
                if len(hops) >= limits.max_redirects:
                    return Fetched(
                        method,
                        current,
                        hops,
                        error="too-many",
                        message=f"more than {limits.max_redirects} redirects",
                    )
                seen.add(current)
                continue
            body = read_capped(response, limits.max_bytes, limits.deadline) if method == "GET" else b""
            return Fetched(method, current, hops, response.status_code, dict(response.headers), body)
    except FetchError as error:
        return Fetched(method, current, hops, error=error.kind, message=error.message)
    except Exception as error:  # noqa: BLE001 - errors while reading a body
        described = describe_error(error)
        return Fetched(method, current, hops, error=described.kind, message=described.message)


def fetch(session: requests.Session, url: str, limits: Limits, method: str) -> Fetched:
    """One check of ``url``: a capped GET, or with ``method="HEAD"`` HEAD first (see head_then_get)."""
    return head_then_get(session, url, limits) if method == "HEAD" else follow(session, url, "GET", limits)


def head_then_get(session: requests.Session, url: str, limits: Limits) -> Fetched:
    """HEAD; when it fails or is refused (4xx/5xx, any error but a timeout), a capped GET.

    Not after a timeout (a GET would take longer still) nor after DNS/TLS/guard errors (it would fail
    the same way), nor after 429 or 503 + Retry-After (wait first: the retry loop honours it)."""
    head = follow(session, url, "HEAD", limits)
    if head.error in NO_GET_FALLBACK or head.error is None and head.status is not None and head.status < 400:
        return head
    if head.status == 429 or head.status == 503 and "Retry-After" in head.headers:
        return head  # the server asked us to wait: a GET right now would be rude; the retry comes later
    got = follow(session, url, "GET", limits)
    got.head_status = head.status
    return got


def get_body(session: requests.Session, url: str, limits: Limits) -> Fetched:
    """A capped GET, for when the page itself must be compared (soft-404 check)."""
    return follow(session, url, "GET", limits)
