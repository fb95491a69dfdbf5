from __future__ import annotations

from citecheck.rules.base import DELETE, Fixability, Rule, Severity

_VERBATIM = ("URL", "DOI", "ISBN", "ISSN", "language", "source", "archive-url")


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
        from citecheck.rules import text

        for path, value in text.strings(ref):
            if len(path) == 1 and not value.strip():
                yield self.violation(ref, path, f"{path[0]} is empty", DELETE)
        for key in _VERBATIM:
            value = getattr(ref, key.lower().replace("-", "_"))
            if isinstance(value, str) and not value.strip():
                yield self.violation(ref, (key,), f"{key} is empty", DELETE)
