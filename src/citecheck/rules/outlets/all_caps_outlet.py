from __future__ import annotations

import re

from citecheck.rules import text
from citecheck.rules.base import Fixability, Severity
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
    trigger = re.compile("\u2063(?=[^\u2063]*?[^\\W\\d_a-z\u00df-\u00ff\u03ac-\u03ce\u0430-\u045f"
                         "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])"
                         "[^a-z\u00df-\u00f6\u00f8-\u00ff\u03ac-\u03ce\u0430-\u045f\u2063]{6,}(?=\u2063)")

    def inspect(self, value):
        if len(value.split()) < 2 or not text.is_all_caps(value, min_letters=6):
            return None
        return "written in capitals", text.title_case(value)
