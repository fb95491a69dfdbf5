from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class EmailInName(ReferenceRule):
    """An e-mail address in a name.

    What it checks: a name part holding an address (`john.smith@example.com`), as scraped from a
    byline or a mailto link.
    Why it matters: the address is printed as the author's name, and it is personal data the
    bibliography should not carry.
    Example: `author: [{family: john.smith@example.com}]`.
    Fix: none; write the person's name.
    """

    code = "CC212"
    name = "email-in-name"
    severity = Severity.ERROR
    prefilter = Pattern("names", re.compile(r"@"))

    def check(self, ref):
        for key, index, name in people(ref):
            for part in ("literal", "family", "given"):
                value = getattr(name, part)
                if value and (found := _EMAIL.search(value)):
                    yield self.violation(ref, (key, index, part), f"{key}: e-mail address {found.group()!r} in {part}")
