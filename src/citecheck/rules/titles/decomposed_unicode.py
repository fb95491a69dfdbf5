from __future__ import annotations

import re
import unicodedata

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

#: Combining marks (and Hangul jamo) that NFC composes with the letter before them.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a\u1160-\u11ff]")


class DecomposedUnicode(ValueRule):
    """Letters stored decomposed (Unicode NFD): `e` + a combining accent instead of `é`.

    What it checks: a value with a combining mark that Unicode normalisation (NFC) would join to
    the letter before it — macOS file names and some PDF copies give `Cafe\u0301`.
    Why it matters: the text looks right but does not match: searches, sorting, duplicate checks
    and BibTeX's accent handling see two characters.
    Example: `title: "Cafe\u0301 diplomacy"` (`e` followed by U+0301).
    Fix: safe — the value is normalised to NFC (it looks exactly the same).
    """

    code = "CC120"
    name = "decomposed-unicode"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    scope = "all"
    prefilter = Pattern(scope, _COMBINING)

    def inspect(self, value):
        if _COMBINING.search(value) is None or unicodedata.is_normalized("NFC", value):
            return None
        return "decomposed letters (NFD); NFC writes them as one character each", unicodedata.normalize("NFC", value)
