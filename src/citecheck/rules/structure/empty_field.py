from __future__ import annotations

import re
from operator import attrgetter

from citecheck.rules import text
from citecheck.rules.base import DELETE, Fixability, Rule, Severity

_VERBATIM = ("URL", "DOI", "ISBN", "ISSN", "language", "source", "archive-url")
_verbatim_values = attrgetter(*(key.lower().replace("-", "_") for key in _VERBATIM))
_BLANK = re.compile(r"(?:^|\u2063)\s*(?:\u2063|$)")  # a value that is empty or only spaces


class EmptyField(Rule):
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

    def check(self, ref):
        prose = text.strings(ref)
        if prose and _BLANK.search(text.joined(ref, "all", prose)):
            for path, value in prose:
                if len(path) == 1 and not value.strip():
                    yield self.violation(ref, path, f"{path[0]} is empty", DELETE)
        for key, value in zip(_VERBATIM, _verbatim_values(ref)):
            if isinstance(value, str) and not value.strip():
                yield self.violation(ref, (key,), f"{key} is empty", DELETE)
