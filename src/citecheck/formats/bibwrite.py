"""Write references as BibTeX or BibLaTeX entries, following a :class:`~bibdialect.Dialect`.

What an entry looks like depends only on its CSL type and which carried variables it sets (its
*shape*): the entry type, the fields in order, their names, how each value is written and what has
no place. 100,000 references have a few hundred shapes, so each shape is worked out once into an
:class:`EntryPlan`, and an entry is then its plan filled in with remembered values (bibvalues).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import repeat
from operator import attrgetter, is_not, methodcaller
from typing import NamedTuple

from citecheck.formats.bibdialect import (
    CARRIED, CARRIES, CUSTOM_FIELDS, NAME_VARS, TITLE_VARS, VERBATIM_VARS, Dialect,
)
from citecheck.formats.bibkeys import citation_keys
from citecheck.formats.bibvalues import ValueWriters
from citecheck.formats.latex import escape
from citecheck.model import Reference
from citecheck.vocabulary import ALL_KEYS, python_name

_GET_ALL = attrgetter(*(python_name(variable) for variable in CARRIED))  # every carried field in one C call
_OTHER_KEYS = tuple(key for key in ALL_KEYS if key not in CARRIES)
_GET_OTHERS = attrgetter(*(python_name(key) for key in _OTHER_KEYS))
_LANGUAGE, _ACCESSED, _NOTE = CARRIED.index("language"), CARRIED.index("accessed"), CARRIED.index("note")
_SUBTYPES = {"article-newspaper": "newspaper", "article-magazine": "magazine"}
_DATES = ("issued", "accessed", "archive-date")
_BATCH = 1000  # entries per chunk written: fewer, larger writes

Shape = tuple  # (CSL type, then for each of CARRIED whether the reference sets it)


class EntryPlan(NamedTuple):
    head: str  # "@article{"
    fields: tuple[tuple[int, str, str, str], ...]  # (index in CARRIED, "  name = {", writer, "},\n")
    tail: str  # the entrysubtype line, if any
    lost: tuple[str, ...]  # carried variables this entry type has no field for


def shape_of(ref: Reference) -> Shape:
    return (ref.type, *map(is_not, _GET_ALL(ref), repeat(None)))


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
    """Entries of one export: each shape's plan with its writers bound, and the writers' remembered values."""

    def __init__(self, dialect: Dialect, ascii_only: bool) -> None:
        self.dialect = dialect
        self.values = ValueWriters(dialect.name == "bibtex", ascii_only, _LANGUAGE, _ACCESSED)
        self._bound: dict[Shape, tuple] = {}
        self._id_line = f"  {CUSTOM_FIELDS['id']:<12} = {{"

    def entry(self, ref: Reference, key: str) -> str:
        values = _GET_ALL(ref)
        shape = (ref.type, *map(is_not, values, repeat(None)))
        bound = self._bound.get(shape) or self._bind(shape)
        parts = [bound[0], key, ",\n"]
        for index, prefix, write, suffix in bound[1]:
            parts += (prefix, write(values[index], values), suffix)
        parts.append(bound[2])
        if key != ref.id:  # the id is kept for the round trip (never --ascii: it is an identifier)
            parts += (self._id_line, escape(ref.id), "},\n")
        parts.append("}\n")
        return "".join(parts)

    def _bind(self, shape: Shape) -> tuple:
        plan = plan_for(self.dialect, shape)
        fields = tuple((index, prefix, getattr(self.values, writer), suffix)
                       for index, prefix, writer, suffix in plan.fields)
        bound = self._bound[shape] = (plan.head, fields, plan.tail)
        return bound


_PLANS: dict[tuple[str, Shape], EntryPlan] = {}


def plan_for(dialect: Dialect, shape: Shape) -> EntryPlan:
    plan = _PLANS.get((dialect.name, shape))
    if plan is None:
        plan = _PLANS[(dialect.name, shape)] = _new_plan(dialect, shape)
    return plan


def _new_plan(dialect: Dialect, shape: Shape) -> EntryPlan:
    csl_type, present = shape[0], [variable for variable, is_set in zip(CARRIED, shape[1:]) if is_set]
    entry_type = dialect.entry_type(csl_type, present.__contains__)
    bibtex = dialect.name == "bibtex"
    fields, lost = [], []
    for variable in present:
        name = dialect.slot(variable, entry_type)
        if name is None and not (bibtex and variable == "accessed"):
            lost.append(variable)  # no place for it in this entry type (a documented loss)
        if name is None or (bibtex and variable == "accessed"):
            continue  # BibTeX writes the access date at the end of note
        fields.append(_field(CARRIED.index(variable), name, _writer(variable, bibtex)))
    if bibtex and "accessed" in present and "note" not in present:
        fields.append(_field(_NOTE, "note", "note_with_access"))  # the note is None: the access date alone
    subtype = _SUBTYPES.get(csl_type) if entry_type == "article" else None
    subtype = subtype or (csl_type if dialect.csl_type(entry_type) != csl_type else None)
    tail = f"  {'entrysubtype':<12} = {{{subtype}}},\n" if subtype else ""
    return EntryPlan(f"@{entry_type}{{", tuple(fields), tail, tuple(lost))


def _writer(variable: str, bibtex: bool) -> str:
    """The :class:`ValueWriters` method that writes ``variable``."""
    if variable in NAME_VARS:
        return "names"
    if variable in TITLE_VARS:
        return "title"
    if variable in VERBATIM_VARS:
        return "verbatim"
    if variable in _DATES:
        return "year_month_day" if bibtex and variable == "issued" else "date"
    if bibtex and variable == "note":
        return "note_with_access"
    return {"language": "language", "footnote": "number"}.get(variable, "text")


def _field(index: int, name: str, writer: str) -> tuple[int, str, str, str]:
    if writer == "year_month_day":
        return index, "", writer, ""  # whole lines: year, month, day
    if writer == "number":
        return index, f"  {name:<12} = ", writer, ",\n"  # a bare number, like BibTeX's own
    return index, f"  {name:<12} = {{", writer, "},\n"


def lost_keys(ref: Reference, dialect: Dialect) -> list[str]:
    """The carried variables of ``ref`` its entry type has no field for (volume on @online...)."""
    return list(plan_for(dialect, shape_of(ref)).lost)


def uncarried(refs: list[Reference], dialect: Dialect) -> dict[str, int]:
    """What :func:`citecheck.formats.uncarried` says for this dialect, counted per shape in C-level passes."""
    counts: Counter[str] = Counter()
    for shape, n in Counter(map(shape_of, refs)).items():
        for variable in plan_for(dialect, shape).lost:
            counts[variable] += n
    # Keys the BibTeX family never carries (edition, medium...): most references set none of them.
    nones = map(methodcaller("count", None), map(_GET_OTHERS, refs))
    for ref, n_unset in zip(refs, nones):
        if n_unset != len(_OTHER_KEYS):
            counts.update(key for key, value in zip(_OTHER_KEYS, _GET_OTHERS(ref)) if value is not None)
    return dict(counts)
