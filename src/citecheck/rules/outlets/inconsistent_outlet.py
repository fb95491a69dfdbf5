from __future__ import annotations

from collections import defaultdict

from citecheck.rules import text
from citecheck.rules.base import CollectionRule, Severity


def _key(outlet: str, fold=text.fold) -> str:
    folded = fold(outlet)
    return folded[3:] if folded.startswith("the") and len(folded) > 6 else folded


class InconsistentOutlet(CollectionRule):
    """One outlet spelled two ways.

    What it checks: two references whose `container-title` differ only in case, punctuation,
    spacing, accents or a leading "The" (`New York Times` / `The New York Times`). The spelling most
    references use is the file's own (the first written, on a tie); every reference spelling it
    another way is flagged.
    Why it matters: the bibliography should name each outlet one way; sorting and grouping
    treat the spellings as different outlets.
    Example: `container-title: TOM DISPATCH` and `container-title: TomDispatch`.
    Fix: none; choose the outlet's own spelling and use it everywhere.
    """

    code = "CC504"
    name = "inconsistent-outlet"
    severity = Severity.WARNING

    def check_all(self, refs):
        spellings: dict[str, dict[str, list]] = defaultdict(dict)
        fold = text.FoldMemo().__getitem__  # outlets repeat: fold each spelling once
        for ref in refs:
            if ref.container_title:
                spellings[_key(ref.container_title, fold)].setdefault(ref.container_title, []).append(ref)
        for variants in spellings.values():
            if len(variants) > 1:
                usual = max(variants, key=lambda spelling: len(variants[spelling]))  # first of the most used
                for other, holders in variants.items():
                    if other != usual:
                        for ref in holders:
                            yield self.violation(ref, ("container-title",),
                                                 f"container-title {other!r} is spelled {usual!r} elsewhere")
