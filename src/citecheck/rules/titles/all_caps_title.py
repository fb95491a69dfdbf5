from __future__ import annotations

import re

from citecheck.rules import text
from citecheck.rules.base import Fixability, Severity
from citecheck.rules.value_rule import ValueRule


class AllCapsTitle(ValueRule):
    """A title written in capital letters.

    What it checks: every cased letter of `title` is upper case (at least 8 letters, so acronyms
    such as `NATO` pass).
    Why it matters: capitals are the site's typography, not the title; styles cannot case them
    properly, and they read as shouting.
    Example: `title: BUILDING A NEW WORLD ORDER`.
    Fix: unsafe — title case, `Building a New World Order`; check proper nouns and acronyms.
    """

    code = "CC102"
    name = "all-caps-title"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    scope = "title"
    # A value with no lower-case Latin, Greek or Cyrillic letter and at least one letter that is not caseless.
    trigger = re.compile("\u2063(?=[^\u2063]*?[^\\W\\d_a-z\u00df-\u00ff\u03ac-\u03ce\u0430-\u045f"
                         "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])"
                         "[^a-z\u00df-\u00f6\u00f8-\u00ff\u03ac-\u03ce\u0430-\u045f\u2063]{8,}(?=\u2063)")

    def inspect(self, value):
        if text.is_all_caps(value, min_letters=8):
            return "written in capitals", text.title_case(value)
        return None
