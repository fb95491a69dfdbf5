"""The values a rule looks at ("scopes"), joined for triggers, memoised during one engine run.

A *scope* names a set of a reference's values: "all" prose (text fields and name parts), "names",
"titles", "title", "outlets", "fields" (every top-level string, verbatim ones included) and
"source". Joined, each value sits between two :data:`SEPARATOR` characters, so a rule's trigger
can be searched once over a whole file's values: a trigger starts matching inside a value or on
the separator just before it (``\\u2063\\s*by\\s``), and looks past a value's end only through a
look-ahead (``(?=\\u2063)``).
"""

from __future__ import annotations

import re
import re._parser as sre_parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
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
_used: frozenset[str] | None = None


@contextmanager
def memoised(attrs_used: frozenset[str] | None = None) -> Iterator[None]:
    """Within the block, each reference's scopes are computed once (the engine runs rule by rule),
    and :func:`in_use` knows which attributes some reference sets (``attrs_used``, if known)."""
    global _memo, _used
    _memo, _used = {}, attrs_used
    try:
        yield
    finally:
        _memo, _used = None, None


def in_use(attrs: tuple[str, ...]) -> tuple[str, ...]:
    """Those of ``attrs`` that some reference may set: all of them unless the engine knows better."""
    return attrs if _used is None else tuple(attr for attr in attrs if attr in _used)


def cached(kind: str, ref: Reference, compute: Callable[[Reference], Any]) -> Any:
    """``compute(ref)``, remembered for the current engine run (references stay alive during it)."""
    if _memo is None:
        return compute(ref)
    key = (kind, id(ref))
    if key not in _memo:
        _memo[key] = compute(ref)
    return _memo[key]


_TEXT_PATHS = tuple((key,) for key in _TEXT_KEYS)


def _strings(ref: Reference) -> Values:
    found: Values = [(path, value) for path, value in zip(_TEXT_PATHS, _text_values(ref)) if value.__class__ is str]
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
    "urls": lambda ref: [((key,), value) for key, value in (("URL", ref.url), ("archive-url", ref.archive_url))
                         if value.__class__ is str],
    "id": lambda ref: [(("id",), ref.id)],
}


def scope_values(ref: Reference, scope: str) -> Values:
    """The values a rule of ``scope`` looks at."""
    return strings(ref) if scope == "all" else cached(scope, ref, _SCOPES[scope])


_BOUNDARY = SEPARATOR + "\u2064" + SEPARATOR  # between references: values keep a separator on each side
_MISSING = "\u2062"  # a reference without the field: no value, so no empty value for triggers to see
_NOBODY = ("\u2064", _MISSING)  # marks that belong to no value
_UNSAFE = "\u2064unsafe"  # stands for a column some value would corrupt (see Columns.of)


