"""Write references as BibTeX or BibLaTeX entries, following a :class:`~bibdialect.Dialect`.

Each CSL type's entry layout is compiled once into a function (bibcompile) and its values are
written by :class:`~bibvalues.ValueWriters`, which remember each distinct value's text for the
export; what a type has no field for is counted the same way (:func:`uncarried`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from operator import attrgetter

from citecheck.formats.bibcompile import WRITERS, entry_factory, lost_counter
from citecheck.formats.bibdialect import CARRIED, CARRIES, Dialect
from citecheck.formats.bibkeys import citation_keys
from citecheck.formats.bibvalues import ValueWriters
from citecheck.formats.latex import escape
from citecheck.model import Reference
from citecheck.vocabulary import ALL_KEYS, python_name

_OTHER_KEYS = tuple(key for key in ALL_KEYS if key not in CARRIES)  # never carried: edition, medium...
_GET_OTHERS = attrgetter(*(python_name(key) for key in _OTHER_KEYS))
_NONE_OTHERS = (None,) * len(_OTHER_KEYS)
_BATCH = 1000  # entries per chunk written: fewer, larger writes


def dump(refs: list[Reference], dialect: Dialect, ascii_only: bool = False) -> str:
    return "".join(dump_chunks(refs, dialect, ascii_only))


def dump_chunks(refs: list[Reference], dialect: Dialect, ascii_only: bool = False) -> Iterator[str]:
    """:func:`dump` a thousand entries at a time. The keys come first: they are disambiguated across the set."""
    keys = citation_keys(refs)
    write = EntryWriter(dialect, ascii_only).entry
    for start in range(0, len(refs), _BATCH):
        text = "\n".join(map(write, refs[start:start + _BATCH], keys[start:start + _BATCH]))
        yield "\n" + text if start else text


def entry(ref: Reference, key: str, dialect: Dialect, ascii_only: bool = False) -> str:
    """One ``@type{key, ...}`` block."""
    return EntryWriter(dialect, ascii_only).entry(ref, key)


class EntryWriter:
    """The entries of one export: each CSL type's compiled writer (bibcompile), sharing remembered values."""

    def __init__(self, dialect: Dialect, ascii_only: bool) -> None:
        self.dialect = dialect
        values = ValueWriters(dialect.name == "bibtex", ascii_only)
        self._writers = [escape if name == "escape" else getattr(values, name) for name in WRITERS]
        self._by_type: dict[str, Callable[[Reference, str], str]] = {}

    def entry(self, ref: Reference, key: str) -> str:
        write = self._by_type.get(ref.type)
        if write is None:
            write = self._by_type[ref.type] = entry_factory(self.dialect, ref.type)(*self._writers)
        return write(ref, key)


def lost_keys(ref: Reference, dialect: Dialect) -> list[str]:
    """The carried variables of ``ref`` its entry type has no field for (volume on @online...)."""
    counts: dict[str, int] = defaultdict(int)
    lost_counter(dialect, ref.type)(ref, counts)
    return [variable for variable in CARRIED if variable in counts]


def uncarried(refs: list[Reference], dialect: Dialect) -> dict[str, int]:
    """What :func:`citecheck.formats.uncarried` says for this dialect, from each CSL type's compiled counter."""
    counts: dict[str, int] = defaultdict(int)
    counters: dict[str, Callable] = {}
    for ref in refs:
        count_lost = counters.get(ref.type)
        if count_lost is None:
            count_lost = counters[ref.type] = lost_counter(dialect, ref.type)
        count_lost(ref, counts)
        # Keys the BibTeX family never carries (edition, medium...): most references set none of them.
        others = _GET_OTHERS(ref)
        if others != _NONE_OTHERS:
            for key, value in zip(_OTHER_KEYS, others):
                if value is not None:
                    counts[key] += 1
    return dict(counts)
