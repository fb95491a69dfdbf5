from __future__ import annotations

import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

#: UTF-8 read as Latin-1/Windows-1252 always leaves a lead byte (Â..ô) before a continuation
#: byte's character; text without such a pair cannot be this kind of mojibake, so ftfy is skipped.
_SUSPECT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                      "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
                      "\u2039\u203a\u20ac\u2122]")


class Mojibake(ValueRule):
    """Text decoded with the wrong encoding.

    What it checks: character sequences that UTF-8 text turns into when read as Windows-1252 or
    Latin-1, such as `â€™`, `Ã©`, `Â `, in any text field or name (detected with ftfy).
    Why it matters: the reader sees garbage instead of apostrophes and accents.
    Example: `title: Americaâ€™s Nightmare`.
    Fix: unsafe — ftfy's repair, `America’s Nightmare`; check the result.
    """

    code = "CC109"
    name = "mojibake"
    severity = Severity.ERROR
    fixable = Fixability.UNSAFE
    scope = "all"
    prefilter = Pattern(scope, _SUSPECT)

    def inspect(self, value):
        if value.isascii() or not _SUSPECT.search(value):
            return None
        import ftfy

        if not ftfy.badness.is_bad(value):
            return None
        fixed = ftfy.fix_text(value, uncurl_quotes=False, fix_latin_ligatures=False,
                              fix_character_width=False, normalization=None)
        return "mis-decoded text (mojibake)", fixed if fixed != value else None
