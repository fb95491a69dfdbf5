"""A real HTTP server on 127.0.0.1 that plays several sites and every fault verify-links must classify.

Sites are told apart by the Host header; tests resolve their names to 127.0.0.1 with an injected
resolver, so no DNS and no internet is involved. Each request is logged (method, host, path, time).
"""

from __future__ import annotations

import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FakeWeb

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    @property
    def site(self) -> str:
        return (self.headers.get("Host") or "").rsplit(":", 1)[0]

    def _dispatch(self) -> None:
        self.server.log.append((self.command, self.site, self.path, time.monotonic()))
        route = self.server.routes.get((self.site, self.path)) or self.server.routes.get((self.site, "*"))
        if route is None:
            self.send(404, b"<html><title>404</title>no such page</html>")
        else:
            route(self)

    do_GET = do_HEAD = _dispatch

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0) after half a status line."""
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-")
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class FakeWeb(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, tls: ssl.SSLContext | None = None):
        super().__init__(("127.0.0.1", 0), Handler)
        if tls is not None:
            self.socket = tls.wrap_socket(self.socket, server_side=True)
        self.routes: dict[tuple[str, str], Route] = {}
        self.log: list[tuple[str, str, str, float]] = []
        self.stopping = threading.Event()
        self.scheme = "https" if tls else "http"

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, host: str, path: str = "/") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def route(self, host: str, path: str, route: Route) -> None:
        self.routes[(host, path)] = route

    def hits(self, host: str, path: str, method: str | None = None) -> list[float]:
        return [t for m, h, p, t in self.log if h == host and p == path and (method is None or m == method)]

    def start(self) -> FakeWeb:
        threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()


def resolver_for(*names: str) -> Callable[[str, int], list[str]]:
    """Resolve ``names`` (and IP literals) to 127.0.0.1; anything else fails like NXDOMAIN."""
    known = set(names)

    def resolve(host: str, port: int) -> list[str]:
        if host in known:
            return ["127.0.0.1"]
        try:
            socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host)
            return [host]
        except OSError:
            raise socket.gaierror(socket.EAI_NONAME, f"Name or service not known: {host}") from None

    return resolve


SITES = ("site-a.test", "site-b.test", "soft.test", "home.test", "tls.test", "other.test")
ARTICLE = b"<html><head><title>An article</title></head><body>%s</body></html>"


def article(text: str) -> bytes:
    return ARTICLE % text.encode()


def target(url: str, ref_id: str = "ref"):
    """The verify-links target of a reference whose URL is ``url``."""
    from citecheck.links.targets import target_of
    from citecheck.model import Reference

    return target_of(Reference.model_validate({"id": ref_id, "type": "webpage", "URL": url}))
