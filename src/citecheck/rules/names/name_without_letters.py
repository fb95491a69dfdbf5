from __future__ import annotations

import re

from citecheck.rules.base import Rule, Severity
from citecheck.rules.names.name_rule import people

_LETTER = re.compile(r"[^\W\d_]")


class NameWithoutLetters(Rule):
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
    scope = "names"
    trigger = re.compile(r"\u2063(?:(?!\u2063)[\W\d_])*(?=\u2063)")  # a part without letters

    def check(self, ref):
        for key, index, name in people(ref):
            part = "literal" if name.is_organisation else "family"
            value = getattr(name, part) or ""
            if not _LETTER.search(value):
                yield self.violation(ref, (key, index, part), f"{key}: {value!r} has no letters")
