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
        spellings: dict[str, dict[tuple, object]] = defaultdict(dict)
        fold = text.FoldMemo().__getitem__
        for ref in refs:
            for key, index, name in people(ref):
                if name.is_organisation or not name.family:
                    continue
                written = (name.family, name.given or "")
                # "J." and "J", "Anne-Marie" and "Anne Marie" are one spelling: only letters count.
                letters = _LETTERS.sub("", name.family) + "\0" + _LETTERS.sub("", name.given or "")
                folded = fold(name.family) + "\0" + fold(name.given or "")
                spellings[folded].setdefault(letters, (written, ref, key, index))
        for variants in spellings.values():
            if len(variants) > 1:
                (family, given), *_ = next(iter(variants.values()))
                for other, ref, key, index in list(variants.values())[1:]:
                    part = "family" if other[0] != family else "given"
                    shown = ", ".join(filter(None, other))
                    yield self.violation(ref, (key, index, part),
                                         f"{key}: {shown!r} is spelled {', '.join(filter(None, (family, given)))!r} elsewhere")
