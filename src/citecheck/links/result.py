"""The vocabulary of verify-links: the classes a link can fall in, and one link's result."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Most urgent first: the order the report groups links in. "dead" is not a class of one check but a
# state over runs (a failure seen on N runs at least a day apart); the report shows it as a group.
CLASSES: dict[str, str] = {
    "broken": "404 or 410, a redirect loop or too many redirects: the page is gone",
    "soft-404": "answers 200 but is really 'not found' (sent to the home page, or looks like a random page)",
    "drifted": "answers 200 but no longer shows the cited work (the page's own title is another)",
    "server-error": "5xx after the retries",
    "timeout": "no answer within --timeout (or the per-link deadline)",
    "dns-error": "the host name does not resolve",
    "connection-error": "refused, reset or closed before a full answer",
    "tls-error": "the certificate or TLS handshake failed",
    "blocked": "401/403/429/999 or a bot challenge: cannot verify, not dead",
    "invalid-url": "not an http(s) URL citecheck can check",
    "skipped-private": "resolves to a private, loopback or link-local address (see --allow-private)",
    "no-url": "the reference gives no URL",
    "excluded": "matches an --exclude pattern: not checked",
    "redirected": "moved permanently (301/308): the new URL is reported",
    "ok": "answers 2xx (or a status given in --accept)",
}

# Classes that count as a failure (a strike) in the history; ok and redirected reset the count.
FAILURES = frozenset(
    {"broken", "soft-404", "drifted", "server-error", "timeout", "dns-error", "connection-error", "tls-error"}
)
SUCCESSES = frozenset({"ok", "redirected"})
OFFLINE_LIKE = frozenset({"dns-error", "connection-error"})
GROUP_ORDER = ("dead", *CLASSES)


@dataclass(frozen=True)
class Hop:
    """One redirect followed: the URL asked for and the 3xx status it answered."""

    url: str
    status: int


@dataclass
class LinkResult:
    """One reference's link check, as reported (JSON keys are these names)."""

    id: str
    footnote: int | None
    url: str | None
    checked_url: str | None
    status: str
    http_status: int | None = None
    final_url: str | None = None
    redirects: list[Hop] = field(default_factory=list)
    elapsed_ms: int = 0
    attempts: int = 0
    checked_at: str | None = None
    from_cache: bool = False
    archive_url: str | None = None
    archive_date: str | None = None
    message: str = ""
    domain_only: bool = False
    liveness: str = "unknown"  # alive, failing or dead (over runs); unknown when not judged
    strikes: int = 0

    @property
    def group(self) -> str:
        """The report group: 'dead' for a link dead over runs, else its class."""
        return "dead" if self.liveness == "dead" else self.status

    def to_dict(self) -> dict:
        return asdict(self)
