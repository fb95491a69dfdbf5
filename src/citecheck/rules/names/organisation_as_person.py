from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import NameWhere

_ORGANISATION = re.compile(
    r"\b(?:news|agency|press|staff|editors|editorial|board|ministry|department|institute|university|"
    r"college|inc|ltd|llc|gmbh|corporation|corp|company|committee|council|organi[sz]ation|foundation|"
    r"association|society|office|government|bureau|centre|center|reuters|tass|xinhua|bbc|cnn)\b\.?",
    re.IGNORECASE)


def _looks_like_an_organisation(name) -> bool:
    """A lone family name (no given name, not a literal) holding an organisation's word."""
    return bool(name.family and not name.given and not name.literal and _ORGANISATION.search(name.family))


class OrganisationAsPerson(ReferenceRule):
    """An organisation typed as a person.

    What it checks: a name with a family name but no given name, whose words are those of an
    organisation (News, Agency, Staff, Ministry, University, Inc...).
    Why it matters: styles would invert or abbreviate it ("News, Reuters" or "R. News"); CSL
    keeps organisations whole in `literal`.
    Example: `author: [{family: Reuters Staff}]`.
    Fix: unsafe — the name becomes `{literal: Reuters Staff}`.
    """

    code = "CC204"
    name = "organisation-as-person"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    # Cheaper than a pattern over every name part (_ORGANISATION has no literal prefix, and a word
    # boundary is tried everywhere): a lone family name is rare, and only it is searched.
    prefilter = NameWhere(_looks_like_an_organisation)

    def check(self, ref):
        for key, index, name in people(ref):
            if _looks_like_an_organisation(name):
                yield self.violation(ref, (key, index, "family"),
                                     f"{key}: {name.family!r} looks like an organisation; use literal",
                                     edits=self._as_literal(ref, key, index, name.family))

    @staticmethod
    def _as_literal(ref, key, index, family):
        from citecheck.yaml_edit import DELETE, FieldEdit

        return [FieldEdit(ref.id, (key, index, "family"), DELETE), FieldEdit(ref.id, (key, index, "literal"), family)]
