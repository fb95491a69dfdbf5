"""Each field's values for every reference joined in one string ("columns"), for patterns to search in one pass.

Joined, each value sits between two :data:`SEPARATOR` characters; the other marks (U+2062, U+2064)
stand for a missing value and a boundary between references. Rule authors never write a mark:
they build a prefilter's pattern from the tokens below, which mean the same thing in a column
and in :func:`joined` (one reference's values): :data:`VALUE_START` (a pattern that starts
here matches at a value's first character), :data:`VALUE_END` (a look-ahead: the value ends
here) and :func:`value_chars` (a character of the value, not one of the given ones).
"""

from __future__ import annotations

import re
import re._parser as sre_parse
from collections.abc import Mapping
from operator import attrgetter
from types import MappingProxyType

from citecheck import vocabulary as csl
from citecheck.model import Reference
from citecheck.rules.scopes import NAME_ATTRS, TEXT_KEYS, VERBATIM_KEYS, Values, part_values
from citecheck.rules.text import OUTLET_FIELDS, TITLE_FIELDS

SEPARATOR = "\u2063"  # INVISIBLE SEPARATOR: no pattern looks for it inside a value
_BOUNDARY_MARK = "\u2064"  # INVISIBLE PLUS: between references
_MISSING = "\u2062"  # INVISIBLE TIMES: a reference without the field (no value, so no empty value to match)

#: Where a value starts: a pattern led by it matches on the separator before a value.
VALUE_START = SEPARATOR
#: Where a value ends: a look-ahead, so that a match never runs into the next value.
VALUE_END = f"(?={SEPARATOR})"


def value_chars(excluded: str = "") -> str:
    """A character class: any character of a value except ``excluded`` (a class body, as ``a-z\\s``)."""
    return f"[^{excluded}{SEPARATOR}]"


def joined(values: Values) -> str:
    """One reference's ``values`` as a pattern sees them in a column: each between two separators."""
    return SEPARATOR + SEPARATOR.join(value for _, value in values) + SEPARATOR


_BOUNDARY = SEPARATOR + _BOUNDARY_MARK + SEPARATOR  # between references: values keep a separator on each side
_NOBODY = (_BOUNDARY_MARK, _MISSING)  # marks that belong to no value
_UNSAFE = _BOUNDARY_MARK + "unsafe"  # stands for a column some value would corrupt (see Columns.of)


class Columns:
    """Each field's values for every reference in one string, built once per engine run.

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
            if column is not None and (column.count(_BOUNDARY_MARK) != len(entries) + 1
                                       or column.count(_MISSING) != missing
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
            parts = [[part for person in names for part in part_values(person) if part is not None]
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
    def matches(column: str, pattern: re.Pattern) -> list[int]:
        """Indexes of the references whose values in ``column`` match: one search per hit.

        ``pattern`` comes from :func:`column_pattern`. A match starting on a reference boundary
        or a missing-value mark is nobody's, and the search goes on from the next separator.
        """
        hits, index, counted, position, end = [], -1, 0, 0, len(column) - 1  # -1: the column opens with a boundary
        while (match := pattern.search(column, position)) is not None:
            start = match.start()
            if start >= end:
                break  # after the last value: nobody's
            char, following = column[start], column[start + 1]
            if char in _NOBODY or (char == SEPARATOR and following in _NOBODY):
                position = start + 1
                continue
            index += column.count(_BOUNDARY_MARK, counted, start)
            counted = start
            hits.append(index)
            boundary = column.find(_BOUNDARY_MARK, start)  # the rest of this reference need not be searched
            if boundary < 0:
                break
            position = boundary + 1
        return hits


_NOT_A_VALUE = f"(?![{_BOUNDARY_MARK}{_MISSING}])"


def column_pattern(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` as searched in columns: kept from matching on the separator that closes a reference.

    A pattern led by :data:`VALUE_START` would also match on the separator before each U+2064
    (the last value's end) or U+2062 (a missing value): nobody's match, but one more search and
    skip per reference. Such a pattern is compiled again with a look-ahead ruling those out.
    """
    source = pattern.pattern
    for lead in (SEPARATOR, "\\u2063"):
        if source.startswith(lead) and sre_parse.parse(source, pattern.flags).data[0] == (
                sre_parse.LITERAL, ord(SEPARATOR)):
            return re.compile(lead + _NOT_A_VALUE + source[len(lead):], pattern.flags)
    return pattern


_NUMBER_ATTRS = frozenset(csl.python_name(k) for k in csl.NUMBER_VARIABLES)
_PROSE_ATTRS = tuple(csl.python_name(k) for k in TEXT_KEYS)
_NAME_ATTRS = MappingProxyType({f"names:{key}": attr for key, attr in zip(csl.NAME_VARIABLES, NAME_ATTRS)})
_COLUMNS_OF: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "all": _PROSE_ATTRS + tuple(_NAME_ATTRS),
    "names": tuple(_NAME_ATTRS),
    "titles": tuple(csl.python_name(key) for key in TITLE_FIELDS),
    "title": ("title",),
    "outlets": tuple(csl.python_name(key) for key in OUTLET_FIELDS),
    "fields": _PROSE_ATTRS + tuple(csl.python_name(k) for k in VERBATIM_KEYS),
    "printed": ("printed",),
    "urls": ("url", "archive_url"),
    "id": ("id",),
})
