from __future__ import annotations

import re

from citecheck.rules import text
from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

_LOUD_WORD = re.compile(r"(?:^|[\s\-'’])(?:Mc)?([^\W\d_a-z]{3,})")


def _is_loud(value: str) -> bool:
    """A word of three or more capitals (``BHADRAKUMAR``, ``McGOVERN``); initials like ``M. K.`` pass."""
    return any(text.is_all_caps(m.group(1), min_letters=3) for m in _LOUD_WORD.finditer(value))


class AllCapsName(ReferenceRule):
    """A person's name written in capitals.

    What it checks: a family or given name containing a word of three or more capital letters
    (initials and organisation names are not checked).
    Why it matters: the capitals are the site's byline typography; styles print them as given.
    Example: `family: ESCOBAR`, `given: PEPE`.
    Fix: unsafe — each word capitalised: `Escobar`, `Pepe`, `McGovern`, `O'Brien`; check names
    such as `DeSantis` or `MacDonald` by hand.
    """

    code = "CC202"
    name = "all-caps-name"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    # Three letters in a row that are neither lower case (Latin, Cyrillic, Greek) nor caseless (CJK).
    prefilter = Pattern("names", re.compile(text.NOT_LOWER_OR_CASELESS + "{3}"))

    def check(self, ref):
        for key, index, name in people(ref):
            for part in ("family", "given"):
                value = getattr(name, part)
                if value and _is_loud(value):
                    fixed = re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?",
                                   lambda m: text.capitalise_word(m.group(0)) if m.group(0).isupper()
                                   or m.group(0).startswith("Mc") else m.group(0), value)
                    yield self.violation(ref, (key, index, part), f"{key}: {part} name {value!r} in capitals",
                                         fixed)
