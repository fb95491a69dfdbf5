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
_DATE_FIELDS = ("date", "year", "month", "day", "urldate")
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
    entry_type = entry_type.lower()
    subtype = fields.pop("entrysubtype", "").strip()
    data: dict[str, Any] = {
        "id": text(fields.pop(CUSTOM_FIELDS["id"])) if CUSTOM_FIELDS["id"] in fields else key,
        "type": _SUBTYPES.get(subtype) or (subtype if subtype in ITEM_TYPES else dialect.csl_type(entry_type)),
    }
    data.update(_dates(fields))
    table = field_table(dialect)
    for name, value in fields.items():
        found = table.get(name)
        if found is not None and found[0] not in data:  # the first of two fields for one variable wins
            data[found[0]] = found[1](value)
    if dialect.name == "bibtex" and "note" in data:
        _split_access(data)
    return data


def _dates(fields: dict[str, str]) -> dict[str, Any]:
    """``issued`` from ``date`` or ``year``/``month``/``day``; ``accessed`` from ``urldate``."""
    found = {name: fields.pop(name) for name in _DATE_FIELDS if name in fields}
    dates: dict[str, Any] = {}
    if "urldate" in found:
        dates["accessed"] = edtf(found["urldate"])
    if "date" in found:
        dates["issued"] = edtf(found["date"])
    elif "year" in found:
        year = found["year"].strip()
        if not _YEAR.fullmatch(year):
            dates["issued"] = {"literal": decode(year)}
        else:
            parts = [int(year)]
            month = _month(found.get("month", ""))
            if month:
                parts.append(month)
                if found.get("day", "").strip().isdigit():
                    parts.append(int(found["day"]))
            dates["issued"] = {"date-parts": [parts]}
    return dates


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
