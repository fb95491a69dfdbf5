from __future__ import annotations

import datetime as dt

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import DateWhere

FIRST_WEB_PAGE = dt.date(1991, 8, 6)


class AccessedBeforeWeb(ReferenceRule):
    """An access or archive date before the web existed.

    What it checks: `accessed` or `archive-date` before 6 August 1991, the first public web page.
    Why it matters: the date is the publication date typed in the wrong field, or mistyped
    (CS1 checks access dates the same way).
    Example: `accessed: 1989-03-19`.
    Fix: none; give the day you read the page.
    """

    code = "CC306"
    name = "accessed-before-web"
    severity = Severity.ERROR

    prefilter = DateWhere(("accessed", "archive_date"),
                          lambda parts: parts[0] < [FIRST_WEB_PAGE.year, FIRST_WEB_PAGE.month, FIRST_WEB_PAGE.day])

    def check(self, ref):
        for key, date in (("accessed", ref.accessed), ("archive-date", ref.archive_date)):
            first = date.as_date() if date is not None else None
            if first is not None and first < FIRST_WEB_PAGE:
                yield self.violation(ref, (key,), f"{key}: {date.isoformat()} is before the web existed")
