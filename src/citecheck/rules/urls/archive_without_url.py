from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Needs


class ArchiveWithoutUrl(ReferenceRule):
    """An archive link without the original address.

    What it checks: `archive-url` is set but `URL` is not.
    Why it matters: the snapshot is of some page; readers and `verify-links` need the original
    to tell which (CS1 `archive_missing_url`).
    Example: `archive-url: https://web.archive.org/web/2022/https://example.org/a` and no `URL`.
    Fix: none; copy the original address out of the archive link.
    """

    code = "CC406"
    name = "archive-without-url"
    severity = Severity.ERROR
    prefilter = Needs("archive_url")

    def check(self, ref):
        if ref.archive_url and not ref.url:
            yield self.violation(ref, ("archive-url",), "archive-url without URL")
