"""The one place that builds the ``requests.Session`` verify-links uses (httpie's build_requests_session).

Adapters pin every connection to an address the SSRF guard vetted; ``trust_env`` is off so that
HTTP(S)_PROXY, NO_PROXY and .netrc from the environment can neither route traffic around the guard
nor change results between machines. The session is configured here and never changed after, so the
worker threads can share it (requests' adapters and urllib3's pools are thread-safe).
"""

from __future__ import annotations

import platform

import requests
from requests.adapters import HTTPAdapter

from citecheck import __version__
from citecheck.links.guard import Resolver, pinned_pool_classes, system_resolver
from citecheck.links.options import DEFAULTS, LinkOptions
from citecheck.links.watchdog import Watchdog

ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def default_user_agent() -> str:
    """Names citecheck and its version so site owners can tell what is visiting."""
    return (
        f"citecheck/{__version__} (reference verifier; python-requests/{requests.__version__}; "
        f"Python/{platform.python_version()})"
    )


class GuardedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connection pools connect only to vetted addresses."""

    def __init__(self, resolver: Resolver, allow_private: bool, watchdog: Watchdog | None, **kwargs):
        self._pool_classes = pinned_pool_classes(resolver, allow_private, watchdog)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(self._pool_classes)

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        raise requests.exceptions.InvalidURL("proxies are disabled: they would bypass the address guard")


def build_session(
    options: LinkOptions = DEFAULTS,
    *,
    hosts: int = 0,
    resolver: Resolver | None = None,
    verify: bool | str = True,
    watchdog: Watchdog | None = None,
) -> requests.Session:
    """A Session for checking links: guarded adapters, our UA, and connection pools sized to the work:
    one pool per host (at least one per worker) so round-robin over many hosts keeps its keep-alive
    connections instead of evicting them, and ``per_host`` connections in each."""
    session = requests.Session()
    session.trust_env = False  # proxies from the environment would bypass the address guard
    session.verify = verify
    session.headers.update(
        {
            "User-Agent": options.user_agent or default_user_agent(),
            "Accept": ACCEPT,
            "Accept-Language": "en;q=0.9, *;q=0.5",
        }
    )
    adapter = GuardedAdapter(
        resolver or system_resolver,
        options.allow_private,
        watchdog,
        pool_connections=max(options.concurrency, hosts, 10),
        pool_maxsize=max(options.per_host, 1),
        pool_block=False,
        max_retries=0,
    )
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
