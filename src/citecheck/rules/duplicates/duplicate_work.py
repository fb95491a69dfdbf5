from __future__ import annotations

import re
from collections import Counter, defaultdict

from citecheck.rules import text
from citecheck.rules.base import CollectionRule, Severity


def work_keys(refs) -> list[str | None]:
    """Each reference's blocking key: its title folded to letters and digits (``America’s Nightmare``
    == ``americas nightmare``), None when that leaves fewer than eight."""
    return [folded if len(folded) >= 8 else None for folded in text.fold_all([ref.title or "" for ref in refs])]


def _year_and_author(ref, fold) -> tuple[int | None, str]:
    authors = ref.author
    first = authors[0] if authors else None
    return (ref.issued.year if ref.issued else None,
            fold((first.family or first.literal or "") if first else ""))


class _Block:
    """References with one folded title; finds the earliest one compatible with a newcomer in O(1).

    Two references are the same work when years and first authors agree wherever both are given,
    so a newcomer is compared with the earliest reference under each compatible (year, author) key.
    """

    def __init__(self):
        self.exact, self.by_year, self.by_author, self.any = {}, {}, {}, None

    def earliest_match(self, year, author):
        if year is not None and author:
            found = [self.exact.get(k) for k in ((year, author), (year, ""), (None, author), (None, ""))]
        elif year is not None:
            found = [self.by_year.get(year), self.by_year.get(None)]
        elif author:
            found = [self.by_author.get(author), self.by_author.get("")]
        else:
            found = [self.any]
        found = [f for f in found if f is not None]
        return min(found, key=lambda pair: pair[0])[1] if found else None

    def add(self, order, ref, year, author):
        for table, key in ((self.exact, (year, author)), (self.by_year, year), (self.by_author, author)):
            table.setdefault(key, (order, ref))
        self.any = self.any or (order, ref)


def _issues_differ(one, other) -> bool:
    """Whether two references name different issues, pages or dates (where both give them)."""
    for attr in ("volume", "issue"):
        a, b = getattr(one, attr, None), getattr(other, attr, None)
        if a is not None and b is not None and str(a) != str(b):
            return True
    if one.page is not None and other.page is not None:  # 379-423 and 423 share a page: one article
        if not set(re.findall(r"\d+", str(one.page))) & set(re.findall(r"\d+", str(other.page))):
            return True
    a, b = (ref.issued.date_parts[0] if ref.issued and ref.issued.date_parts else None for ref in (one, other))
    return bool(a and b and a[:len(b)] != b[:len(a)])


def describe(ref) -> str:
    return f"{ref.id} (footnote {ref.footnote})" if ref.footnote is not None else ref.id


class DuplicateWork(CollectionRule):
    """The same work cited twice under two ids.

    What it checks: two references whose titles are equal once case, punctuation, quotes,
    accents and spacing are ignored, with the same year and first author when both give them —
    even when the outlets differ (a republication) — and not in different volumes, issues, pages
    or dates (a recurring column: "Addresses of officers", 1981-07 p. 2 and 1981-11 p. 2).
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

    def check_all(self, refs):
        blocks: dict[str, _Block] = defaultdict(_Block)
        fold = text.FoldMemo().__getitem__  # surnames repeat: fold each spelling once
        keys = work_keys(refs)
        shared = {key for key, count in Counter(keys).items() if count > 1 and key}
        for order, (ref, key) in enumerate(zip(refs, keys)):
            if key not in shared:
                continue  # a title nobody else has: its block could never report it
            block = blocks[key]
            year, author = _year_and_author(ref, fold)
            first = block.earliest_match(year, author)
            if first is not None and _issues_differ(first, ref):
                first = None  # one title in two issues: a recurring column, not one work cited twice
            if first is not None:
                yield self.violation(ref, ("title",), f"same work as {describe(first)}")
            block.add(order, ref, year, author)
