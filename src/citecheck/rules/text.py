"""Text helpers the rules share: which fields hold prose, capitals, title case, normal forms."""

from __future__ import annotations

import re
import unicodedata

from citecheck import vocabulary as csl
from citecheck.model import Reference

#: Values copied verbatim (identifiers, addresses) or the footnote as printed: never prose.
VERBATIM = frozenset({"id", "type", "URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID", "archive-url",
                      "source", "language", "citation-key", "citation-label", "year-suffix"})
#: Fields that name a work or an outlet.
TITLE_FIELDS = ("title", "container-title", "collection-title", "event-title", "publisher",
                "original-title", "volume-title", "part-title", "reviewed-title", "title-short",
                "container-title-short", "original-publisher", "event")
OUTLET_FIELDS = ("container-title", "publisher")
NAME_PARTS = ("family", "given", "literal", "dropping-particle", "non-dropping-particle", "suffix")

_CSL_KEY = {csl.python_name(k): k for k in csl.STRING_VARIABLES + csl.NUMBER_VARIABLES if k not in VERBATIM}
_NAME_KEY = {csl.python_name(k): k for k in csl.NAME_VARIABLES}
_PART_ATTR = tuple((part, part.replace("-", "_")) for part in NAME_PARTS)

_last: tuple[Reference | None, list] = (None, [])


def strings(ref: Reference) -> list[tuple[tuple, str]]:
    """Every prose value of ``ref`` with its path: text fields and name parts (cached per reference)."""
    global _last
    if _last[0] is ref:
        return _last[1]
    found: list[tuple[tuple, str]] = []
    for attr, value in ref.__dict__.items():
        if value is None:
            continue
        if attr in _CSL_KEY and isinstance(value, str):
            found.append(((_CSL_KEY[attr],), value))
        elif attr in _NAME_KEY:
            key = _NAME_KEY[attr]
            for index, name in enumerate(value):
                for part, part_attr in _PART_ATTR:
                    text = getattr(name, part_attr)
                    if text is not None:
                        found.append(((key, index, part), text))
    _last = (ref, found)
    return found


_ATTR = {key: csl.python_name(key) for key in TITLE_FIELDS + OUTLET_FIELDS + ("title",)}


def titles(ref: Reference, fields: tuple[str, ...] = TITLE_FIELDS) -> list[tuple[tuple, str]]:
    """The title-like values of ``ref`` that are set, with their paths."""
    values = ref.__dict__
    return [((key,), value) for key in fields if isinstance(value := values.get(_ATTR[key]), str)]


def cased_letters(text: str) -> list[str]:
    """The letters of ``text`` that have an upper and a lower case (not CJK, not digits)."""
    return [c for c in text if c.isalpha() and c.lower() != c.upper()]


def is_all_caps(text: str, min_letters: int = 4) -> bool:
    """True for ``BUILDING A NEW WORLD ORDER``; false for ``NATO``, ``M. K.`` and mixed case."""
    letters = cased_letters(text)
    return len(letters) >= min_letters and all(c.isupper() for c in letters)


_SMALL = frozenset("a an and as at but by for from in into nor of on or over per the to via vs with".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def title_case(text: str) -> str:
    """``BUILDING A NEW WORLD ORDER`` -> ``Building a New World Order`` (English small words kept low)."""
    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        first = match.start() == 0 or text[:match.start()].rstrip().endswith((":", "—", "–", "?", "!"))
        if lower in _SMALL and not first:
            return lower
        return capitalise_word(word)

    return _WORD.sub(fix, text)


def capitalise_word(word: str) -> str:
    """``ESCOBAR`` -> ``Escobar``; ``MCGOVERN`` or ``McGOVERN`` -> ``McGovern``; ``O'BRIEN`` -> ``O'Brien``."""
    lower = word.lower()
    if lower.startswith("mc") and len(word) > 3:
        return "Mc" + lower[2].upper() + lower[3:]
    for apostrophe in ("'", "’"):
        head, sep, tail = lower.partition(apostrophe)
        if sep and len(head) == 1 and tail:
            return head.upper() + sep + tail[0].upper() + tail[1:]
    return lower[:1].upper() + lower[1:]


def fold(text: str) -> str:
    """A comparison key: accents, case, punctuation and spacing removed (``America’s`` == ``americas``)."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in decomposed if c.isalnum())
