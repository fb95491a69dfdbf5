from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

_JOINED = re.compile(r"\b([^\W\d_]\.)(?=[^\W\d_]\.)")


class InitialsSpacing(ReferenceRule):
    """Initials run together.

    What it checks: a given name with initials written without a space between them (`J.S.`).
    Why it matters: CSL's initialisation treats `J.S.` as one initial in some processors; the
    spaced form `J. S.` is parsed the same everywhere.
    Example: `given: J.S.`.
    Fix: safe — a space after each inner full stop: `J. S.`.
    """

    code = "CC205"
    name = "initials-spacing"
    severity = Severity.INFO
    fixable = Fixability.SAFE
    prefilter = Pattern("names", re.compile(r"\.(?<=\b[^\W\d_]\.)(?=[^\W\d_]\.)"))  # _JOINED found from its dot: a literal to scan for

    def check(self, ref):
        for key, index, name in people(ref):
            if name.given and _JOINED.search(name.given):
                yield self.violation(ref, (key, index, "given"), f"{key}: initials {name.given!r} run together",
                                     _JOINED.sub(r"\1 ", name.given))
