"""Which references each rule's prefilter admits, worked out over the whole file for one engine run.

The engine makes one :class:`Candidates` per run: what it builds (the columns patterns are
searched in, each date field's parts) is shared by the run's rules and dropped with it.
"""

from __future__ import annotations

from operator import attrgetter

from citecheck.model import Reference
from citecheck.rules.columns import SEPARATOR, Columns
from citecheck.rules.literals import Required, lowered, required
from citecheck.rules.prefilter import DateParts, DateWhere, NameWhere, Needs, Pattern, Prefilter, Where
from citecheck.rules.scopes import NAME_ATTRS

_LARGE = 100_000  # characters: a column this long is worth a substring test before a regex pass


class Candidates:
    """``of(prefilter)``: the references of ``refs`` it admits, in file order (all of them for None)."""

    def __init__(self, refs: list[Reference], attrs_used: frozenset[str] | None = None):
        self.refs = refs
        # Attributes some reference sets, when the loader knows them: a field nobody sets is never read.
        self._used = attrs_used
        self._columns = Columns(refs, attrs_used)
        self._dates: dict[str, list[tuple[int, DateParts]]] = {}
        self._lower: dict[int, str | None] = {}
        self._needed: dict[int, Required | None] = {}

    def of(self, prefilter: Prefilter | None) -> list[Reference]:
        if prefilter is None:
            return self.refs
        if isinstance(prefilter, Pattern):
            return self._pattern(prefilter)
        if isinstance(prefilter, Needs):
            return self._needs(prefilter)
        if isinstance(prefilter, Where):
            return [ref for ref in self.refs if prefilter.predicate(ref)]
        if isinstance(prefilter, DateWhere):
            return self._at({index for attr in prefilter.attrs for index, parts in self._date_column(attr)
                             if prefilter.wanted(parts)})
        if isinstance(prefilter, NameWhere):
            return self._names(prefilter)
        raise TypeError(f"not a prefilter: {prefilter!r}")

    def _at(self, indexes: set[int]) -> list[Reference]:
        return [self.refs[index] for index in sorted(indexes)]

    def _pattern(self, prefilter: Pattern) -> list[Reference]:
        # One search over each of the scope's columns, not one per reference.
        columns = self._columns.of(prefilter.scope)
        if columns is None:  # a value holds one of the columns' marks: look at every reference
            return self.refs
        hits: set[int] = set()
        for column in columns:
            # A large column holding none of the strings every match needs is not searched (most columns,
            # for most patterns): a few fast substring tests instead of a regex pass. A small one is
            # searched at once: reading the pattern for its strings would cost more.
            if len(column) >= _LARGE and (needed := self._required(prefilter)) is not None and not needed.found_in(
                    column, self._lowered(column) if needed.lowered else None):
                continue
            hits.update(Columns.matches(column, prefilter.in_columns))
        return self._at(hits)

    def _required(self, prefilter: Pattern) -> Required | None:
        """The strings every match of ``prefilter`` holds (:func:`~citecheck.rules.literals.required`), once per run."""
        key = id(prefilter)  # prefilters outlive the run: the same prefilter is the same object
        if key not in self._needed:
            self._needed[key] = required(prefilter.regex, ignore=SEPARATOR)
        return self._needed[key]

    def _lowered(self, column: str) -> str | None:
        """``column`` lower-cased (see :func:`~citecheck.rules.literals.lowered`), once per run."""
        key = id(column)  # columns live as long as the run: the same column is the same object
        if key not in self._lower:
            self._lower[key] = lowered(column)
        return self._lower[key]

    def _needs(self, prefilter: Needs) -> list[Reference]:
        if self._used is not None and self._used.isdisjoint(prefilter.attrs):
            return []
        values = attrgetter(*prefilter.attrs)
        if len(prefilter.attrs) == 1:
            return [ref for ref in self.refs if values(ref) is not None]
        return [ref for ref in self.refs if any(v is not None for v in values(ref))]

    def _date_column(self, attr: str) -> list[tuple[int, DateParts]]:
        """``(index, date_parts)`` of every reference whose ``attr`` date has parts, once per run."""
        if attr not in self._dates:
            self._dates[attr] = [] if not self._in_use(attr) else [
                (index, date.date_parts) for index, date in enumerate(map(attrgetter(attr), self.refs))
                if date is not None and date.date_parts]
        return self._dates[attr]

    def _names(self, prefilter: NameWhere) -> list[Reference]:
        wanted = prefilter.wanted
        return self._at({index for attr in NAME_ATTRS if self._in_use(attr)
                         for index, names in enumerate(map(attrgetter(attr), self.refs))
                         if names for name in names if wanted(name)})

    def _in_use(self, attr: str) -> bool:
        return self._used is None or attr in self._used
