from __future__ import annotations

import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.columns import VALUE_END
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule


class TrailingPunctuation(ValueRule):
    """A title or outlet name ending in a comma, semicolon or colon.

    What it checks: the value ends with `,`, `;` or `:` (a full stop, `?` and `!` can belong to a
    title, so they pass).
    Why it matters: the style adds its own punctuation, giving `Title,.` (CS1 `extra_punct`).
    Example: `container-title: "The National Interest,"`.
    Fix: safe — the trailing mark is removed.
    """

    code = "CC112"
    name = "trailing-punctuation"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    scope = "titles"
    prefilter = Pattern(scope, re.compile(r"[,;:]\s*" + VALUE_END))

    def inspect(self, value):
        stripped = value.rstrip()
        if not stripped.endswith((",", ";", ":")):
            return None
        return f"ends with {stripped[-1]!r}", stripped.rstrip(",;:").rstrip()
