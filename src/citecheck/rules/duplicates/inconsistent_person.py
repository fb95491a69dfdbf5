from __future__ import annotations

import re
from collections import defaultdict

from citecheck.rules import text
from citecheck.rules.base import CollectionRule, Severity
from citecheck.rules.names.name_rule import people

_LETTERS = re.compile(r"[\W_]+")


class InconsistentPerson(CollectionRule):
    """One person's name spelled two ways across the file.

    What it checks: two person names (any role) whose family and given names are the same once
    case, accents, punctuation and spacing are ignored, but are written differently
    (`McFaul, Michael` / `Mcfaul, Michael`, `Müller` / `Muller`).
    Why it matters: styles sort, group and disambiguate by the exact spelling: one author becomes
    two, and "ibid."/same-author dashes break.
    Example: `family: Bhadrakumar` in one reference and `family: BhadraKumar` in another.
    Fix: none; choose one spelling and use it everywhere.
    """

    code = "CC708"
    name = "inconsistent-person"
    severity = Severity.WARNING

    def check_all(self, refs):
        first: dict[tuple, tuple] = {}  # each spelling once: names repeat, and folding is the cost
        for ref in refs:
            for key, index, name in people(ref):
                if name.family and name.literal is None:
                    first.setdefault((name.family, name.given or ""), (ref, key, index))
        spellings: dict[str, dict[str, tuple]] = defaultdict(dict)
        fold = text.FoldMemo().__getitem__
        for written, (ref, key, index) in first.items():
            # "J." and "J", "Anne-Marie" and "Anne Marie" are one spelling: only letters count.
            letters = _LETTERS.sub("", written[0]) + "\0" + _LETTERS.sub("", written[1])
            spellings[fold(written[0]) + "\0" + fold(written[1])].setdefault(letters, (written, ref, key, index))
        for variants in spellings.values():
            if len(variants) > 1:
                (family, given), *_ = next(iter(variants.values()))
                for other, ref, key, index in list(variants.values())[1:]:
                    part = "family" if other[0] != family else "given"
                    shown = ", ".join(filter(None, other))
                    yield self.violation(ref, (key, index, part),
                                         f"{key}: {shown!r} is spelled {', '.join(filter(None, (family, given)))!r} elsewhere")
