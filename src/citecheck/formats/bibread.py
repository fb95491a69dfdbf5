"""Read BibTeX or BibLaTeX (:mod:`bibparse`, bibtexparser v2 behind it) into CSL data, following a :class:`~bibdialect.Dialect`.

A block that cannot be parsed is reported with its line and skipped; the others import.
"""

from __future__ import annotations

import re
from typing import Any

from citecheck.errors import InputProblem
from citecheck.formats.bibdialect import CUSTOM_FIELDS, MONTHS, Dialect
from citecheck.formats.bibfields import edtf, field_table, text
from citecheck.formats.latex import decode
from citecheck.formats.result import ImportResult, Record, validate_records
from citecheck.vocabulary import ITEM_TYPES

_SUBTYPES = {"newspaper": "article-newspaper", "magazine": "article-magazine"}
_ACCESS = re.compile(r"(?:^|\. )Accessed (\S+)$")
_MONTH_NAMES = {name: index for index, name in enumerate(MONTHS, 1)}
_ITEM_TYPES = frozenset(ITEM_TYPES)
_ID_FIELD = CUSTOM_FIELDS["id"]
_YEAR = re.compile(r"-?\d+")


def load(text: str, path: str, dialect: Dialect) -> ImportResult:
    from citecheck.formats.bibparse import parse

    entries, failures = parse(text)
    problems = [InputProblem(path, line, 1, "", f"skipped: {message}") for line, message in failures]
    records = []
    entries.reverse()
    while entries:  # each raw entry is freed as soon as it is converted: memory matters at 100k entries
        e = entries.pop()
        records.append(Record(entry_data(e.entry_type, e.key, e.fields, dialect), e.line, e.key))
    return validate_records(records, path, ImportResult(problems=problems))


def entry_data(entry_type: str, key: str, fields: dict[str, str], dialect: Dialect) -> dict[str, Any]:
    """The CSL data of one entry."""
    subtype = fields.pop("entrysubtype", "").strip()
    ident = fields.pop(_ID_FIELD, None)
    data: dict[str, Any] = {
        "id": key if ident is None else text(ident),
        "type": _SUBTYPES.get(subtype) or (subtype if subtype in _ITEM_TYPES else dialect.csl_type(entry_type.lower())),
    }
    _add_dates(fields, data)
    table = field_table(dialect)
    for name, value in fields.items():
        found = table.get(name)
        if found is not None and found[0] not in data:  # the first of two fields for one variable wins
            data[found[0]] = found[1](value)
    if "note" in data and dialect.name == "bibtex":
        _split_access(data)
    return data


def _add_dates(fields: dict[str, str], data: dict[str, Any]) -> None:
    """``issued`` from ``date`` or ``year``/``month``/``day``; ``accessed`` from ``urldate``."""
    if "urldate" in fields:
        data["accessed"] = edtf(fields.pop("urldate"))
    if "date" in fields:
        data["issued"] = edtf(fields.pop("date"))
        if "year" not in fields and "month" not in fields and "day" not in fields:
            return  # the usual BibLaTeX entry: nothing more to take out
    year, month, day = fields.pop("year", None), fields.pop("month", ""), fields.pop("day", "")
    if year is None or "issued" in data:
        return
    year = year.strip()
    if not _YEAR.fullmatch(year):
        data["issued"] = {"literal": decode(year)}
        return
    parts = [int(year)]
    month_number = _month(month)
    if month_number:
        parts.append(month_number)
        if day.strip().isdigit():
            parts.append(int(day))
    data["issued"] = {"date-parts": [parts]}


def _month(value: str) -> int | None:
    text = decode(value).lower()[:3]
    if text.isdigit():
        return int(text)
    return _MONTH_NAMES.get(text)


def _split_access(data: dict[str, Any]) -> None:
    """BibTeX keeps the access date at the end of ``note``: ``... Accessed 2022-01-03``."""
    match = _ACCESS.search(data["note"])
    if match and "accessed" not in data:
        data["accessed"] = edtf(match.group(1))
        note = data["note"][: match.start()]
        if note:
            data["note"] = note
        else:
            del data["note"]
