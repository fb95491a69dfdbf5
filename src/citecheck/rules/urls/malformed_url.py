from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.columns import VALUE_END, VALUE_START, value_chars
from citecheck.rules.prefilter import Pattern
from citecheck.rules.urls.url_parts import is_bare_domain, split, valid_host

_SCHEMES = ("http", "https", "ftp")
_SPACE = re.compile(r"\s")
_PLAIN_VALID = re.compile(r"(?:https?|ftp)://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
                          r"(?::\d{1,5})?(?:[/?#]\S*)?\Z")


class MalformedUrl(ReferenceRule):
    """A web address that is not a valid URL.

    What it checks: `URL` and `archive-url` have an http(s) or ftp scheme, a valid host name,
    and no spaces (bare domains are CC401's).
    Why it matters: the link cannot be followed (CS1 `bad_url`, JabRef `UrlChecker`).
    Example: `URL: https://www.example com/page`, `URL: htps://example.org`.
    Fix: none; copy the address again from the browser.
    """

    code = "CC402"
    name = "malformed-url"
    severity = Severity.ERROR
    prefilter = Pattern("urls", re.compile(VALUE_START + "(?!" + _PLAIN_VALID.pattern[:-2].replace(r"\S", value_chars(r"\s"))
                         + VALUE_END + ")"))  # a value that is not plainly valid

    def check(self, ref):
        for key, url in (("URL", ref.url), ("archive-url", ref.archive_url)):
            if url and not is_bare_domain(url):
                problem = self.problem(url.strip())
                if problem:
                    yield self.violation(ref, (key,), f"{key}: {problem}")

    @staticmethod
    def problem(url: str) -> str | None:
        if _PLAIN_VALID.match(url):
            return None  # the common, obviously valid form: no need to parse
        parts = split(url)
        if parts is None:
            return f"{url!r} cannot be parsed"
        if parts.scheme.lower() not in _SCHEMES:
            return f"{url!r} needs an http, https or ftp scheme"
        if _SPACE.search(url):
            return f"{url!r} contains a space"
        if not parts.hostname or not valid_host(parts.hostname):
            return f"{url!r} has no valid host name"
        return None
