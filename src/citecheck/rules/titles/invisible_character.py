from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

#: Invisible characters that are never wanted in a reference (CS1 `invisible_chars`). Joiners
#: (U+200C, U+200D) and variation selectors are left alone: scripts and emoji need them.
_INVISIBLE = MappingProxyType({"\u200b": "zero-width space", "\u00ad": "soft hyphen", "\ufeff": "byte-order mark",
              "\u2060": "word joiner", "\ufffd": "replacement character", "\u200e": "left-to-right mark",
              "\u200f": "right-to-left mark", "\u2028": "line separator", "\u00a0": "no-break space"})


_ANY = re.compile("[" + "".join(_INVISIBLE) + "\x00-\x1f\x7f-\x9f]")


def _what(char: str) -> str | None:
    if char in _INVISIBLE:
        return _INVISIBLE[char]
    if unicodedata.category(char) == "Cc":
        return f"control character U+{ord(char):04X}"
    return None


class InvisibleCharacter(ValueRule):
    """Invisible or control characters in prose.

    What it checks: zero-width spaces, soft hyphens, byte-order marks, no-break spaces, tabs,
    line breaks and other control characters, and U+FFFD, in any text field or name.
    Why it matters: they break searching, sorting and duplicate detection, and show as boxes in
    some outputs (CS1 `invisible_char`).
    Example: `title: "Russia\\u200bChina entente"`.
    Fix: safe — spaces of any kind become one space, the rest is removed; none when U+FFFD shows
    that a character was lost.
    """

    code = "CC108"
    name = "invisible-character"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    scope = "all"
    prefilter = Pattern(scope, _ANY)

    def inspect(self, value):
        if not _ANY.search(value):
            return None
        for position, char in enumerate(value, start=1):
            what = _what(char)
            if what:
                message = f"{what} at position {position}"
                if "\ufffd" in value:
                    return message
                cleaned = "".join(" " if c in "\u00a0\t\n\r\u2028" else "" if _what(c) else c for c in value)
                return message, " ".join(cleaned.split()) or None
        return None
