"""What verify-links checks: one target per reference, with the URL it will really ask for.

A reference whose URL has no scheme (the article gives bare domains such as ``www.sott.net`` or
``thealtworld.com/alastair_crooke``) is checked at ``https://`` + that text and flagged domain-only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

from citecheck.links.drift import Cited, cited_of
from citecheck.model import Reference


@dataclass(frozen=True)
class Target:
    ref_id: str
    footnote: int | None
    url: str | None  # as written in the reference
    checked_url: str | None  # what is requested; None when there is nothing to check
    domain_only: bool = False
    problem: str | None = None  # why the URL cannot be checked (invalid-url)
    cited_on: dt.date | None = None  # accessed, else issued: the date an archive snapshot should precede
    cited: Cited | None = None  # title, authors and date, for the drift check

    @cached_property  # asked for by the run, the queue's interleaving and every attempt: split once
    def host(self) -> str:
        """The politeness key: the host name, with the port when one is given (a separate server)."""
        return host_key(self.checked_url) if self.checked_url else ""


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname or ""


def _cited_on(ref: Reference) -> dt.date | None:
    for date in (ref.accessed, ref.issued):
        if date is not None and date.as_date() is not None:
            return date.as_date()
    return None


_SPACE = re.compile(r"\s")  # the characters str.isspace() is true for


def normalise(url: str) -> tuple[str | None, bool, str | None]:
    """``(checked_url, domain_only, problem)`` for the URL text of a reference."""
    text = url.strip()
    if not text or _SPACE.search(text):
        return None, False, "the URL is empty or contains spaces"
    domain_only = "://" not in text and not text.lower().startswith(("mailto:", "urn:", "doi:"))
    if domain_only:
        host, _, path = text.partition("/")
        text = f"https://{host}/{path}"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as error:
        return None, domain_only, f"not a valid URL: {error}"
    if parts.scheme.lower() not in ("http", "https"):
        return None, domain_only, f"only http and https URLs are checked, not {parts.scheme or 'this'}"
    if not parts.hostname or "." not in parts.hostname and parts.hostname != "localhost":
        return None, domain_only, "the URL has no host name"
    return text, domain_only, None


def target_of(ref: Reference) -> Target:
    if not ref.url:
        return Target(ref.id, ref.footnote, None, None, cited_on=_cited_on(ref))
    checked, domain_only, problem = normalise(ref.url)
    return Target(ref.id, ref.footnote, ref.url, checked, domain_only, problem, _cited_on(ref), cited_of(ref))


def select_targets(
    refs: Iterable[Reference], ids: Iterable[str] = (), footnotes: Iterable[int] = ()
) -> list[Target]:
    """The targets of the references matching an ``--id`` or a ``--footnote`` (all when neither is
    given): each selector adds references, as ``--footnote 3 --id x`` reads."""
    ids, footnotes = set(ids), set(footnotes)
    everything = not ids and not footnotes
    return [target_of(ref) for ref in refs if everything or ref.id in ids or ref.footnote in footnotes]
