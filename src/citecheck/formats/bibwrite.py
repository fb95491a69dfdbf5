"""Write references as BibTeX or BibLaTeX entries, following a :class:`~bibdialect.Dialect`.

Each CSL type's entry layout is compiled once into a function (bibcompile) and its values are
written by :class:`~bibvalues.ValueWriters`, which remember each distinct value's text for the
export; what a type has no field for is counted the same way (:func:`uncarried`).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from itertools import compress, islice, repeat
from operator import attrgetter, call

from citecheck.formats.bibcompile import WRITERS, entry_factory, lost_counter, sets_any, written_fields
from citecheck.formats.bibdialect import CARRIED, CARRIES, Dialect
from citecheck.formats.bibkeys import citation_keys
from citecheck.formats.bibnote import BIBTEX_FIELDS, biblatex_fields, split_note
from citecheck.formats.bibroles import LETTERED, ROLE_FIELDS, ROLE_VARIABLES, role_parts, unwritten
from citecheck.formats.bibvalues import ValueWriters
from citecheck.formats.latex import escape
from citecheck.model import Reference
from citecheck.vocabulary import ALL_KEYS, python_name

_OTHER_KEYS = tuple(key for key in ALL_KEYS if key not in CARRIES)  # never carried: edition, medium...
_GET_OTHERS = attrgetter(*(python_name(key) for key in _OTHER_KEYS))
_TYPE = attrgetter("type")
_SETS_OTHER_KEY = sets_any(_OTHER_KEYS)
_BATCH = 1000  # entries per chunk written: fewer, larger writes


def dump(refs: list[Reference], dialect: Dialect, ascii_only: bool = False) -> str:
    return "".join(dump_chunks(refs, dialect, ascii_only))


def dump_chunks(refs: list[Reference], dialect: Dialect, ascii_only: bool = False) -> Iterator[str]:
    """:func:`dump` a thousand entries at a time. The keys come first: they are disambiguated across the set."""
    return dump_part(refs, citation_keys(refs), True, dialect, ascii_only)


def dump_part(refs: list[Reference], keys: list[str], first: bool, dialect: Dialect,
              ascii_only: bool = False) -> Iterator[str]:
    """The entries of ``refs`` under ``keys``, a thousand at a time, as one part of a file: the ``first`` part
    starts the file, a later one starts with the blank line between entries."""
    entries = EntryWriter(dialect, ascii_only).entries(refs, keys)
    for start in range(0, len(refs), _BATCH):
        text = "\n".join(islice(entries, _BATCH))
        yield "\n" + text if start or not first else text


def entry(ref: Reference, key: str, dialect: Dialect, ascii_only: bool = False) -> str:
    """One ``@type{key, ...}`` block."""
    return EntryWriter(dialect, ascii_only).entry(ref, key)


class EntryWriter:
    """The entries of one export: each CSL type's compiled writer (bibcompile), sharing remembered values."""

    def __init__(self, dialect: Dialect, ascii_only: bool) -> None:
        self.dialect = dialect
        values = ValueWriters(dialect.name == "bibtex", ascii_only)
        own = {"escape": escape, "text_seen": values.text_seen,
               "roles": lambda ref, editor_free, lettered: role_parts(ref, editor_free, lettered, values.names),
               "note_fields": self._note_fields}
        self._values = values
        self._written: dict[tuple[str, bool], frozenset[str]] = {}
        self._writers = [own[name] if name in own else getattr(values, name) for name in WRITERS]
        self._by_type: dict[str, Callable[[Reference, str], str]] = {}

    def entry(self, ref: Reference, key: str) -> str:
        return self._for_type(ref.type)(ref, key)

    def entries(self, refs: list[Reference], keys: list[str]) -> Iterator[str]:
        """Each reference's entry, in order: its type's writer called from C, with no call in between."""
        by_type = {csl_type: self._for_type(csl_type) for csl_type in set(map(_TYPE, refs))}
        return map(call, map(by_type.__getitem__, map(_TYPE, refs)), refs, keys)

    def _note_fields(self, note: str, entry_type: str, roles: bool) -> tuple[str | None, tuple[str, ...]]:
        """``note`` less its lines that go back to a field (bibnote), and those fields' lines."""
        written = self._written.get((entry_type, roles))
        if written is None:
            written = written_fields(self.dialect, entry_type) | (ROLE_FIELDS if roles else frozenset())
            self._written[entry_type, roles] = written
        known = BIBTEX_FIELDS if self.dialect.name == "bibtex" else biblatex_fields(entry_type)
        rest, moved = split_note(note, known, written)
        text = self._values.text
        return rest, tuple(part for name, value in zip(moved[::2], moved[1::2])
                           for part in (f"  {name:<12} = {{", text(value), "},\n"))

    def _for_type(self, csl_type: str) -> Callable[[Reference, str], str]:
        write = self._by_type.get(csl_type)
        if write is None:
            write = self._by_type[csl_type] = entry_factory(self.dialect, csl_type)(*self._writers)
        return write


def lost_keys(ref: Reference, dialect: Dialect) -> list[str]:
    """The carried variables of ``ref`` its entry type has no field for (volume on @online...)."""
    counts: dict[str, int] = defaultdict(int)
    lost_counter(dialect, ref.type)(ref, counts)
    roles = unwritten(ref, *_role_lists(ref, dialect)) if dialect.name == "biblatex" else []
    return [variable for variable in CARRIED if variable in counts] + roles


def _roles_written(dialect: Dialect) -> frozenset[str]:
    return frozenset(ROLE_VARIABLES) if dialect.name == "biblatex" else frozenset()


def _role_lists(ref: Reference, dialect: Dialect) -> tuple[bool, bool]:
    """Whether ``ref``'s entry has ``editor`` free for a role, and takes editora..editorc (as bibcompile writes)."""
    entry_type = dialect.entry_type(ref.type, lambda variable: getattr(ref, python_name(variable)) is not None)
    return ref.editor is None and dialect.slot("editor", entry_type) == "editor", entry_type in LETTERED


def uncarried(refs: list[Reference], dialect: Dialect) -> dict[str, int]:
    """What :func:`citecheck.formats.uncarried` says for this dialect, from each CSL type's compiled counter."""
    counts: dict[str, int] = defaultdict(int)
    counters = {csl_type: lost_counter(dialect, csl_type) for csl_type in set(map(_TYPE, refs))}
    # Two loops in C: each reference through its type's counter, then the few references that set a key
    # the BibTeX family never carries (edition, medium...).
    deque(map(call, map(counters.__getitem__, map(_TYPE, refs)), refs, repeat(counts)), maxlen=0)
    roles = _roles_written(dialect)  # BibLaTeX writes CSL's compiler, director... as name roles (bibroles)
    for ref in compress(refs, map(_SETS_OTHER_KEY, refs)):
        for key, value in zip(_OTHER_KEYS, _GET_OTHERS(ref)):
            if value is not None and key not in roles:
                counts[key] += 1
        for key in unwritten(ref, *_role_lists(ref, dialect)) if roles else ():
            counts[key] += 1
    return dict(counts)
