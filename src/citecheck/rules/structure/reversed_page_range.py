from __future__ import annotations

import re

from citecheck.model.limits import MAX_DIGITS
from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

# ASCII digits, few enough for int() (it refuses past 4,300): no page number is longer than a whole number
_RANGE = re.compile(r"^\s*([0-9]{1,%d})\s*[-–—]+\s*([0-9]{1,%d})\s*$" % (MAX_DIGITS, MAX_DIGITS))


class ReversedPageRange(ReferenceRule):
    """A page range that ends before it starts.

    What it checks: `page` written `first-last` with last < first, except abbreviated ranges
    such as `123-45` (which mean 123-145).
    Why it matters: the range is mistyped (JabRef `PagesChecker`, bibcop "wrong order").
    Example: `page: 215-198`.
    Fix: none; check the pages.
    """

    code = "CC610"
    name = "reversed-page-range"
    severity = Severity.ERROR
    prefilter = Needs("page")

    def check(self, ref):
        found = _RANGE.match(str(ref.page)) if ref.page is not None else None
        if found:
            first, last = found.groups()
            if int(last) < int(first) and len(last) >= len(first):
                yield self.violation(ref, ("page",), f"page: range {ref.page!r} ends before it starts")
