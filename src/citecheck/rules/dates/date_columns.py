"""Each date field's dates for all references, gathered once per engine run for the date rules' selects.

Four rules pick references by a date's parts (future, implausible year, range, before the web);
reading every reference's dates through one generator per rule cost a call per reference each.
A column holds only the references whose date is set, so a select is one cheap pass over it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter

from citecheck.model import Reference
from citecheck.rules import scopes

Parts = list[list[int]]


def column(refs: list[Reference], attr: str) -> list[tuple[int, Parts]]:
    """``(index, date_parts)`` of every reference whose ``attr`` date has parts, in file order."""
    return scopes.cached("dates:" + attr, refs, lambda _: [
        (index, date.date_parts) for index, date in enumerate(map(attrgetter(attr), refs))
        if date is not None and date.date_parts] if scopes.in_use((attr,)) else [])


def pick(refs: list[Reference], attrs: Iterable[str], wanted: Callable[[Parts], bool]) -> list[Reference]:
    """The references with a date among ``attrs`` whose parts are ``wanted``, each once, in file order."""
    hits = {index for attr in attrs for index, parts in column(refs, attr) if wanted(parts)}
    return [refs[index] for index in sorted(hits)]
