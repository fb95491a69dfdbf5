from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

_SNAPSHOT = re.compile(r"^https?://web\.archive\.org/web/\d{4,14}(?:[a-z]{2}_)?/\S+$")


class MalformedArchiveUrl(ReferenceRule):
    """A Wayback Machine link that is not a snapshot.

    What it checks: an `archive-url` on web.archive.org that lacks the `/web/<timestamp>/<url>`
    form — a search page (`/web/*/...`), a save request (`/save/...`) or a bare `/web/<url>`.
    Why it matters: such a link shows a calendar or the live page, not the cited version
    (CS1 `archive_url`).
    Example: `archive-url: https://web.archive.org/web/*/https://tass.com`.
    Fix: none; open the calendar and copy one snapshot's address.
    """

    code = "CC408"
    name = "malformed-archive-url"
    severity = Severity.ERROR
    prefilter = Needs("archive_url")

    def check(self, ref):
        url = (ref.archive_url or "").strip()
        if "web.archive.org" in url and not _SNAPSHOT.match(url):
            yield self.violation(ref, ("archive-url",), f"archive-url: {url!r} is not a snapshot address")
