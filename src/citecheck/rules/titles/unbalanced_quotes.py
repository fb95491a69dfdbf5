from __future__ import annotations

import re

from citecheck.rules.base import Severity
from citecheck.rules.columns import VALUE_END, VALUE_START, value_chars
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_PAIRED = (("«", "»"), ("「", "」"), ("『", "』"))
_TEXT = value_chars("\"“”„«»「」『』") + "*+"
# Marks in pairs, one after the other: balanced by every count below, decided in one call.
_IN_TURN = f'(?:{_TEXT}(?:"{_TEXT}"|[“”„]{_TEXT}[“”„]|«{_TEXT}»|「{_TEXT}」|『{_TEXT}』))*+{_TEXT}'
_PAIRS_IN_TURN = re.compile(_IN_TURN)


class UnbalancedQuotes(ValueRule):
    """Quotation marks that do not pair up.

    What it checks: an odd number of `"` or of curly double quotes (`“ ” „`), or unequal `« »`,
    `「 」`, `『 』` in a title or outlet name. Apostrophes are not counted.
    Why it matters: a lone quote mark means a quotation was cut or a mark was mistyped.
    Example: `title: “No limits partnership at Olympics`.
    Fix: none; the missing mark's place is a judgement.
    """

    code = "CC107"
    name = "unbalanced-quotes"
    severity = Severity.WARNING
    scope = "titles"
    # A value whose marks do not simply pair up in turn: one pass over a file's titles leaves the
    # few worth counting (any mark at all sent a fifth of all titles to inspect()).
    prefilter = Pattern(scope, re.compile(VALUE_START + "(?=" + value_chars() + ")(?!" + _IN_TURN + VALUE_END + ")"))

    def inspect(self, value):
        if _PAIRS_IN_TURN.fullmatch(value):
            return None
        if value.count('"') % 2:
            return "an odd number of '\"'"
        if sum(value.count(q) for q in "“”„") % 2:
            return "an odd number of curly double quotes"
        for opening, closing in _PAIRED:
            if value.count(opening) != value.count(closing):
                return f"{opening} and {closing} do not pair up"
        return None
