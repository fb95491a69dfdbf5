from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.columns import VALUE_START
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

_BYLINE = re.compile(r"^\s*by\s+(?=\S)", re.IGNORECASE)


class BylineInName(ReferenceRule):
    """A "By" byline left in a name.

    What it checks: a given name, family name or literal that starts with `By ` (any case).
    Why it matters: the word was copied from the page's byline; the citation then reads
    "Farah By Stockman" or sorts under B.
    Example: `given: BY M. K.` (family `BHADRAKUMAR`).
    Fix: safe — the leading "By" is removed: `given: M. K.`.
    """

    code = "CC201"
    name = "byline-in-name"
    severity = Severity.ERROR
    fixable = Fixability.SAFE
    prefilter = Pattern("names", re.compile(VALUE_START + r"\s*by\s", re.IGNORECASE))

    def check(self, ref):
        for key, index, name in people(ref):
            for part in ("given", "family", "literal"):
                value = getattr(name, part)
                if value and _BYLINE.match(value):
                    word = value.strip().split()[0]
                    yield self.violation(ref, (key, index, part), f"{key}: byline word {word!r} in the {part} name",
                                         _BYLINE.sub("", value, count=1))
