"""Text helpers the rules share: which fields hold prose, capitals, title case, normal forms."""

from __future__ import annotations

import re
import unicodedata
from operator import attrgetter

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

# One C-level attrgetter call reads every field of a reference (fast on slotted and plain models).
_TEXT_KEYS = tuple(k for k in csl.STRING_VARIABLES + csl.NUMBER_VARIABLES if k not in VERBATIM)
_text_values = attrgetter(*(csl.python_name(k) for k in _TEXT_KEYS))
_NAME_KEYS = csl.NAME_VARIABLES
_name_values = attrgetter(*(csl.python_name(k) for k in _NAME_KEYS))
_part_values = attrgetter(*(part.replace("-", "_") for part in NAME_PARTS))

_last: tuple[Reference | None, list] = (None, [])


def strings(ref: Reference) -> list[tuple[tuple, str]]:
    """Every prose value of ``ref`` with its path: text fields and name parts (cached per reference)."""
    global _last
    if _last[0] is ref:
        return _last[1]
    found: list[tuple[tuple, str]] = []
    for key, value in zip(_TEXT_KEYS, _text_values(ref)):
        if value is not None and isinstance(value, str):
            found.append(((key,), value))
    for key, names in zip(_NAME_KEYS, _name_values(ref)):
        if names:
            for index, name in enumerate(names):
                for part, text in zip(NAME_PARTS, _part_values(name)):
                    if text is not None:
                        found.append(((key, index, part), text))
    _last = (ref, found)
    return found


_ATTR = {key: csl.python_name(key) for key in TITLE_FIELDS + OUTLET_FIELDS + ("title",)}


_last_titles: dict[tuple[str, ...], tuple[Reference | None, list]] = {}


def titles(ref: Reference, fields: tuple[str, ...] = TITLE_FIELDS) -> list[tuple[tuple, str]]:
    """The title-like values of ``ref`` that are set, with their paths (cached per reference)."""
    cached = _last_titles.get(fields)
    if cached is not None and cached[0] is ref:
        return cached[1]
    found = [((key,), value) for key in fields if isinstance(value := getattr(ref, _ATTR[key]), str)]
    _last_titles[fields] = (ref, found)
    return found


def scope_values(ref: Reference, scope: str) -> list[tuple[tuple, str]]:
    """The values a rule of ``scope`` looks at: "all" prose, "names" parts, "titles", "outlets" or "title"."""
    if scope == "all":
        return strings(ref)
    if scope == "names":
        return [item for item in strings(ref) if len(item[0]) == 3]
    if scope == "outlets":
        return titles(ref, OUTLET_FIELDS)
    if scope == "title":
        return titles(ref, ("title",))
    return titles(ref)


#: Joins a reference's values for rule triggers; an invisible separator no trigger looks for.
SEPARATOR = "\u2063"
_last_joined: dict[str, tuple[Reference | None, str]] = {}


def joined(ref: Reference, scope: str, values: list[tuple[tuple, str]]) -> str:
    """The values of one scope of ``ref`` in one string, so a rule can skip a reference in one search."""
    cached = _last_joined.get(scope)
    if cached is not None and cached[0] is ref:
        return cached[1]
    together = SEPARATOR.join(value for _, value in values)
    _last_joined[scope] = (ref, together)
    return together


def cased_letters(text: str) -> list[str]:
    """The letters of ``text`` that have an upper and a lower case (not CJK, not digits)."""
    return [c for c in text if c.isalpha() and c.lower() != c.upper()]


def is_all_caps(text: str, min_letters: int = 4) -> bool:
    """True for ``BUILDING A NEW WORLD ORDER``; false for ``NATO``, ``M. K.`` and mixed case."""
    if text.upper() != text:  # some letter is lower case: the common answer, found fast
        return False
    letters = cased_letters(text)
    return len(letters) >= min_letters and all(c.isupper() for c in letters)


_SMALL = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "over", "per", "the", "to", "via", "vs", "with"])
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


_NOT_ALNUM = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """A comparison key: accents, case, punctuation and spacing removed (``America’s`` == ``americas``)."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKD", text).casefold())
