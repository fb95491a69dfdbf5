from __future__ import annotations

import datetime as dt
import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

_WAYBACK = re.compile(r"web\.archive\.org/web/(\d{4})(\d{2})(\d{2})\d*")


class ArchiveWithoutDate(ReferenceRule):
    """An archive link without its date.

    What it checks: `archive-url` is set but `archive-date` is not.
    Why it matters: the date tells which version of a changing page was cited (CS1
    `archive_missing_date`).
    Example: `archive-url: https://web.archive.org/web/20220319120000/https://example.org/a`.
    Fix: safe when the link is a Wayback Machine address — the date is read from its timestamp
    (`2022-03-19`).
    """

    code = "CC407"
    name = "archive-without-date"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    prefilter = Needs("archive_url")

    def check(self, ref):
        if ref.archive_url and ref.archive_date is None:
            stamp = _WAYBACK.search(ref.archive_url)
            fixed = _date(*map(int, stamp.groups())) if stamp else None
            yield self.violation(ref, ("archive-url",), "archive-url without archive-date",
                                 edits=_date_edit(ref.id, fixed))


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_edit(ref_id: str, date: dt.date | None):
    from citecheck.yaml_edit import FieldEdit

    return [FieldEdit(ref_id, ("archive-date",), date)] if date else []
