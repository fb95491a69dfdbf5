from __future__ import annotations

from citecheck.rules.base import CollectionRule, Severity


class IdsDifferInCase(CollectionRule):
    """Two ids that differ only in case.

    What it checks: two references whose `id`s are the same letters in another case
    (`Smith2020` and `smith2020`).
    Why it matters: BibTeX and biber treat citation keys without regard to case, and so do
    some file systems and wikis: one of the two entries is lost or a citation picks the wrong one.
    Example: `id: Smith2020` and `id: smith2020`.
    Fix: none; rename one of them.
    """

    code = "CC707"
    name = "ids-differ-in-case"
    severity = Severity.ERROR

    def check_all(self, refs):
        seen = {}
        for ref in refs:
            key = ref.id.casefold()
            first = seen.setdefault(key, ref)
            if first is not ref and first.id != ref.id:
                yield self.violation(ref, ("id",), f"id {ref.id!r} differs only in case from {first.id!r}")
