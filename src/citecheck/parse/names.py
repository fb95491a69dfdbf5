"""An author span as printed -> CSL names: people split into family and given, organisations literal.

Handles the orders styles print: ``Given Family`` (news, IEEE, Chicago notes), ``Family, Given``
(APA, MLA, Chicago bibliography, Harvard), ``Family GG`` (Vancouver); lists joined by commas,
``and``, ``&`` or ``;``. A byline word ("By", "BY") is not part of a name, and "et al." ends the list.
Casing is kept as printed (``BHADRAKUMAR``): correcting it is ``validate``'s job.
"""

from __future__ import annotations

import re

from citecheck.parse.fields import clean
from citecheck.parse.lexicon import BYLINE, ORGANISATION_WORDS, PARTICLES, SUFFIXES

_AND = re.compile(r"\s*(?:;|,?\s+(?:and|&|und|et|y|e|i)\s+|,?\s*&\s*)\s*", re.IGNORECASE)
_ET_AL = re.compile(r",?\s*(?:et\s+al\b\.?|and\s+others\b|u\.\s*a\.|\.\.\.|…).*$", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z]\.?[\s-]?){1,4}$|^(?:[A-Z][a-z]?\.\s?){1,3}$")
_VANCOUVER_INITIALS = re.compile(r"^[A-Z]{1,4}$")
_DOTTED = re.compile(r"^(?:[A-Z]\.-?){1,4}$")


def split_names(text: str, editors: bool = False) -> list[dict[str, str]]:
    """The names in an author (or editor) span, in order; empty when nothing name-like is there."""
    text = _strip_role(_trimmed(text), editors)
    text = _ET_AL.sub("", text).strip(" ,;")
    words = text.split()
    if words and words[0].lower().rstrip(":") in BYLINE and len(words) > 1:
        text = text[len(words[0]):].strip()
    if not text:
        return []
    if _is_organisation(text):
        return [{"literal": text}]
    chunks = [c for c in _AND.split(text) if c.strip(" ,.")]
    names: list[dict[str, str]] = []
    for chunk in chunks:
        names.extend(_chunk_names(chunk.strip(" ,")))
    return [name for name in names if name]


def _trimmed(text: str) -> str:
    """The span without the separator after it; a final period stays when it ends an initial or a suffix."""
    text = clean(text) if text.strip()[:1] in "“\"‘(" else text.strip(" ,;:")
    last = text.rsplit(None, 1)[-1] if text.split() else ""
    if text.endswith(".") and not (re.fullmatch(r"(?:\w\.|\w\.-)*\w\.", last) or last.lower() in SUFFIXES):
        text = text.rstrip(".").rstrip()
    return text


def _strip_role(text: str, editors: bool) -> str:
    if not editors:
        return text
    text = re.sub(r"^(?:in:?|edited by|ed\.|eds\.|hrsg\.?(?:\s+v\.)?)\s+", "", text, flags=re.IGNORECASE)
    return re.sub(r"[,\s]*\(?(?:eds?\.?|editors?|hrsg\.?|\(eds?\))\)?[.,]?$", "", text, flags=re.IGNORECASE).strip()


def _is_organisation(text: str) -> bool:
    words = [w.strip(".,").lower() for w in text.split()]
    if len(words) == 1:
        return not _INITIALS.match(text) and "," not in text
    return any(w in ORGANISATION_WORDS for w in words) and "," not in text


def _chunk_names(chunk: str) -> list[dict[str, str]]:
    """One ``and``-free piece: ``Family, G.``, ``Family, G., Family, G.``, ``G. Family, G. Family`` or ``Family GG, Family G``."""
    parts = [p.strip() for p in chunk.split(",") if p.strip()]
    if not parts:
        return []
    if len(parts) == 1:
        return [_vancouver(parts[0]) if _is_vancouver(parts[0]) else _person(parts[0])]
    if all(_is_vancouver(p) for p in parts):
        return [_vancouver(p) for p in parts]
    if len(parts) == 2 and parts[1].lower().strip(".") in SUFFIXES:
        return [_person(parts[0], parts[1])]
    if all(len(p.split()) >= 2 for p in parts) and not any(_given_only(p) for p in parts[1::2]):
        return [_person(p) for p in parts]  # G. Family, G. Family
    names, i = [], 0
    while i < len(parts):  # Family, Given[, Suffix], Family, Given... (MLA: only the first one inverted)
        family = parts[i]
        given = parts[i + 1] if i + 1 < len(parts) else ""
        inverted = _given_like(given) if i == 0 else (_given_only(given) and len(family.split()) == 1)
        if given and len(family.split()) <= 3 and inverted:
            suffix = ""
            if i + 2 < len(parts) and parts[i + 2].lower().strip(".") in SUFFIXES:
                suffix, i = parts[i + 2], i + 1
            names.append(_inverted(family, given, suffix))
            i += 2
        else:
            names.append(_person(family))
            i += 1
    return names


def _given_only(text: str) -> bool:
    """``J. S.``, ``JS``, ``Ines``: what follows ``Family,`` — not a whole ``I. Sokolov``."""
    return bool(_INITIALS.match(text)) or len(text.split()) == 1


def _given_like(text: str) -> bool:
    return bool(_INITIALS.match(text)) or (len(text.split()) <= 2 and text[:1].isupper())


def _is_vancouver(part: str) -> bool:
    words = part.split()
    return len(words) >= 2 and bool(_VANCOUVER_INITIALS.match(words[-1]) or _DOTTED.match(words[-1])) \
        and not (words[0].isupper() or _DOTTED.match(words[0]))


def _vancouver(part: str) -> dict[str, str]:
    *family, given = part.split()
    return _with_particle(" ".join(family), {"given": given})


def _inverted(family: str, given: str, suffix: str = "") -> dict[str, str]:
    name = _with_particle(family, {"given": given} if given else {})
    words = given.split()
    if words and words[-1] in PARTICLES and "non-dropping-particle" not in name:  # Beethoven, Ludwig van
        name["given"] = " ".join(words[:-1])
        name["dropping-particle"] = words[-1]
    if suffix:
        name["suffix"] = suffix
    return name


def _person(text: str, suffix: str = "") -> dict[str, str]:
    """``John S. Van Oudenaren``, ``Ludwig van Beethoven``, ``Martin Luther King Jr.``, ``Reuters``."""
    words = text.split()
    if not words:
        return {}
    if not suffix and len(words) > 2 and words[-1].lower().strip(",") in SUFFIXES:
        suffix = words.pop()
    if len(words) == 1:
        return {"family": words[0], **({"suffix": suffix} if suffix else {})}
    family_start = len(words) - 1
    while family_start > 1 and words[family_start - 1].lower() in PARTICLES:
        family_start -= 1
    given = " ".join(words[:family_start])
    name = _with_particle(" ".join(words[family_start:]), {"given": given})
    if suffix:
        name["suffix"] = suffix
    return name


def _with_particle(family: str, name: dict[str, str]) -> dict[str, str]:
    """A lower-case particle before the family name is CSL's non-dropping particle; a capitalised one
    (``Van Oudenaren``) is part of the family name, as printed."""
    words = family.split()
    cut = 0
    while cut < len(words) - 1 and words[cut] in PARTICLES:
        cut += 1
    if cut:
        name["non-dropping-particle"] = " ".join(words[:cut])
    return {"family": " ".join(words[cut:]), **name}
