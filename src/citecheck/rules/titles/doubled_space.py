from __future__ import annotations

import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


class DoubledSpace(ValueRule):
    """Two or more spaces between words.

    What it checks: a run of spaces inside any text field or name.
    Why it matters: it prints as a gap and defeats searching and duplicate detection (JabRef
    "remove redundant spaces").
    Example: `title: War in  Ukraine`.
    Fix: safe — one space.
    """

    code = "CC110"
    name = "doubled-space"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    scope = "all"
    prefilter = Pattern(scope, re.compile("  "))

    def inspect(self, value):
        if "  " not in value or not _RUN.search(value):
            return None
        return "several spaces in a row", _RUN.sub(" ", value)
