"""Archive rescue: the Wayback Machine snapshot closest to (preferably before) the date a reference
was accessed (else issued), from the availability API.

The API base URL is configurable (``--archive-api`` or $CITECHECK_WAYBACK_API) so tests can point it
at a local fake. Only snapshots the archive captured with status 200 are accepted, and only at an
http(s) address (the answer is written into reports and the history as a link to follow: a
``javascript:`` URL must never become one). Lookups go through the same guarded session, deadline,
watchdog and body cap as the link checks (an endless or trickled answer costs one cap and one
deadline), and a failed lookup is told in plain words, never as the HTTP library's text.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

import requests

from citecheck.links.fetch import Fetched, Limits, follow
from citecheck.links.options import LinkOptions
from citecheck.links.watchdog import Watchdog

DEFAULT_API = "https://archive.org/wayback/available"
ENV_VAR = "CITECHECK_WAYBACK_API"


@dataclass(frozen=True)
class Snapshot:
    url: str
    timestamp: str  # YYYYMMDDhhmmss as the archive gives it
    date: dt.date
    before_citation: bool  # captured on or before the date the reference was cited


def api_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get(ENV_VAR) or DEFAULT_API


def _query_url(url: str) -> str:
    # The availability API finds nothing for many URLs written with a trailing slash (lychee's note).
    return url[:-1] if url.endswith("/") and url.count("/") > 3 else url


MAX_URL = 8192  # an archive address longer than this is no address the archive gives


def is_archive_address(url: str) -> bool:
    """An absolute http(s) URL with a host and nothing a link cannot hold (spaces, controls)."""
    if len(url) > MAX_URL or not url.isprintable() or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # a bracketed host that is no IPv6 address, a port that is no number
        return False


def parse_snapshot(payload: object, cited_on: dt.date | None) -> Snapshot | None:
    """The ``archived_snapshots.closest`` of an availability answer, if usable (any other shape: None)."""
    snapshots = payload.get("archived_snapshots") if isinstance(payload, dict) else None
    closest = snapshots.get("closest") if isinstance(snapshots, dict) else None
    if not isinstance(closest, dict):
        return None
    timestamp, url = str(closest.get("timestamp", "")), closest.get("url")
    if not closest.get("available") or not isinstance(url, str) or str(closest.get("status", "200")) != "200":
        return None
    if not is_archive_address(url):
        return None
    try:
        date = dt.datetime.strptime(timestamp[:8], "%Y%m%d").date()
    except ValueError:
        return None
    if url.startswith("http://web.archive.org/"):
        url = "https://" + url[len("http://") :]
    return Snapshot(url, timestamp, date, cited_on is None or date <= cited_on)


class ArchiveError(Exception):
    """A lookup that failed (not "no snapshot"): the message says why in plain words."""


def plain_failure(fetched: Fetched, api: str, timeout: float) -> str:
    """Why the lookup ``fetched`` of the archive at ``api`` gave no answer, for a person."""
    host = urlsplit(api).hostname or api
    return {
        "dns": f"the name {host} does not resolve",
        "connection": f"could not connect to {host}",
        "reset": f"the connection to {host} broke off before a full answer",
        "timeout": f"{host} did not answer within {timeout:g} s",
        "tls": f"the secure connection to {host} failed (certificate or TLS handshake)",
        "private": f"{host} resolves to a non-public address (--allow-private checks those)",
        "invalid": f"the archive address {api} is not an http(s) URL citecheck can use",
    }.get(fetched.error or "", f"could not reach {host}")


def find_snapshot(
    session: requests.Session,
    url: str,
    cited_on: dt.date | None,
    api: str,
    options: LinkOptions,
    watchdog: Watchdog | None = None,
) -> Snapshot | None:
    """Ask the availability API for ``url`` around ``cited_on``; None when there is no snapshot,
    :class:`ArchiveError` when the lookup itself failed."""
    params = {"url": _query_url(url)}
    if cited_on is not None:
        params["timestamp"] = cited_on.strftime("%Y%m%d")
    query = f"{api}{'&' if '?' in api else '?'}{urlencode(params)}"
    timeout = options.archive_timeout
    limits = Limits(timeout, time.monotonic() + timeout, options.max_bytes, options.max_redirects, watchdog)
    fetched = follow(session, query, "GET", limits)
    if fetched.error:
        raise ArchiveError(plain_failure(fetched, api, timeout))
    if fetched.status != 200:
        raise ArchiveError(f"the archive answered HTTP {fetched.status}")
    try:
        payload = json.loads(fetched.body)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than the parser's stack
        raise ArchiveError("the archive's answer is not the JSON its API sends") from None
    return parse_snapshot(payload, cited_on)
