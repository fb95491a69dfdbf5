from __future__ import annotations

import re

from citecheck.rules import text
from citecheck.rules.base import Fixability, Severity
from citecheck.rules.columns import VALUE_END, VALUE_START, value_chars
from citecheck.rules.prefilter import Pattern
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
    prefilter = Pattern(scope, re.compile(
        VALUE_START + "(?=" + value_chars() + "*?" + text.NOT_LOWER_OR_CASELESS + ")"
        + value_chars(text.LOWER) + "{8,}" + VALUE_END))

    def inspect(self, value):
        if text.is_all_caps(value, min_letters=8):
            return "written in capitals", text.title_case(value)
        return None
