"""The SSRF guard: resolve a host once, refuse non-global addresses, connect to the vetted address.

Checking the URL's host name is not enough: a public name can resolve to 10.0.0.1, or resolve to a
public address for the check and a private one for the connection (DNS rebinding). So the check
runs inside the connection itself (Advocate's idea, re-implemented because Advocate is unmaintained):
the resolver is asked once, every address is vetted, and the socket is opened to a vetted address.
Only socket creation changes, so the Host header, TLS SNI and certificate checks still use the name.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util import connection

from citecheck.links.watchdog import Watchdog

Resolver = Callable[[str, int], list[str]]


class PrivateAddressError(Exception):
    """The target resolves only to private, loopback, link-local or other non-global addresses."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (raises socket.gaierror)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def is_public(address: str) -> bool:
    """True for a globally routable address; IPv4 mapped or 6to4 inside IPv6 is judged by its IPv4."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is not None:
            ip = inner
    return ip.is_global and not ip.is_multicast


def vetted_addresses(host: str, port: int, resolver: Resolver, allow_private: bool) -> list[str]:
    """The addresses of ``host`` a connection may use; PrivateAddressError when none is public."""
    addresses = resolver(host.strip("[]"), port)
    if not addresses:
        raise socket.gaierror(socket.EAI_NONAME, f"no address for {host}")
    if allow_private:
        return addresses
    public = [a for a in addresses if is_public(a)]
    if not public:
        raise PrivateAddressError(f"{host} resolves to a non-public address ({', '.join(addresses)})")
    return public


def _pinned_connection(
    base: type[HTTPConnection], resolver: Resolver, allow_private: bool, watchdog: Watchdog | None
):
    class PinnedConnection(base):  # type: ignore[misc, valid-type]
        def request(self, *args, **kwargs):
            if watchdog is not None:  # a kept-alive connection: its socket is already open
                watchdog.watch(self.sock)
            return super().request(*args, **kwargs)

        def _new_conn(self):
            try:
                addresses = vetted_addresses(self._dns_host, self.port, resolver, allow_private)
            except socket.gaierror as error:
                raise NameResolutionError(self.host, self, error) from error
            last_error: OSError | None = None
            for address in addresses:  # connect to what was vetted: no second lookup
                try:
                    sock = connection.create_connection(
                        (address, self.port),
                        self.timeout,
                        source_address=self.source_address,
                        socket_options=self.socket_options,
                    )
                    if watchdog is not None:  # before TLS: a trickled handshake is cut too
                        watchdog.watch(sock)
                    return sock
                except TimeoutError as error:
                    raise ConnectTimeoutError(self, f"Connection to {self.host} timed out") from error
                except OSError as error:
                    last_error = error
            raise NewConnectionError(self, f"Failed to establish a new connection: {last_error}")

    PinnedConnection.__name__ = f"Pinned{base.__name__}"
    return PinnedConnection


def pinned_pool_classes(
    resolver: Resolver, allow_private: bool, watchdog: Watchdog | None = None
) -> dict[str, type]:
    """urllib3 pool classes, by scheme, whose connections resolve through the guard (and, given a
    watchdog, put their sockets under the current check's deadline)."""
    http_conn = _pinned_connection(HTTPConnection, resolver, allow_private, watchdog)
    https_conn = _pinned_connection(HTTPSConnection, resolver, allow_private, watchdog)
    http_pool = type("PinnedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn})
    https_pool = type("PinnedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn})
    return {"http": http_pool, "https": https_pool}
