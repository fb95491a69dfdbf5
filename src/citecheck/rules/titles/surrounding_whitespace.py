from __future__ import annotations

import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.columns import VALUE_END, VALUE_START
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule


class SurroundingWhitespace(ValueRule):
    """Spaces before or after a value.

    What it checks: leading or trailing whitespace in any text field or name part.
    Why it matters: `McCoy ` sorts and compares differently from `McCoy`, and prints a space
    before the next punctuation mark.
    Example: `family: "McCoy "`.
    Fix: safe — the spaces are removed.
    """

    code = "CC111"
    name = "surrounding-whitespace"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    scope = "all"
    prefilter = Pattern(scope, re.compile(VALUE_START + r"\s|\s" + VALUE_END))

    def inspect(self, value):
        if value == value.strip() or not value.strip():
            return None
        return "leading or trailing whitespace", value.strip()
