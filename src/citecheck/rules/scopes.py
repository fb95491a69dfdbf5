"""The values a rule looks at ("scopes"), joined for triggers, memoised during one engine run.

A *scope* names a set of a reference's values: "all" prose (text fields and name parts), "names",
"titles", "title", "outlets", "fields" (every top-level string, verbatim ones included) and
"source". Joined, each value sits between two :data:`SEPARATOR` characters, so a rule's trigger
can be searched once over a whole file's values: triggers start matching inside a value and
look at separators only through look-arounds (``(?<=\\u2063)``, ``(?=\\u2063)``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from operator import attrgetter
from typing import Any

from citecheck import vocabulary as csl
from citecheck.model import Reference
from citecheck.rules.text import NAME_PARTS, OUTLET_FIELDS, TITLE_FIELDS, VERBATIM

SEPARATOR = "\u2063"  # INVISIBLE SEPARATOR: no trigger looks for it inside a value

Values = list[tuple[tuple, str]]

# One C-level attrgetter call reads every field of a reference (fast on slotted and plain models).
_TEXT_KEYS = tuple(k for k in csl.STRING_VARIABLES + csl.NUMBER_VARIABLES if k not in VERBATIM)
_text_values = attrgetter(*(csl.python_name(k) for k in _TEXT_KEYS))
_name_values = attrgetter(*(csl.python_name(k) for k in csl.NAME_VARIABLES))
_part_values = attrgetter(*(part.replace("-", "_") for part in NAME_PARTS))
_VERBATIM_KEYS = ("URL", "DOI", "ISBN", "ISSN", "language", "source", "archive-url")
_verbatim_values = attrgetter(*(csl.python_name(k) for k in _VERBATIM_KEYS))
_ATTR = {key: csl.python_name(key) for key in TITLE_FIELDS + OUTLET_FIELDS}

_memo: dict[tuple[str, int], Any] | None = None


@contextmanager
def memoised() -> Iterator[None]:
    """Within the block, each reference's scopes are computed once (the engine runs rule by rule)."""
    global _memo
    _memo = {}
    try:
        yield
    finally:
        _memo = None


def cached(kind: str, ref: Reference, compute: Callable[[Reference], Any]) -> Any:
    """``compute(ref)``, remembered for the current engine run (references stay alive during it)."""
    if _memo is None:
        return compute(ref)
    key = (kind, id(ref))
    if key not in _memo:
        _memo[key] = compute(ref)
    return _memo[key]


def _strings(ref: Reference) -> Values:
    found: Values = [((key,), value) for key, value in zip(_TEXT_KEYS, _text_values(ref))
                     if value.__class__ is str]
    for key, names in zip(csl.NAME_VARIABLES, _name_values(ref)):
        if names:
            for index, name in enumerate(names):
                found.extend(((key, index, part), value) for part, value in zip(NAME_PARTS, _part_values(name))
                             if value is not None)
    return found


def strings(ref: Reference) -> Values:
    """Every prose value of ``ref`` with its path: text fields and name parts."""
    return cached("all", ref, _strings)


def titles(ref: Reference, fields: tuple[str, ...] = TITLE_FIELDS) -> Values:
    """The title-like values of ``ref`` that are set, with their paths."""
    return [((key,), value) for key in fields if (value := getattr(ref, _ATTR[key])).__class__ is str]


_SCOPES: dict[str, Callable[[Reference], Values]] = {
    "all": _strings,
    "names": lambda ref: [item for item in strings(ref) if len(item[0]) == 3],
    "titles": titles,
    "title": lambda ref: [(("title",), ref.title)] if ref.title.__class__ is str else [],
    "outlets": lambda ref: titles(ref, OUTLET_FIELDS),
    "fields": lambda ref: [item for item in strings(ref) if len(item[0]) == 1] + [
        ((key,), value) for key, value in zip(_VERBATIM_KEYS, _verbatim_values(ref)) if value.__class__ is str],
    "source": lambda ref: [(("source",), ref.source)] if ref.source.__class__ is str else [],
}


def scope_values(ref: Reference, scope: str) -> Values:
    """The values a rule of ``scope`` looks at."""
    return strings(ref) if scope == "all" else cached(scope, ref, _SCOPES[scope])


def joined(values: Values) -> str:
    """``values`` as a trigger sees them: each between two separators."""
    return SEPARATOR + SEPARATOR.join(value for _, value in values) + SEPARATOR
