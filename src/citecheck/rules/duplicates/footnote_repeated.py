from __future__ import annotations

from citecheck.rules.base import CollectionRule, Severity
from citecheck.rules.duplicates.duplicate_work import describe


class FootnoteRepeated(CollectionRule):
    """Two references with the same footnote number.

    What it checks: a footnote number used by more than one reference.
    Why it matters: usually a mistyped number (the next footnote then shows a gap); a footnote
    citing two works is possible, hence a warning.
    Example: two references with `footnote: 7`.
    Fix: none; correct the number, or ignore this rule if the footnote cites both works.
    """

    code = "CC705"
    name = "footnote-repeated"
    severity = Severity.WARNING

    def check_all(self, refs):
        seen = {}
        for ref in refs:
            if ref.footnote is None:
                continue
            if ref.footnote in seen:
                yield self.violation(ref, ("footnote",), f"footnote {ref.footnote} is also {describe(seen[ref.footnote])}")
            else:
                seen[ref.footnote] = ref
