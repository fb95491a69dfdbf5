"""Write references as BibTeX or BibLaTeX entries, following a :class:`~bibdialect.Dialect`."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from citecheck.formats.bibdialect import (
    BABEL, CARRIED, CUSTOM_FIELDS, MONTHS, NAME_VARS, TITLE_VARS, VERBATIM_VARS, Dialect,
)
from citecheck.formats.bibkeys import citation_keys
from citecheck.formats.bibnames import write_names
from citecheck.formats.latex import escape, normalise_space, protect_case
from citecheck.model import Date, Reference
from citecheck.vocabulary import python_name

_ATTRIBUTES = {variable: python_name(variable) for variable in CARRIED}
_GET_ALL = attrgetter(*_ATTRIBUTES.values())  # every carried field in one C call
_SUBTYPES = {"article-newspaper": "newspaper", "article-magazine": "magazine"}

Field = tuple[str, str]  # (name, value as written, braces included when needed)


def dump(refs: list[Reference], dialect: Dialect, ascii_only: bool = False) -> str:
    return "".join(dump_chunks(refs, dialect, ascii_only))


def dump_chunks(refs: list[Reference], dialect: Dialect, ascii_only: bool = False) -> Iterator[str]:
    """:func:`dump` an entry at a time. The keys come first: they are disambiguated across the whole set."""
    keys = citation_keys(refs)
    for index, (ref, key) in enumerate(zip(refs, keys)):
        yield ("\n" if index else "") + entry(ref, key, dialect, ascii_only)


def entry(ref: Reference, key: str, dialect: Dialect, ascii_only: bool = False) -> str:
    """One ``@type{key, ...}`` block."""
    present = {variable: value for variable, value in zip(_ATTRIBUTES, _GET_ALL(ref)) if value is not None}
    entry_type = dialect.entry_type(ref.type, present.__contains__)
    fields = _fields(ref, present, entry_type, dialect, ascii_only)
    subtype = _SUBTYPES.get(ref.type) if entry_type == "article" else None
    subtype = subtype or (ref.type if dialect.csl_type(entry_type) != ref.type else None)
    if subtype:
        fields.append(("entrysubtype", "{" + subtype + "}"))
    if key != ref.id:
        fields.append((CUSTOM_FIELDS["id"], "{" + escape(ref.id) + "}"))
    body = "".join([_padded(name) + value + ",\n" for name, value in fields])
    return f"@{entry_type}{{{key},\n{body}}}\n"


_PADDED: dict[str, str] = {}


def _padded(name: str) -> str:
    """``  name         = ``: the same few dozen names in every entry, formatted once each."""
    padded = _PADDED.get(name)
    if padded is None:
        padded = _PADDED[name] = f"  {name:<12} = "
    return padded


def lost_keys(ref: Reference, dialect: Dialect) -> list[str]:
    """The carried variables of ``ref`` its entry type has no field for (volume on @online...)."""
    present = tuple(variable for variable, value in zip(_ATTRIBUTES, _GET_ALL(ref)) if value is not None)
    key = (dialect.name, ref.type, present)
    if key not in _LOST:  # depends only on the type and which variables are set: few combinations in 100k
        entry_type = dialect.entry_type(ref.type, present.__contains__)
        in_note = ("accessed",) if dialect.name == "bibtex" else ()  # BibTeX writes it at the end of note
        _LOST[key] = tuple(v for v in present if _slot(dialect, v, entry_type) is None and v not in in_note)
    return list(_LOST[key])


_LOST: dict[tuple[str, str, tuple[str, ...]], tuple[str, ...]] = {}


_SLOTS: dict[tuple[str, str, str], str | None] = {}


def _slot(dialect: Dialect, variable: str, entry_type: str) -> str | None:
    key = (dialect.name, variable, entry_type)
    if key not in _SLOTS:
        _SLOTS[key] = dialect.slot(variable, entry_type)
    return _SLOTS[key]


_TABLES: dict[tuple[str, str], dict[str, str | None]] = {}


def _slot_table(dialect: Dialect, entry_type: str) -> dict[str, str | None]:
    """Every carried variable's field on ``entry_type`` (None: no place), looked up once per type."""
    table = _TABLES.get((dialect.name, entry_type))
    if table is None:
        table = _TABLES[(dialect.name, entry_type)] = {v: _slot(dialect, v, entry_type) for v in _ATTRIBUTES}
    return table


