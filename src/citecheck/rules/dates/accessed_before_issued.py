from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where


def _dated_both(ref) -> bool:
    return bool(ref.accessed is not None and ref.issued is not None
                and ref.accessed.date_parts and ref.issued.date_parts)


class AccessedBeforeIssued(ReferenceRule):
    """A page read before it was published.

    What it checks: `accessed` is earlier than `issued` (comparing only the parts both give:
    `2022-03` against `2022-03-19` is fine).
    Why it matters: one of the two dates is wrong, often day and month swapped.
    Example: `issued: 2022-03-19`, `accessed: 2022-03-09`.
    Fix: none; check both dates against the page.
    """

    code = "CC303"
    name = "accessed-before-issued"
    severity = Severity.ERROR

    # Both dates, and the access date's parts before the same parts of issued (the check's test, in one comparison).
    prefilter = Where(lambda ref: _dated_both(ref) and
                      ref.accessed.date_parts[0] < ref.issued.date_parts[0][:len(ref.accessed.date_parts[0])])

    def check(self, ref):
        if not _dated_both(ref):
            return
        issued, accessed = ref.issued.date_parts[0], ref.accessed.date_parts[0]
        common = min(len(issued), len(accessed))
        if accessed[:common] < issued[:common]:
            yield self.violation(ref, ("accessed",),
                                 f"accessed {ref.accessed.isoformat()} before issued {ref.issued.isoformat()}")
