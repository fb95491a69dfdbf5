"""verify-links' keys in the settings file: a ``[tool.citecheck.links]`` table in pyproject.toml (or
``[links]`` in citecheck.toml), read and checked with every other key by :mod:`citecheck.settings`::

    [tool.citecheck.links]
    timeout = 5
    exclude = ["linkedin\\.com", "^https://example\\.org/"]
    accept = ["200..299", "403"]
    fail-on = ["broken", "drifted", "dead"]
    max-age = "1d"

Keys are the command's long options without ``--``; a flag given on the command line wins.
"""

from __future__ import annotations

from typing import Any

from citecheck.links import report

# key -> (LinkOptions field, parser of the TOML value); a parser raises ValueError or TypeError
_NUMBER = (int, float)


def _number(kind: type, minimum: float):
    def parse(value: Any):
        if isinstance(value, bool) or not isinstance(value, _NUMBER) or value < minimum:
            raise ValueError(f"expected a number of at least {minimum:g}, got {value!r}")
        return kind(value)

    return parse


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}")
    return value


def _texts(value: Any) -> list[str]:
    values = [value] if isinstance(value, (str, int)) else value
    if not isinstance(values, list) or not all(isinstance(v, (str, int)) for v in values):
        raise ValueError(f"expected a list of strings, got {value!r}")
    return [str(v) for v in values]


def _method(value: Any) -> str:
    if str(value).upper() not in ("GET", "HEAD"):
        raise ValueError(f"expected GET or HEAD, got {value!r}")
    return str(value).upper()


PARSERS = {
    "method": ("method", _method),
    "timeout": ("timeout", _number(float, 0.01)),
    "deadline": ("deadline", _number(float, 0.01)),
    "concurrency": ("concurrency", _number(int, 1)),
    "per-host": ("per_host", _number(int, 1)),
    "host-interval": ("host_interval", _number(float, 0)),
    "retries": ("retries", _number(int, 0)),
    "user-agent": ("user_agent", _text),
    "accept": ("accept", lambda v: report.parse_codes(_texts(v))),
    "exclude": ("exclude", lambda v: tuple(p.pattern for p in report.parse_patterns(_texts(v)))),
    "soft-404": ("soft404", _flag),
    "drift": ("drift", _flag),
    "allow-private": ("allow_private", _flag),
    "max-age": ("max_age", lambda v: report.parse_duration(_text(v))),
    "dead-after": ("dead_after", _number(int, 1)),
    "fail-on": ("fail_on", lambda v: report.parse_classes(_texts(v))),
    "archive-api": ("archive_api", _text),
}
