"""Put one fetched chain into a class of the fixed vocabulary (see ``result.CLASSES``)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from citecheck.links.fetch import Fetched

ERROR_CLASSES = {
    "timeout": "timeout",
    "dns": "dns-error",
    "tls": "tls-error",
    "private": "skipped-private",
    "throttled": "blocked",  # not requested: the host asked to wait longer than citecheck may
    "invalid": "invalid-url",
    "reset": "connection-error",
    "connection": "connection-error",
    "loop": "broken",
    "too-many": "broken",
}
BLOCKING_STATUSES = frozenset({401, 403, 407, 429, 451, 999})
GONE_STATUSES = frozenset({404, 410})
PERMANENT_REDIRECTS = frozenset({301, 308})
# A bot wall: Cloudflare's managed challenge, and the interstitials several CDNs serve with 403/503.
CHALLENGE_MARKERS = (
    b"cf-chl",
    b"challenge-platform",
    b"Just a moment...",
    b"Attention Required! | Cloudflare",
    b"captcha-delivery",
    b"_Incapsula_Resource",
)
NOT_FOUND_PATH = re.compile(r"/(404|not-?found|page-?not-?found|error-?404)(\.[a-z]+)?/?$", re.IGNORECASE)


def is_bot_challenge(fetched: Fetched) -> bool:
    headers = {k.lower(): v for k, v in fetched.headers.items()}
    if "cf-mitigated" in headers:
        return True
    return fetched.status in (403, 429, 503) and any(m in fetched.body[:65536] for m in CHALLENGE_MARKERS)


def path_of(url: str) -> str:
    return urlsplit(url).path or "/"


def redirected_home(original: str, fetched: Fetched) -> bool:
    """IABot's 'REDIRECT TO ROOT': a page that redirects to the site's home page is gone."""
    return (
        bool(fetched.hops)
        and path_of(original) != "/"
        and path_of(fetched.final_url) == "/"
        and not urlsplit(fetched.final_url).query
    )


def redirected_to_not_found(fetched: Fetched) -> bool:
    """IABot's 'REDIRECT TO 404': the chain ends on a /404 or /not-found page."""
    return bool(fetched.hops) and bool(NOT_FOUND_PATH.search(path_of(fetched.final_url)))


def classify(original: str, fetched: Fetched, accept: frozenset[int] = frozenset()) -> tuple[str, str]:
    """``(class, message)`` for the chain ``fetched`` that started at ``original``."""
    if fetched.error:
        return ERROR_CLASSES.get(fetched.error, "connection-error"), fetched.message
    status = fetched.status or 0
    differs = fetched.head_status and fetched.head_status != status
    note = f" (HEAD said {fetched.head_status})" if differs else ""
    if is_bot_challenge(fetched):
        return "blocked", f"HTTP {status}: a bot challenge; cannot verify{note}"
    if status in accept:
        return "ok", f"HTTP {status} (accepted){note}"
    if 200 <= status < 300:
        return _classify_success(original, fetched, note)
    if status in GONE_STATUSES:
        return "broken", f"HTTP {status}{note}"
    if status in BLOCKING_STATUSES:
        return "blocked", f"HTTP {status}: the site refuses automated checks; cannot verify{note}"
    if status >= 500:
        return "server-error", f"HTTP {status}{note}"
    return "broken", f"HTTP {status}{note}"


def _classify_success(original: str, fetched: Fetched, note: str) -> tuple[str, str]:
    if redirected_home(original, fetched):
        return "soft-404", f"redirects to the home page {fetched.final_url}"
    if redirected_to_not_found(fetched):
        return "soft-404", f"redirects to a not-found page {fetched.final_url}"
    if any(hop.status in PERMANENT_REDIRECTS for hop in fetched.hops):
        return "redirected", f"moved permanently to {fetched.final_url}"
    return "ok", f"HTTP {fetched.status}{note}"
