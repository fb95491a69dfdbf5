from __future__ import annotations

from citecheck.rules.base import CollectionRule, Severity


class FootnoteGap(CollectionRule):
    """Footnote numbers that skip.

    What it checks: the footnote numbers in the file, sorted, run 1, 2, 3... without a gap;
    each missing run is reported on the reference after it.
    Why it matters: a footnote of the article has no reference (it was lost when transcribing),
    or a number is mistyped.
    Example: footnotes 1, 2, 4 (3 is missing).
    Fix: none; add the missing reference or correct the number.
    """

    code = "CC704"
    name = "footnote-gap"
    severity = Severity.WARNING

    def check_all(self, refs):
        numbered = sorted((ref for ref in refs if ref.footnote is not None), key=lambda r: r.footnote)
        expected = 1
        for ref in numbered:
            if ref.footnote > expected:
                missing = str(expected) if ref.footnote == expected + 1 else f"{expected}-{ref.footnote - 1}"
                yield self.violation(ref, ("footnote",), f"footnote {missing} has no reference")
            expected = max(expected, ref.footnote + 1)
