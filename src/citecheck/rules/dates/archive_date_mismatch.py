from __future__ import annotations

import datetime as dt
import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Pattern, any_case

#: The Wayback Machine's snapshot timestamp: /web/YYYYMMDDhhmmss/ (or a shorter prefix of it), and archive.today's.
_WAYBACK = re.compile(r"(?:web\.archive\.org|archive\.org/wayback|webarchive\.[a-z.]+)/(?:web/)?(\d{4})(\d{2})(\d{2})\d*"
                      r"(?:[a-z]{2}_)?/"
                      # archive.today and its mirrors: /20200115000000/… or /2020.01.15-000000/…
                      r"|archive\.(?:today|ph|is|li|vn|fo|md)/(\d{4})\.?(\d{2})\.?(\d{2})[\d-]*/", re.IGNORECASE)


class ArchiveDateMismatch(ReferenceRule):
    """An `archive-date` that is not the day in the archive link.

    What it checks: `archive-url` is a Wayback Machine or archive.today snapshot, whose address carries
    the day it was taken (`/web/20210304050607/…`, `archive.ph/2021.03.04-050607/…`), and `archive-date`
    names another day.
    Why it matters: the archive date tells readers which copy they see; one of the two fields was
    copied from another reference or typed by hand.
    Example: `archive-url: https://web.archive.org/web/20210304050607/https://example.org/` with
    `archive-date: 2022-05-05`.
    Fix: unsafe — `archive-date` is set to the snapshot's day.
    """

    code = "CC311"
    name = "archive-date-mismatch"
    severity = Severity.ERROR
    fixable = Fixability.UNSAFE
    prefilter = Pattern("urls", re.compile(any_case("archive")))  # every form _WAYBACK reads holds it

    def check(self, ref):
        date = ref.archive_date
        if ref.archive_url.__class__ is not str or date is None or not date.date_parts:
            return
        found = _WAYBACK.search(ref.archive_url)
        if found is None:
            return
        snapshot = [int(group) for group in found.groups() if group is not None]
        given = date.date_parts[0]
        if snapshot[: len(given)] != list(given):
            try:
                day = dt.date(*snapshot)
            except ValueError:
                day = None  # a timestamp that is no day: nothing to set
            yield self.violation(ref, ("archive-date",),
                                 f"archive-date: {date.isoformat()}, but the snapshot in archive-url is of {'-'.join(f'{n:02d}' for n in snapshot)}", day)
