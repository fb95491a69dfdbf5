from __future__ import annotations

from citecheck.rules.base import CollectionRule, Severity


class FootnoteMissing(CollectionRule):
    """A reference without a footnote number among numbered ones.

    What it checks: when some references carry `footnote`, the ones that do not.
    Why it matters: `audit` and `list` match footnotes to references by this number; an
    unnumbered entry is unused or its number was forgotten.
    Example: 15 references with `footnote:` and one without.
    Fix: none; add the number, or remove the unused reference.
    """

    code = "CC706"
    name = "footnote-missing"
    severity = Severity.INFO

    def check_all(self, refs):
        if any(ref.footnote is not None for ref in refs):
            for ref in refs:
                if ref.footnote is None:
                    yield self.violation(ref, ("footnote",), "no footnote number")
