"""Soft-404 detection by probing: ask the site for a random sibling of the page; if the site answers
200 to nonsense too, and the page looks like (or ends where) that nonsense does, it is a soft 404.

The probe is made once per site directory and shared by the threads, so a site with many links
costs one extra request at most. A page whose own title names the cited work needs none (the checker
asks for the probe only when a page does not, see ``Checker.check``); for a reference without a title
it is sent as the directory's first page is asked for, beside it, so it costs no extra round trip.
Sites that answer 404 to the probe are honest: their 200s are trusted as they are.
"""

from __future__ import annotations

import difflib
import re
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import Future
from urllib.parse import urlsplit, urlunsplit

from citecheck.links.fetch import Fetched

SIMILAR = 0.90  # pages at least this alike (difflib ratio on normalised text) are the same page
_TAGS = re.compile(rb"<[^>]*>")
_SPACE = re.compile(rb"\s+")


def sibling_of(url: str, token: str) -> str:
    """``https://h/a/b/page?q`` -> ``https://h/a/b/<token>``: same directory, random name."""
    parts = urlsplit(url)
    directory = parts.path.rsplit("/", 1)[0] if "/" in parts.path else ""
    return urlunsplit((parts.scheme, parts.netloc, f"{directory}/{token}", "", ""))


def _normalise(body: bytes, *noise: str) -> bytes:
    text = _SPACE.sub(b" ", _TAGS.sub(b" ", body)).lower()
    for word in noise:
        text = text.replace(word.lower().encode(), b"")
    return text[:20000]


def similarity(page: bytes, probe: bytes, *noise: str) -> float:
    a, b = _normalise(page, *noise), _normalise(probe, *noise)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return matcher.quick_ratio()
    return matcher.ratio()


def may_be_soft404(url: str) -> bool:
    """A home page cannot be 'not found': only other pages are judged (and probed for)."""
    return urlsplit(url).path not in ("", "/")


class Soft404Detector:
    """``probe(url) -> Fetched`` fetches a URL with GET (through the host gate)."""

    def __init__(self, probe: Callable[[str], Fetched]):
        self._probe = probe
        self._probes: dict[str, Future] = {}
        self._lock = threading.Lock()

    def prefetch(self, url: str) -> None:
        """Start the probe of ``url``'s directory now, in its own thread, unless it is under way."""
        self._future(url)

    def _future(self, url: str) -> Future:
        key = sibling_of(url, "")
        with self._lock:
            future = self._probes.get(key)
            if future is None:
                future = self._probes[key] = Future()
                token = "citecheck-" + secrets.token_hex(8)
                args = (future, token, sibling_of(url, token))
                threading.Thread(target=self._run, args=args, name="citecheck-probe", daemon=True).start()
        return future

    def _run(self, future: Future, token: str, url: str) -> None:
        try:
            future.set_result((token, self._probe(url)))
        except BaseException as error:  # noqa: BLE001 - raised again in the thread that waits for it
            future.set_exception(error)

    def probe_for(self, url: str) -> tuple[str, Fetched]:
        """``(token, probe result)`` for the directory of ``url``, fetched once per directory."""
        return self._future(url).result()

    def judge(self, url: str, page: Fetched, get_page: Callable[[], Fetched]) -> str | None:
        """A soft-404 message for the 200 ``page`` of ``url``, or None when it looks real."""
        if not may_be_soft404(url):
            return None
        token, probe = self.probe_for(url)
        if probe.error or probe.status != 200:
            return None  # the site says 404 to nonsense: its 200s are honest
        if page.hops and probe.hops and probe.final_url == page.final_url:
            return f"redirects where a random page does ({page.final_url})"
        if page.method != "GET":
            page = get_page()
            if page.error or page.status != 200:
                return None
        noise = (token, urlsplit(url).path, urlsplit(page.final_url).path, urlsplit(probe.final_url).path)
        score = similarity(page.body, probe.body, *noise)
        if score >= SIMILAR:
            return f"the page matches what the site serves for a random path ({score:.0%} alike)"
        return None
