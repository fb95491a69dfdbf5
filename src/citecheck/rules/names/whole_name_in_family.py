from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.names.several_people_in_literal import ORGANISATION as _ORGANISATION
from citecheck.rules.prefilter import NameWhere

#: "Anna Smith", "A. B. Smith", "Anna-Maria von Smith": a first name then a surname.
_WHOLE = re.compile(r"^(?:[A-ZÀ-Þ][a-zß-ÿ]+|[A-Z]\.)(?:[ -](?:[A-ZÀ-Þ][a-zß-ÿ]+|[A-Z]\.))*"
                    r"(?: (?:van|von|de|der|den|da|di|du|le|la|bin|ibn|al))* [A-ZÀ-Þ][a-zß-ÿ']+$")


def _whole_in_family(name) -> bool:
    family = name.family
    # The cheap tests first: most names have a given name, and the organisation words are a regex search.
    given = name.given  # an empty given name ("") is none either
    return (family is not None and (given is None or not given.strip()) and name.literal is None
            and " " in family.strip()
            and _ORGANISATION.search(family) is None and _WHOLE.match(family.strip()) is not None)


class WholeNameInFamily(ReferenceRule):
    """A person's whole name in `family`, with no `given`.

    What it checks: a name with only `family`, holding a first name and a surname
    (`Anna Smith`, `A. B. Smith`).
    Why it matters: styles sort and invert by `family`: "Anna Smith" is filed under A and printed
    "Anna Smith" where the others read "Smith, A.".
    Example: `author: [{family: Anna Smith}]`.
    Fix: none; split it (`family: Smith`, `given: Anna`), or use `literal` for an organisation.
    """

    code = "CC215"
    name = "whole-name-in-family"
    severity = Severity.WARNING
    prefilter = NameWhere(_whole_in_family)

    def check(self, ref):
        for key, index, name in people(ref):
            if _whole_in_family(name):
                yield self.violation(ref, (key, index, "family"),
                                     f"{key}: whole name {name.family.strip()!r} in family, no given name")
