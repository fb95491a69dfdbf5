from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.columns import VALUE_START
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

#: Words a scraper takes for an author (CS1 `generic_names`).
_GENERIC = re.compile(r"^(?:admin|administrator|author|user|super user|guest|editor|webmaster|contributor|"
                      r"contact us|about us|facebook|twitter|instagram|linkedin|home page|privacy|"
                      r"site name|submitted|unknown|n/?a|none|null)$", re.IGNORECASE)


class GenericName(ReferenceRule):
    """A placeholder instead of a person's name.

    What it checks: a name that is a role, a site word or a placeholder: "Admin", "Author",
    "Super User", "Facebook", "Unknown", "N/A"...
    Why it matters: the reference claims an author it does not have (CS1 `generic_name`).
    Example: `author: [{literal: admin}]`.
    Fix: none; name the real author or drop the entry.
    """

    code = "CC209"
    name = "generic-name"
    severity = Severity.ERROR
    # A part that starts like a placeholder (display joins the parts). The look-ahead on the words'
    # first letters rejects most parts before the 22 words are tried one by one.
    prefilter = Pattern("names", re.compile(VALUE_START + r"\s*(?=[acefghilnpstuw])"
                         r"(?:admin|author|user|super|guest|editor|webmaster|contributor|contact|about|"
                         r"facebook|twitter|instagram|linkedin|home|privacy|site|submitted|unknown|n/?a|none|null)",
                         re.IGNORECASE))

    def check(self, ref):
        for key, index, name in people(ref):
            value = name.display().strip()
            if _GENERIC.match(value):
                part = "literal" if name.is_organisation else "family"
                yield self.violation(ref, (key, index, part), f"{key}: {value!r} is a placeholder, not a name")
