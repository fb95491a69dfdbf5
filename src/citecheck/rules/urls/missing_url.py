from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where

_ONLINE = frozenset({"webpage", "post", "post-weblog"})


class MissingUrl(ReferenceRule):
    """An online-only work without a URL.

    What it checks: a `webpage`, `post` or `post-weblog` with no `URL`.
    Why it matters: a web page is found by its address (CS1 `cite_web_url`).
    Example: `type: webpage` with a title only.
    Fix: none; add the page's address.
    """

    code = "CC405"
    name = "missing-url"
    severity = Severity.ERROR

    prefilter = Where(lambda ref: ref.type in _ONLINE)

    def check(self, ref):
        if ref.type in _ONLINE and not (ref.url or "").strip():
            yield self.violation(ref, ("URL",), f"no URL for type {ref.type}")
