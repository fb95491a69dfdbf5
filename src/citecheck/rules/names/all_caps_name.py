from __future__ import annotations

import re

from citecheck.rules import text
from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

_LOUD_WORD = re.compile(r"(?:^|[\s\-'’])(?:Mc)?([^\W\d_a-z]{3,})")


_ROMAN = re.compile(r"[IVXLC]+")
_SHORT = 4  # capitals this short may be initials without dots (MSA, JTO) or an acronym (UN DESA, ANZ Group)


def _loud_words(value: str) -> list[str]:
    """Words of three or more capitals (``BHADRAKUMAR``, ``McGOVERN``); initials like ``M. K.`` have none."""
    return [m.group(1) for m in _LOUD_WORD.finditer(value) if text.is_all_caps(m.group(1), min_letters=3)]


def _long(words: list[str]) -> bool:
    """Whether one of ``words`` can only be a name in capitals: longer than initials, not a regnal number."""
    return any(len(word) > _SHORT and not _ROMAN.fullmatch(word) for word in words)


def _is_loud(value: str, other: str = "") -> bool:
    """``value`` written in capitals: a long word in capitals, or short ones when the rest of the
    name (``other``) is in capitals too, as a byline in capitals writes it (ESCOBAR, PEPE)."""
    words = _loud_words(value)
    return bool(words) and (_long(words) or (_long(_loud_words(other))
                                             and not all(_ROMAN.fullmatch(w) for w in words)))


class AllCapsName(ReferenceRule):
    """A person's name written in capitals.

    What it checks: a family or given name containing a word of capital letters (initials and
    organisation names are not checked). Up to four capitals are taken as initials without dots
    (`MSA`), an acronym (`UN DESA`, `ANZ Group`) or a regnal number (`Paul III`) unless the rest
    of the name is in capitals too.
    Why it matters: the capitals are the site's byline typography; styles print them as given.
    Example: `family: ESCOBAR`, `given: PEPE`.
    Fix: unsafe — each word capitalised: `Escobar`, `Pepe`, `McGovern`, `O'Brien`; check names
    such as `DeSantis` or `MacDonald` by hand.
    """

    code = "CC202"
    name = "all-caps-name"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    # Three letters in a row that are neither lower case (Latin, Cyrillic, Greek) nor caseless (CJK).
    prefilter = Pattern("names", re.compile(text.NOT_LOWER_OR_CASELESS + "{3}"))

    def check(self, ref):
        for key, index, name in people(ref):
            for part, other in (("family", "given"), ("given", "family")):
                value = getattr(name, part)
                if value and _is_loud(value, getattr(name, other) or ""):
                    fixed = re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?",
                                   lambda m: text.capitalise_word(m.group(0)) if m.group(0).isupper()
                                   or m.group(0).startswith("Mc") else m.group(0), value)
                    yield self.violation(ref, (key, index, part), f"{key}: {part} name {value!r} in capitals",
                                         fixed)
