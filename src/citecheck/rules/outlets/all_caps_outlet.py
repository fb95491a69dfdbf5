from __future__ import annotations

import re

from citecheck.rules import text
from citecheck.rules.base import Fixability, Severity
from citecheck.rules.columns import VALUE_END, VALUE_START, value_chars
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule


class AllCapsOutlet(ValueRule):
    """An outlet name written in capitals.

    What it checks: `container-title` or `publisher` in capitals with two words or more
    (`TOM DISPATCH`); one-word acronyms (`UNZ`, `TASS`, `CCTV`) pass.
    Why it matters: the capitals are the site's logo, not its name; styles italicise outlets
    and cannot case them.
    Example: `container-title: TOM DISPATCH`.
    Fix: unsafe — title case, `Tom Dispatch`; the outlet may spell itself differently
    (`TomDispatch`).
    """

    code = "CC503"
    name = "all-caps-outlet"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    scope = "outlets"
    prefilter = Pattern(scope, re.compile(
        VALUE_START + "(?=" + value_chars() + "*?" + text.NOT_LOWER_OR_CASELESS + ")"
        + value_chars(text.LOWER) + "{6,}" + VALUE_END))

    def inspect(self, value):
        if len(value.split()) < 2 or not text.is_all_caps(value, min_letters=6):
            return None
        return "written in capitals", text.title_case(value)
