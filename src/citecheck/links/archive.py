"""Archive rescue: the Wayback Machine snapshot closest to (preferably before) the date a reference
was accessed (else issued), from the availability API.

The API base URL is configurable (``--archive-api`` or $CITECHECK_WAYBACK_API) so tests can point it
at a local fake. Only snapshots the archive captured with status 200 are accepted.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

import requests

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


def parse_snapshot(payload: object, cited_on: dt.date | None) -> Snapshot | None:
    """The ``archived_snapshots.closest`` of an availability answer, if usable (any other shape: None)."""
    snapshots = payload.get("archived_snapshots") if isinstance(payload, dict) else None
    closest = snapshots.get("closest") if isinstance(snapshots, dict) else None
    if not isinstance(closest, dict):
        return None
    timestamp, url = str(closest.get("timestamp", "")), closest.get("url")
    if not closest.get("available") or not isinstance(url, str) or str(closest.get("status", "200")) != "200":
        return None
    try:
        date = dt.datetime.strptime(timestamp[:8], "%Y%m%d").date()
    except ValueError:
        return None
    if url.startswith("http://web.archive.org/"):
        url = "https://" + url[len("http://") :]
    return Snapshot(url, timestamp, date, cited_on is None or date <= cited_on)


def find_snapshot(
    session: requests.Session, url: str, cited_on: dt.date | None, api: str, timeout: float
) -> Snapshot | None:
    """Ask the availability API for ``url`` around ``cited_on``; None when there is no snapshot."""
    params = {"url": _query_url(url)}
    if cited_on is not None:
        params["timestamp"] = cited_on.strftime("%Y%m%d")
    response = session.get(api, params=params, timeout=timeout)
    response.raise_for_status()
    return parse_snapshot(response.json(), cited_on)
