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
    (`McFaul, Michael` / `Mcfaul, Michael`, `Müller` / `Muller`). The spelling most names use is the
    file's own (the first written, on a tie); every name spelling it another way is flagged.
    Why it matters: styles sort, group and disambiguate by the exact spelling: one author becomes
    two, and "ibid."/same-author dashes break.
    Example: `family: Bhadrakumar` in one reference and `family: BhadraKumar` in another.
    Fix: none; choose one spelling and use it everywhere.
    """

    code = "CC708"
    name = "inconsistent-person"
    severity = Severity.WARNING

    def check_all(self, refs):
        where: dict[tuple, list] = {}  # each spelling's places; folding, the cost, is done once per spelling
        for ref in refs:
            for key, index, name in people(ref):
                if name.literal is None and name.family:
                    written = (name.family, name.given or "")
                    places = where.get(written)
                    if places is None:
                        where[written] = places = []
                    places.append((ref, key, index))
        spellings: dict[str, dict[str, list]] = defaultdict(dict)
        fold = text.FoldMemo().__getitem__
        for written in where:
            # "J." and "J", "Anne-Marie" and "Anne Marie" are one spelling: only letters count.
            letters = _LETTERS.sub("", written[0]) + "\0" + _LETTERS.sub("", written[1])
            spellings[fold(written[0]) + "\0" + fold(written[1])].setdefault(letters, []).append(written)
        for variants in spellings.values():
            if len(variants) > 1:
                uses = {letters: sum(len(where[w]) for w in writtens) for letters, writtens in variants.items()}
                usual = max(uses, key=uses.__getitem__)  # the first of the most used
                family, given = variants[usual][0]
                for letters, writtens in variants.items():
                    if letters == usual:
                        continue
                    for other in writtens:
                        part = "family" if other[0] != family else "given"
                        shown = ", ".join(filter(None, other))
                        for ref, key, index in where[other]:
                            yield self.violation(ref, (key, index, part), f"{key}: {shown!r} is spelled "
                                                 f"{', '.join(filter(None, (family, given)))!r} elsewhere")
