from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern
from citecheck.yaml_edit import FieldEdit


class InvertedName(ReferenceRule):
    """A whole "Family, Given" name typed into the family name.

    What it checks: a family name containing a comma while the given name is empty.
    Why it matters: the style cannot tell the parts apart and prints the comma as typed.
    Example: `family: Stockman, Farah`.
    Fix: unsafe — split at the first comma: `family: Stockman`, `given: Farah` (wrong for a
    suffix such as `King, Jr.`).
    """

    code = "CC208"
    name = "inverted-name"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    prefilter = Pattern("names", re.compile(","))

    def check(self, ref):
        for key, index, name in people(ref):
            if name.family and "," in name.family and not name.given:
                family, _, given = (p.strip() for p in name.family.partition(","))
                if family and given:
                    yield self.violation(ref, (key, index, "family"), f"{key}: {name.family!r} holds both parts",
                                         edits=[FieldEdit(ref.id, (key, index, "family"), family),
                                                FieldEdit(ref.id, (key, index, "given"), given)])
