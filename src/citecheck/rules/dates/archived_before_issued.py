from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Needs


class ArchivedBeforeIssued(ReferenceRule):
    """An archive snapshot older than the work.

    What it checks: `archive-date` earlier than `issued` (comparing only the parts both give).
    Why it matters: a snapshot taken before publication cannot hold the work; the archive link
    points at another page or one of the dates is wrong.
    Example: `issued: 2022-03-19`, `archive-date: 2021-03-19`.
    Fix: none; pick a snapshot taken after publication.
    """

    code = "CC307"
    name = "archived-before-issued"
    severity = Severity.WARNING
    prefilter = Needs("archive_date")

    def check(self, ref):
        if not (ref.issued and ref.archive_date and ref.issued.date_parts and ref.archive_date.date_parts):
            return
        issued, archived = ref.issued.date_parts[0], ref.archive_date.date_parts[0]
        common = min(len(issued), len(archived))
        if archived[:common] < issued[:common]:
            yield self.violation(ref, ("archive-date",),
                                 f"archived {ref.archive_date.isoformat()} before issued {ref.issued.isoformat()}")
