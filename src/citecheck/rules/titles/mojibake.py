from __future__ import annotations

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.value_rule import ValueRule


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

    def inspect(self, value):
        if value.isascii():
            return None
        import ftfy

        if not ftfy.badness.is_bad(value):
            return None
        fixed = ftfy.fix_text(value, uncurl_quotes=False, fix_latin_ligatures=False,
                              fix_character_width=False, normalization=None)
        return "mis-decoded text (mojibake)", fixed if fixed != value else None
