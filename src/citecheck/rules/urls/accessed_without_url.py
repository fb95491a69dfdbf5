from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where


def _accessed_without_url(ref) -> bool:
    return ref.accessed is not None and not ref.url


class AccessedWithoutUrl(ReferenceRule):
    """An access date without an address.

    What it checks: `accessed` is set but `URL` is not.
    Why it matters: the access date says when a web page was read; without the page it prints
    as "accessed ..." about nothing (CS1 `accessdate_missing_url`).
    Example: `accessed: 2024-05-20` on a printed newspaper article with no URL.
    Fix: none; add the URL or remove the access date.
    """

    code = "CC409"
    name = "accessed-without-url"
    severity = Severity.WARNING

    prefilter = Where(_accessed_without_url)

    def check(self, ref):
        if _accessed_without_url(ref):
            yield self.violation(ref, ("accessed",), "accessed without URL")