class Columns:
    """Each field's values for every reference in one string, for triggers to search in one pass.

    A column holds one field (or one name variable) of all references: values of one reference
    are separated by :data:`SEPARATOR`, references by ``SEPARATOR + U+2064 + SEPARATOR`` (one
    also opens and one closes the column), so a match's reference is the number of U+2064
    before it, less one. Columns no reference fills are skipped:
    searching a file costs a pass over the text that is there, not a call per reference.
    """

    def __init__(self, refs: list[Reference], attrs_used: frozenset[str] | None = None):
        self.refs = refs
        self._built: dict[str, str | None] = {}
        # Attributes some reference sets, when the loader knows them: a column of a field nobody
        # uses is skipped without reading every reference (most of the ~80 columns, in most files).
        self._used = attrs_used

    def of(self, scope: str) -> list[str] | None:
        """The columns of ``scope`` that hold values; None if a value holds one of the marks columns
        are built with (their count would be wrong: the caller must look at every reference)."""
        columns = [column for name in _COLUMNS_OF[scope] if (column := self._column(name)) is not None]
        return None if _UNSAFE in columns else columns

    def _column(self, name: str) -> str | None:
        if name not in self._built:
            entries, missing, inner = self._entries(name)
            # One join writes the whole column (a boundary before the first reference and after
            # the last): adding the outer separators afterwards would copy megabytes twice more.
            column = None if not entries or missing == len(entries) else _BOUNDARY.join(["", *entries, ""])
            if column is not None and (column.count("\u2064") != len(entries) + 1 or column.count(_MISSING) != missing
                                       or column.count(SEPARATOR) != 2 * (len(entries) + 1) + inner):
                column = _UNSAFE  # a value holds a mark: counting references by marks would go wrong
            self._built[name] = column
        return self._built[name]

    def _entries(self, name: str) -> tuple[list[str] | None, int, int]:
        """Each reference's entry in column ``name``, how many are missing, and how many separators
        stand between one reference's values (name parts): what the column's marks must add up to."""
        if self._used is not None and _NAME_ATTRS.get(name, name) not in self._used:
            return None, 0, 0
        if name in _NAME_ATTRS:
            parts = [[part for person in names for part in _part_values(person) if part is not None]
                     if names else None for names in map(attrgetter(_NAME_ATTRS[name]), self.refs)]
            return ([SEPARATOR.join(found) if found is not None else _MISSING for found in parts],
                    parts.count(None), sum(len(found) - 1 for found in parts if found))
        values = list(map(attrgetter(name), self.refs))
        unset = values.count(None)
        if unset == len(values):
            return None, 0, 0
        if unset == 0 and name not in _NUMBER_ATTRS:
            return values, 0, 0  # text fields hold str or None: every value as it is
        texts = [value.__class__ is str for value in values]
        return ([value if text else _MISSING for value, text in zip(values, texts)],
                len(values) - sum(texts), 0)

    @staticmethod
    def matches(column: str, trigger) -> list[int]:
        """Indexes of the references whose values in ``column`` match: one search per hit.

        Triggers may start with the separator before a value (a literal prefix the regex engine
        scans for quickly); a match starting on a reference boundary or a missing-value mark is
        nobody's, and the search goes on from the next separator.
        """
        hits, index, counted, position, end = [], -1, 0, 0, len(column) - 1  # -1: the column opens with a boundary
        trigger = _off_boundaries(trigger)
        while (match := trigger.search(column, position)) is not None:
            start = match.start()
            if start >= end:
                break  # after the last value: nobody's
            char, following = column[start], column[start + 1]
            if char in _NOBODY or (char == SEPARATOR and following in _NOBODY):
                position = start + 1
                continue
            index += column.count("\u2064", counted, start)
            counted = start
            hits.append(index)
            boundary = column.find("\u2064", start)  # the rest of this reference need not be searched
            if boundary < 0:
                break
            position = boundary + 1
        return hits


_NOT_A_VALUE = "(?![\u2064\u2062])"


@cache
def _off_boundaries(trigger: re.Pattern) -> re.Pattern:
    """``trigger``, kept from matching on the separator that closes a reference's values.

    A trigger that starts with the separator would also match on the one before each U+2064
    (the last value's end) or U+2062 (a missing value): nobody's match, but one more search and
    skip per reference. Such a trigger is compiled again with a look-ahead ruling those out.
    """
    pattern = trigger.pattern
    for lead in (SEPARATOR, "\\u2063"):
        if pattern.startswith(lead) and sre_parse.parse(pattern, trigger.flags).data[0] == (
                sre_parse.LITERAL, ord(SEPARATOR)):
            return re.compile(lead + _NOT_A_VALUE + pattern[len(lead):], trigger.flags)
    return trigger


_NUMBER_ATTRS = frozenset(csl.python_name(k) for k in csl.NUMBER_VARIABLES)
_PROSE_ATTRS = tuple(csl.python_name(k) for k in _TEXT_KEYS)
_NAME_ATTRS = {f"names:{key}": csl.python_name(key) for key in csl.NAME_VARIABLES}
_COLUMNS_OF: dict[str, tuple[str, ...]] = {
    "all": _PROSE_ATTRS + tuple(_NAME_ATTRS),
    "names": tuple(_NAME_ATTRS),
    "titles": tuple(_ATTR[key] for key in TITLE_FIELDS),
    "title": ("title",),
    "outlets": tuple(_ATTR[key] for key in OUTLET_FIELDS),
    "fields": _PROSE_ATTRS + tuple(csl.python_name(k) for k in _VERBATIM_KEYS),
    "source": ("source",),
    "urls": ("url", "archive_url"),
    "id": ("id",),
}


def joined(values: Values) -> str:
    """``values`` as a trigger sees them: each between two separators."""
    return SEPARATOR + SEPARATOR.join(value for _, value in values) + SEPARATOR
