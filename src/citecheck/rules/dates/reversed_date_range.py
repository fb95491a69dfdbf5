from __future__ import annotations

from citecheck import vocabulary as csl
from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import DateWhere

_FIELDS = tuple((key, csl.python_name(key)) for key in csl.DATE_VARIABLES)
_ATTRS = tuple(attr for _, attr in _FIELDS)


class ReversedDateRange(ReferenceRule):
    """A date range that ends before it starts.

    What it checks: a date with two parts (`2021/2020`) whose end is earlier than its start.
    Why it matters: the range prints backwards; the two ends are swapped or one is mistyped.
    Example: `issued: 2021-05/2020-05`.
    Fix: none; swap the two ends (or correct the mistyped one).
    """

    code = "CC308"
    name = "reversed-date-range"
    severity = Severity.ERROR

    prefilter = DateWhere(_ATTRS, lambda parts: len(parts) == 2)

    def check(self, ref):
        for key, attr in _FIELDS:
            date = getattr(ref, attr)
            if date is not None and date.date_parts and len(date.date_parts) == 2:
                start, end = date.date_parts
                common = min(len(start), len(end))
                if end[:common] < start[:common]:
                    yield self.violation(ref, (key,), f"{key}: range {date.isoformat()} ends before it starts")
