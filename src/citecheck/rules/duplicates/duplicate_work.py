from __future__ import annotations

from collections import defaultdict

from citecheck.rules import text
from citecheck.rules.base import Rule, Severity


def work_key(ref) -> str | None:
    """A blocking key: the title folded to letters and digits (``America’s Nightmare`` == ``americas nightmare``)."""
    folded = text.fold(ref.title or "")
    return folded if len(folded) >= 8 else None


def _same_work(a, b) -> bool:
    """Same folded title, and no evidence against: years and first authors agree where both are given."""
    if a.issued and b.issued and a.issued.year != b.issued.year:
        return False
    fa, fb = (text.fold(r.names("author")[0].family or r.names("author")[0].literal or "")
              if r.names("author") else "" for r in (a, b))
    return not (fa and fb and fa != fb)


def describe(ref) -> str:
    return f"{ref.id} (footnote {ref.footnote})" if ref.footnote is not None else ref.id


class DuplicateWork(Rule):
    """The same work cited twice under two ids.

    What it checks: two references whose titles are equal once case, punctuation, quotes,
    accents and spacing are ignored, with the same year and first author when both give them —
    even when the outlets differ (a republication).
    Why it matters: the bibliography lists the work twice and the two entries drift apart
    (bibtex-tidy `--duplicates=citation`, JabRef's duplicate check). Comparison is blocked on the
    folded title, so it stays linear in the number of references.
    Example: footnote 3 "America's nightmare: The Sino-Russian entente" (Center for National
    Interest) and footnote 5 "America’s Nightmare: The Sino-Russian Entente" (The National Interest).
    Fix: none; keep one reference and cite it from both footnotes.
    """

    code = "CC701"
    name = "duplicate-work"
    severity = Severity.WARNING
    collection = True

    def check_all(self, refs):
        blocks = defaultdict(list)
        for ref in refs:
            key = work_key(ref)
            if key:
                blocks[key].append(ref)
        for block in blocks.values():
            for index, ref in enumerate(block[1:], start=1):
                first = next((other for other in block[:index] if _same_work(other, ref)), None)
                if first is not None:
                    yield self.violation(ref, ("title",), f"same work as {describe(first)}")
