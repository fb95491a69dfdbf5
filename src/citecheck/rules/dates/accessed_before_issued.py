from __future__ import annotations

from citecheck.rules.base import Rule, Severity


class AccessedBeforeIssued(Rule):
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

    def select(self, refs):
        return [ref for ref in refs if ref.accessed is not None and ref.issued is not None
                and ref.accessed.date_parts and ref.issued.date_parts
                and ref.accessed.date_parts[0] < ref.issued.date_parts[0][:len(ref.accessed.date_parts[0])]]

    def check(self, ref):
        if not (ref.issued and ref.accessed and ref.issued.date_parts and ref.accessed.date_parts):
            return
        issued, accessed = ref.issued.date_parts[0], ref.accessed.date_parts[0]
        common = min(len(issued), len(accessed))
        if accessed[:common] < issued[:common]:
            yield self.violation(ref, ("accessed",),
                                 f"accessed {ref.accessed.isoformat()} before issued {ref.issued.isoformat()}")
