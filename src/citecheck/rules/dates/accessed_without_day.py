from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import DateWhere


class AccessedWithoutDay(ReferenceRule):
    """An access date without its day.

    What it checks: `accessed` gives a year, or a year and month, but no day (`2024-06`).
    Why it matters: the access date says which version of a page was read; pages change by the
    day, and CS1 and the archive lookups need a full date.
    Example: `accessed: 2024-06`.
    Fix: none; give the day you read the page.
    """

    code = "CC310"
    name = "accessed-without-day"
    severity = Severity.WARNING
    prefilter = DateWhere(("accessed",), lambda parts: len(parts[0]) < 3)

    def check(self, ref):
        date = ref.accessed
        if date is not None and date.date_parts and len(date.date_parts[0]) < 3:
            yield self.violation(ref, ("accessed",), f"accessed: {date.isoformat()} has no day")
