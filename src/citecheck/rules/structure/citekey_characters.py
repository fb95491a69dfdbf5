from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.columns import VALUE_END, VALUE_START
from citecheck.rules.prefilter import Pattern

#: pandoc's citation key syntax: starts with a letter, digit or _, then those and :.#$%&-+?<>~/
_PANDOC_KEY = re.compile(r"^[\w][\w:.#$%&\-+?<>~/]*$")


class CitekeyCharacters(ReferenceRule):
    """An id that cannot be cited as written.

    What it checks: `id` follows pandoc's citation-key syntax — a letter, digit or underscore,
    then letters, digits and `: . # $ % & - + ? < > ~ /`; no spaces, commas or brackets, and it
    must not end in punctuation.
    Why it matters: `[@id]` in Markdown stops at the first space or comma, so the citation points
    at another key or none (JabRef `ValidCitationKeyChecker`).
    Example: `id: van oudenaren 2019`.
    Fix: none; renaming an id must also rename its citations.
    """

    code = "CC608"
    name = "citekey-characters"
    severity = Severity.ERROR
    prefilter = Pattern("id", re.compile(VALUE_START + "(?!" + _PANDOC_KEY.pattern[1:-1] + r"(?<![:.#$%&\-+?<>~/])" + VALUE_END + ")"))

    def check(self, ref):
        if not _PANDOC_KEY.match(ref.id) or ref.id[-1] in ":.#$%&-+?<>~/":
            yield self.violation(ref, ("id",), f"id {ref.id!r} is not a valid citation key")
