from __future__ import annotations

import datetime as dt

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import DateWhere

_FIELDS = (("issued", "issued"), ("accessed", "accessed"), ("archive-date", "archive_date"))
_ATTRS = tuple(attr for _, attr in _FIELDS)


class FutureDate(ReferenceRule):
    """A date after today.

    What it checks: `accessed` or `archive-date` later than today, or `issued` after the end of next
    year (a month or a year counts from its first day). Journals and magazines print issues dated
    ahead, so a publication date up to the current year + 1 passes, as in Wikipedia's CS1 checks.
    Why it matters: nobody read or archived a page tomorrow; the year or the day and month are
    mistyped.
    Example: `accessed: 2202-03-19`; `issued: 2031` in 2026.
    Fix: none; correct the date.
    """

    code = "CC302"
    name = "future-date"
    severity = Severity.ERROR
    today = None  # tests pin the day

    @property
    def prefilter(self):
        now = self._now()
        return DateWhere(_ATTRS, lambda parts: parts[0] > now)

    def _now(self) -> list[int]:
        today = self.today or dt.date.today()
        return [today.year, today.month, today.day]

    def check(self, ref):
        now = self._now()
        issued_by = [now[0] + 1, 12, 31]  # the last day of next year
        for key, attr in _FIELDS:
            date = getattr(ref, attr)
            latest = issued_by if key == "issued" else now
            # date-parts compare like their first day: [2026, 2] > [2026, 1, 31]; [2026] is not > [2026, 1, 1]
            if date is not None and date.date_parts and date.date_parts[0] > latest:
                yield self.violation(ref, (key,), f"{key}: {date.isoformat()} is in the future")
