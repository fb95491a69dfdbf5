from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.columns import VALUE_END
from citecheck.rules.prefilter import Pattern, any_case

#: A role written into the name: "(ed.)", "(eds.)", ", editor", "(Hrsg.)", "(trans.)".
_ROLE = re.compile(r"\s*(?:\(\s*(?:eds?|editors?|hrsg|hg|trans|transl|tr|comp|coord|dir|red|ред|сост)\.?\s*\)"
                   r"|,\s*(?:eds?\.|editors?|translator|trans\.)$"
                   r"|\s(?:eds?\.|hrsg\.)$)", re.IGNORECASE)


class RoleInName(ReferenceRule):
    """An editor's or translator's role written into the name.

    What it checks: `(ed.)`, `(Eds.)`, `, editor`, `(Hrsg.)`, `(trans.)` in a family, given or literal
    name or its suffix.
    Why it matters: the role is printed as part of the name, and the person is counted as an
    author; CSL has `editor` and `translator` for them.
    Example: `author: [{family: Kuchins (ed.), given: Andrew}]`.
    Fix: unsafe — the role is removed from the name; move the person to `editor` if they edited.
    """

    code = "CC213"
    name = "role-in-name"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    # _ROLE's three forms, led by "(", "," or the dot of " ed." at the end (rarer than a space, so skipped to
    # faster); every letter case spelled out:
    # "(Ed.)" and "(Hrsg.)" are written capitalised as often as not.
    prefilter = Pattern("names", re.compile(
        r"\(\s*(?:" + any_case("ed", "hrsg", "hg", "tr", "comp", "coord", "dir", "red", "ред", "сост") + ")"
        r"|,\s*(?:" + any_case("ed", "tr") + ")"
        r"|\.(?:(?<=\s[Ee][Dd]\.)|(?<=\s[Ee][Dd][Ss]\.)|(?<=\s[Hh][Rr][Ss][Gg]\.))" + VALUE_END))

    def check(self, ref):
        for key, index, name in people(ref):
            for part in ("family", "given", "literal", "suffix"):
                value = getattr(name, part)
                if value and (found := _ROLE.search(value)):
                    fixed = (value[: found.start()] + value[found.end():]).strip()
                    yield self.violation(ref, (key, index, part), f"{key}: role {found.group().strip()!r} in {part}",
                                         fixed or None)
