from __future__ import annotations

import re

from citecheck.rules import scopes
from citecheck.rules.base import DELETE, Fixability, ReferenceRule, Severity
from citecheck.rules.columns import VALUE_END, VALUE_START
from citecheck.rules.prefilter import Pattern


class EmptyField(ReferenceRule):
    """A field present but empty.

    What it checks: a text field, number or identifier that is empty or only spaces.
    Why it matters: an empty value is noise at best; some processors print the empty field's
    label or punctuation ("In: ."). bibtex-tidy removes them by default.
    Example: `publisher: ""`.
    Fix: safe — the field is removed.
    """

    code = "CC607"
    name = "empty-field"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    prefilter = Pattern("fields", re.compile(VALUE_START + r"\s*" + VALUE_END))  # an empty or blank value

    def check(self, ref):
        for path, value in scopes.scope_values(ref, "fields"):
            if not value.strip():
                yield self.violation(ref, path, f"{path[0]} is empty", DELETE)
