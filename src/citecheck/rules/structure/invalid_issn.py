from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Needs


class InvalidIssn(ReferenceRule):
    """An ISSN with a wrong form or check digit.

    What it checks: each ISSN in `ISSN` is `NNNN-NNNC` with a correct check digit
    (python-stdnum).
    Why it matters: a mistyped ISSN names another periodical (CS1 `bad_issn`, JabRef
    `ISSNChecker`).
    Example: `ISSN: 0378-5954` (the check digit should be 5: `0378-5955`).
    Fix: none; copy the ISSN again.
    """

    code = "CC606"
    name = "invalid-issn"
    severity = Severity.ERROR
    prefilter = Needs("issn")

    def check(self, ref):
        if not ref.issn:
            return
        from stdnum import issn

        for value in ref.issn.replace(";", " ").replace(",", " ").split():
            if not issn.is_valid(value):
                yield self.violation(ref, ("ISSN",), f"ISSN: {value!r} is not a valid ISSN")
