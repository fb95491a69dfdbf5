from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.columns import VALUE_END, VALUE_START, value_chars
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

_LETTER = re.compile(r"[^\W\d_]")


class NameWithoutLetters(ReferenceRule):
    """A name with no letters in it.

    What it checks: a family name or literal made only of digits, punctuation or symbols.
    Why it matters: it is a date, a count or a stray mark in the wrong field (CS1
    `numeric_names`).
    Example: `family: "2022"`.
    Fix: none; put the value in its field and the name in the name.
    """

    code = "CC207"
    name = "name-without-letters"
    severity = Severity.ERROR
    prefilter = Pattern("names", re.compile(VALUE_START + "(?:" + value_chars(r"\w") + r"|[\d_])*" + VALUE_END))  # a part without letters

    def check(self, ref):
        for key, index, name in people(ref):
            part = "literal" if name.is_organisation else "family"
            value = getattr(name, part) or ""
            if not _LETTER.search(value):
                yield self.violation(ref, (key, index, part), f"{key}: {value!r} has no letters")
