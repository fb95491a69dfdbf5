from __future__ import annotations

import re
from types import MappingProxyType

from citecheck.rules.base import Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_PAIRS = MappingProxyType({")": "(", "]": "[", "}": "{"})
_WIKI = re.compile(r"\[\[|\]\]|\{\{|\}\}")  # reported by wiki-markup (CC103)
_MATH = re.compile(r"\$[^$]*\$")  # a formula's braces are TeX's ($2^{\mbox{2}}$): left out, not paired


class UnbalancedBrackets(ValueRule):
    """Brackets that do not pair up.

    What it checks: every `(`, `[` and `{` in a title or outlet name is closed, in order.
    Why it matters: a lost bracket usually means text was cut when copying (JabRef
    `BracketChecker`).
    Example: `title: The Other America (Or the Three Missed Chances`.
    Fix: none; restore the missing part from the source.
    """

    code = "CC106"
    name = "unbalanced-brackets"
    severity = Severity.WARNING
    scope = "titles"
    prefilter = Pattern(scope, re.compile(r"[()\[\]{}]"))

    def inspect(self, value):
        if not any(c in value for c in "()[]{}"):
            return None
        stack: list[str] = []
        for char in _WIKI.sub("", _MATH.sub("", value) if "$" in value else value):
            if char in "([{":
                stack.append(char)
            elif char in _PAIRS and (not stack or stack.pop() != _PAIRS[char]):
                return f"unmatched {char!r}"
        return f"unclosed {stack[-1]!r}" if stack else None
