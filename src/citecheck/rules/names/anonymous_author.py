from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.columns import VALUE_START
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

_ANONYMOUS = re.compile(r"^(?:anonymous|anon\.?|anonym|anonyme|аноним|staff|staff writers?|staff reporters?|"
                        r"our (?:own )?correspondents?|special correspondent|wire staff|news desk|newsdesk|"
                        r"desconocido|inconnu)$", re.IGNORECASE)


class AnonymousAuthor(ReferenceRule):
    """"Anonymous" or a newsroom role given as the author.

    What it checks: a name that is `Anonymous`, `Anon.`, `Staff`, `Staff Writer`, `Staff
    Reporter`, `Our Correspondent`, `Wire staff`... (bracketed too: `[Anonymous]`).
    Why it matters: it is not a name: styles print it as one ("Writer, S."), sort by it, and
    hide that the piece is unsigned. CSL leaves an unsigned work without an author.
    Example: `author: [{family: Staff Writer}]`.
    Fix: none; remove the name (an unsigned work has no author in CSL) or name the writer.
    """

    code = "CC211"
    name = "anonymous-author"
    severity = Severity.WARNING
    prefilter = Pattern("names", re.compile(VALUE_START + r"\s*[\[(]?\s*(?i:anon|staff|our|special|wire|news|аноним|desconocido|inconnu)"))

    def check(self, ref):
        for key, index, name in people(ref):
            value = name.display().strip()
            if _ANONYMOUS.match(value.strip("[]() ")):  # "[Anonymous]", as catalogues bracket a supplied name
                part = "literal" if name.is_organisation else "family"
                yield self.violation(ref, (key, index, part), f"{key}: {value!r} is not a name (an unsigned work has none)")
