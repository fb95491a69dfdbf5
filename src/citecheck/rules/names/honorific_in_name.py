from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.columns import VALUE_START
from citecheck.rules.names.name_rule import people
from citecheck.rules.names.several_people_in_literal import _PERSON
from citecheck.rules.prefilter import Pattern

_HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|mx|rev|hon|sen|gen|col|capt|dott|ing|herr|frau)\.\s*(?=\S)"
                        r"|^(?:doctor|professor|mister|madame|monsieur|mme|mlle)\s+(?=\S)"
                        r"|^(?:dr|prof|mrs|mr|ms)\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)


class HonorificInName(ReferenceRule):
    """A title of address in a name: `Dr.`, `Prof.`, `Mr.`, `Mrs.`.

    What it checks: a given or family name that starts with an honorific (`Dr. Anna`,
    `Prof. Alexander`, `Professor Jane`), or a literal person's name that does (`Dr. Anna Smith`).
    Why it matters: styles print it as a first name and abbreviate it (`D. Smith`); no style
    prints honorifics.
    Example: `author: [{family: Smith, given: Dr. Anna}]`.
    Fix: unsafe — the honorific is removed.
    """

    code = "CC214"
    name = "honorific-in-name"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    prefilter = Pattern("names", re.compile(VALUE_START + r"\s*(?i:dr|prof|mr|mrs|ms|mx|rev|hon|sen|gen|col|capt|dott|"
                                             r"ing|herr|frau|doctor|professor|mister|madame|monsieur|mme|mlle)"))

    def check(self, ref):
        for key, index, name in people(ref):
            if name.is_organisation:
                literal = name.literal.strip()
                found = _HONORIFIC.match(literal)
                # "Dr. Anna Smith" typed as one literal: a person, not an organisation ("Dr. Oetker" stays quiet)
                if found and _PERSON.match(literal[found.end():].strip()) and " " in literal[found.end():].strip():
                    yield self.violation(ref, (key, index, "literal"),
                                         f"{key}: honorific {found.group().strip()!r} in literal",
                                         literal[found.end():].strip())
                continue
            for part in ("given", "family"):
                value = getattr(name, part)
                if value and (found := _HONORIFIC.match(value.strip())) and len(value.strip()) > found.end():
                    yield self.violation(ref, (key, index, part), f"{key}: honorific {found.group().strip()!r} in {part}",
                                         value.strip()[found.end():].strip())
