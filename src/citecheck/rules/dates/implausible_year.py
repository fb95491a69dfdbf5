from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import DateWhere

_FIELDS = (("issued", "issued"), ("accessed", "accessed"), ("archive-date", "archive_date"))
_ATTRS = tuple(attr for _, attr in _FIELDS)
_OLD_OK = frozenset({"classic", "manuscript", "map", "legislation", "treaty", "book", "musical_score",
                     "graphic", "legal_case"})


class ImplausibleYear(ReferenceRule):
    """A year that is almost certainly mistyped.

    What it checks: a year with fewer or more than four digits (`202`, `20222`), or before 1450
    on works that did not exist before print (articles, posts, web pages).
    Why it matters: the model accepts any integer year, so a dropped or doubled digit slips
    through.
    Example: `issued: 202-05-17`.
    Fix: none; correct the year.
    """

    code = "CC305"
    name = "implausible-year"
    severity = Severity.ERROR

    prefilter = DateWhere(_ATTRS, lambda parts: not 1450 <= parts[0][0] <= 9999)

    def check(self, ref):
        for key, attr in _FIELDS:
            date = getattr(ref, attr)
            year = date.year if date is not None else None
            if year is None:
                continue
            if not 1000 <= year <= 9999 and ref.type not in _OLD_OK or year > 9999:
                yield self.violation(ref, (key,), f"{key}: implausible year {year}")
            elif year < 1450 and ref.type not in _OLD_OK:
                yield self.violation(ref, (key,), f"{key}: year {year} is older than print for type {ref.type}")
