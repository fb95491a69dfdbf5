from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

from citecheck.rules import scopes
from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

#: Invisible characters that are never wanted in a reference (CS1 `invisible_chars`). Joiners
#: (U+200C, U+200D) and variation selectors are left alone: scripts and emoji need them.
_INVISIBLE = MappingProxyType({"\u200b": "zero-width space", "\u00ad": "soft hyphen", "\ufeff": "byte-order mark",
              "\u2060": "word joiner", "\ufffd": "replacement character", "\u200e": "left-to-right mark",
              "\u200f": "right-to-left mark", "\u2028": "line separator", "\u00a0": "no-break space"})


_ANY = re.compile("[" + "".join(_INVISIBLE) + "\x00-\x1f\x7f-\x9f]")


#: Fields whose lines mean something (Zotero keeps "extra" lines in ``note``): line breaks belong there.
LINE_FIELDS = frozenset({"abstract", "note"})
_LINE_BREAKS = frozenset("\n\r")

#: Scripts written without spaces between words, where a zero-width space marks the word break
#: (Thai, Lao, Tibetan, Myanmar, Khmer).
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff]")


def _needed(value: str, index: int, field: str) -> bool:
    """Whether the character at ``index`` is one the text needs, not noise."""
    char = value[index]
    if char in _LINE_BREAKS:
        return field in LINE_FIELDS
    before, after = value[index - 1: index], value[index + 1: index + 2]
    if char == "\u00a0":
        # Typography, as BibTeX's `~` makes it: `J.~Chem.`, `5.2~nm`, French `Pourquoi ?`. Only a
        # no-break space at an edge or beside another space is noise.
        return bool(before) and bool(after) and not before.isspace() and not after.isspace()
    if char == "\u200b":
        return bool(_UNSPACED_SCRIPT.match(before) or _UNSPACED_SCRIPT.match(after))
    return False


def _what(char: str) -> str | None:
    if char in _INVISIBLE:
        return _INVISIBLE[char]
    if unicodedata.category(char) == "Cc":
        return f"control character U+{ord(char):04X}"
    return None


class InvisibleCharacter(ValueRule):
    """Invisible or control characters in prose.

    What it checks: zero-width spaces, soft hyphens, byte-order marks, stray no-break spaces, tabs,
    line breaks and other control characters, and U+FFFD, in any text field or name. Quiet on what
    a text needs: line breaks in `abstract` and `note`, a no-break space between two words or
    before French `?`/`:` (BibTeX's `~`), a zero-width space between Thai or Khmer words.
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

    def check(self, ref):
        for path, value in scopes.scope_values(ref, self.scope):
            problem = self.inspect(value, str(path[0]))
            if problem is None:
                continue
            message, fixed = (problem, None) if isinstance(problem, str) else problem
            yield self.violation(ref, path, f"{path[0]}: {message}", fixed)

    def inspect(self, value, field=""):
        if not _ANY.search(value):
            return None
        for position, char in enumerate(value, start=1):
            what = _what(char)
            if what and not _needed(value, position - 1, field):
                message = f"{what} at position {position}"
                if "\ufffd" in value:
                    return message
                return message, _cleaned(value, field) or None
        return None


_SPACES = frozenset("\u00a0\t\n\r\u2028")


def _cleaned(value: str, field: str) -> str:
    """``value`` with each unwanted character removed, a space-like one made a space where a space
    is missing; every other character, and every needed one, kept as it is."""
    out: list[str] = []
    for index, char in enumerate(value):
        if not _what(char) or _needed(value, index, field):
            out.append(char)
        elif char in _SPACES and out and not out[-1].isspace() and value[index + 1: index + 2].strip():
            out.append(" ")
    return "".join(out)
