from __future__ import annotations

from citecheck.rules.base import CollectionRule, Severity
from citecheck.rules.duplicates.duplicate_work import describe


class DuplicateDoi(CollectionRule):
    """The same DOI in two references.

    What it checks: two references with the same `DOI` (DOIs are case-insensitive).
    Why it matters: a DOI names exactly one work; two entries are a duplicate or a mistyped DOI
    (JabRef `DoiDuplicationChecker`, bibtex-tidy `--duplicates=doi`).
    Example: `DOI: 10.1000/xyz123` twice.
    Fix: none; merge the entries.
    """

    code = "CC703"
    name = "duplicate-doi"
    severity = Severity.ERROR

    def check_all(self, refs):
        seen = {}
        for ref in refs:
            if ref.doi and ref.doi.strip():
                key = ref.doi.strip().casefold()
                if key in seen:
                    yield self.violation(ref, ("DOI",), f"DOI also used by {describe(seen[key])}")
                else:
                    seen[key] = ref
