"""Turn the many exceptions of requests/urllib3/ssl/socket into the few error kinds verify-links reports.

requests wraps errors several layers deep (ConnectionError -> MaxRetryError -> NameResolutionError
-> gaierror), so the cause chain is walked and the most specific known cause wins.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl

import requests
from urllib3 import exceptions as u3

from citecheck.links.guard import PrivateAddressError


class FetchError(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind, self.message = kind, message


# Checked in this order: the first kind found anywhere in the chain is the answer; within a kind the
# types go from the most telling message to the least.
_KINDS: tuple[tuple[str, tuple[type[BaseException], ...]], ...] = (
    ("private", (PrivateAddressError,)),
    (
        "invalid",
        (
            requests.exceptions.InvalidURL,
            requests.exceptions.MissingSchema,
            requests.exceptions.InvalidSchema,
            u3.LocationParseError,
            UnicodeError,
        ),
    ),
    ("dns", (u3.NameResolutionError, socket.gaierror)),
    # before timeout: urllib3's NewConnectionError (refused, unreachable) subclasses ConnectTimeoutError
    ("connection", (u3.NewConnectionError, ConnectionRefusedError)),
    ("timeout", (requests.exceptions.Timeout, u3.TimeoutError, TimeoutError, socket.timeout)),
    (
        "tls",
        (
            ssl.SSLCertVerificationError,
            ssl.CertificateError,
            ssl.SSLError,
            u3.SSLError,
            requests.exceptions.SSLError,
        ),
    ),
    (
        "reset",
        (
            ConnectionResetError,
            ConnectionAbortedError,
            BrokenPipeError,
            http.client.RemoteDisconnected,
            http.client.IncompleteRead,
            u3.ProtocolError,
            requests.exceptions.ChunkedEncodingError,
        ),
    ),
)


def _chain(error: BaseException):
    """``error`` and every exception it wraps (reason, args, cause, context), each once."""
    stack, seen = [error], set()
    while stack:
        current = stack.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        nested = [
            getattr(current, "reason", None),
            current.__cause__,
            current.__context__,
            *[a for a in getattr(current, "args", ()) if isinstance(a, BaseException)],
        ]
        stack.extend(n for n in nested if isinstance(n, BaseException))


_POOL_PREFIX = re.compile(r"\w+\(host='[^']*', port=\d+\): |<[^>]*>: ")


def _short(error: BaseException) -> str:
    text = _POOL_PREFIX.sub("", str(error)) or type(error).__name__
    text = re.sub(r"(\d+\.\d\d)\d+", r"\1", text)  # "read timeout=0.4478845959" -> "0.44"
    return text if len(text) <= 160 else text[:157] + "..."


def describe_error(error: BaseException) -> FetchError:
    """The kind of failure ``error`` is, with a short message."""
    if isinstance(error, FetchError):
        return error
    chain = list(_chain(error))
    for kind, types in _KINDS:
        if any(isinstance(cause, types) for cause in chain):
            best = next(cause for kind_type in types for cause in chain if isinstance(cause, kind_type))
            return FetchError(kind, _short(best))
    return FetchError("connection", _short(chain[-1]))