def _fields(ref: Reference, present: dict, entry_type: str, dialect: Dialect, ascii_only: bool) -> list[Field]:
    if dialect.name == "bibtex":
        return list(_bibtex_fields(ref, present, entry_type, dialect, ascii_only))
    slots = _slot_table(dialect, entry_type)
    fields = []
    for variable, value in present.items():
        name = slots[variable]
        if name is None:
            continue  # no place for it in this entry type (a documented loss)
        if variable in _SPECIAL:
            fields.append((name, _value(variable, value, ref, dialect, ascii_only)))
        else:  # most fields are plain text: escaped here, without the calls in between
            fields.append((name, "{" + escape(value if value.__class__ is str else str(value), ascii_only) + "}"))
    return fields


def _bibtex_fields(ref: Reference, present: dict, entry_type: str, dialect: Dialect, ascii_only: bool):
    slots = _slot_table(dialect, entry_type)
    for variable, value in present.items():
        name = slots[variable]
        if name is None or variable == "accessed":
            continue  # no place for it in this entry type (a documented loss), or BibTeX's note holds it
        if variable == "issued":
            yield from _year_month_day(value, ascii_only)
        elif variable == "note":
            yield name, "{" + _note_with_access(ref, ascii_only) + "}"
        else:
            yield name, _value(variable, value, ref, dialect, ascii_only)
    if ref.accessed is not None and ref.note is None:
        yield "note", "{" + _note_with_access(ref, ascii_only) + "}"


_SPECIAL = frozenset((*NAME_VARS, *TITLE_VARS, *VERBATIM_VARS, "issued", "accessed", "archive-date", "language",
                      "footnote"))


def _value(variable: str, value, ref: Reference, dialect: Dialect, ascii_only: bool) -> str:
    if variable not in _SPECIAL:
        return "{" + escape(str(value), ascii_only) + "}"  # most fields are plain text
    if variable in NAME_VARS:
        return "{" + write_names(value, ascii_only) + "}"
    if variable in TITLE_VARS:
        return "{" + _title(value, ref.language, dialect, ascii_only) + "}"
    if variable in VERBATIM_VARS:
        return "{" + verbatim(value) + "}"
    if isinstance(value, Date):
        return "{" + (edtf(value) if value.date_parts else escape(value.isoformat(), ascii_only)) + "}"
    if variable == "language":
        return "{" + escape(BABEL.get(value, value)) + "}"
    if variable == "footnote":
        return str(value)
    return "{" + escape(str(value), ascii_only) + "}"


def _title(title: str, language: str | None, dialect: Dialect, ascii_only: bool) -> str:
    if not language or language.lower().startswith("en"):
        return protect_case(title, ascii_only)
    # Not English: styles must not change its case. biblatex knows from langid; BibTeX needs braces.
    return "{" + escape(title, ascii_only) + "}" if dialect.name == "bibtex" else escape(title, ascii_only)


def verbatim(url: str) -> str:
    """A URL as a verbatim field holds it: never escaped; braces percent-encoded so they stay balanced."""
    return normalise_space(url).replace("{", "%7B").replace("}", "%7D")


def edtf(date: Date) -> str:
    """``2021-06-15``, ``2020/2021``; ``~`` marks circa (biblatex reads EDTF)."""
    return date.isoformat() + ("~" if date.circa and date.circa not in ("0", "false") else "")


def _year_month_day(date: Date, ascii_only: bool):
    if not date.date_parts:
        yield "year", "{" + escape(date.isoformat(), ascii_only) + "}"
        return
    parts = date.date_parts[0]  # BibTeX holds one date: the start of a range (a documented loss)
    yield "year", str(parts[0]) if parts[0] >= 0 else "{" + str(parts[0]) + "}"
    if len(parts) > 1:
        yield "month", MONTHS[parts[1] - 1]  # the bare macro: braces would make it the text "jun"
    if len(parts) > 2:
        yield "day", str(parts[2])


def _note_with_access(ref: Reference, ascii_only: bool) -> str:
    note = escape(ref.note, ascii_only) if ref.note is not None else ""
    if ref.accessed is None:
        return note
    access = f"Accessed {escape(ref.accessed.isoformat(), ascii_only)}"
    return f"{note}. {access}" if note else access
