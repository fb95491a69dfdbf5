from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Pattern

#: Redirect services that wrap the real address in a query parameter.
_WRAPPER = re.compile(r"(?:^|//|\.)(?:(?:www\.)?google\.[a-z.]+/url\?|l\.facebook\.com/l\.php\?|lm?\.facebook\.com/l\.php\?|"
                      r"[a-z0-9.]*safelinks\.protection\.outlook\.com/|(?:www\.)?youtube\.com/redirect\?|"
                      r"out\.reddit\.com/|l\.instagram\.com/\?|href\.li/\?|(?:www\.)?bing\.com/ck/)", re.IGNORECASE)
_PARAMS = ("q", "url", "u", "target", "dest", "link")


def unwrapped(url: str) -> str | None:
    """The address a redirect wrapper points at, if it names one."""
    query = parse_qs(urlsplit(url.strip()).query)
    for param in _PARAMS:
        for value in query.get(param, ()):
            if value.startswith(("http://", "https://")):
                return value
    return None


class RedirectWrapper(ReferenceRule):
    """A link through a redirect service instead of the page itself.

    What it checks: `URL` or `archive-url` is a Google, Facebook, Outlook Safe Links, YouTube or
    Reddit redirect (`https://www.google.com/url?q=https://…`), copied from search results or an
    e-mail.
    Why it matters: the wrapper can expire or be blocked; it hides where the link goes and
    carries tracking data.
    Example: `URL: https://www.google.com/url?q=https://example.org/x&sa=D`.
    Fix: safe when the wrapper names the address — the address itself.
    """

    code = "CC410"
    name = "redirect-wrapper"
    severity = Severity.ERROR
    fixable = Fixability.SAFE
    prefilter = Pattern("urls", _WRAPPER)

    def check(self, ref):
        for key, url in (("URL", ref.url), ("archive-url", ref.archive_url)):
            if url.__class__ is str and _WRAPPER.search(url):
                yield self.violation(ref, (key,), f"{key}: a redirect wrapper, not the page's address", unwrapped(url))
