"""RIS in the Zotero dialect: ``TY`` first, ``ER`` last, CRLF line ends, UTF-8.

``T2`` holds the outlet (website, newspaper, magazine, blog), ``DA`` the full date as
``YYYY/MM/DD/`` with ``PY`` the year, ``Y2`` the access date. citecheck's own fields use the
custom tags: ``C1`` footnote, ``C2`` source, ``C3`` archive-url, ``C4`` archive-date, ``C5`` the CSL
type when ``TY`` does not say it, ``C6``/``C7`` event title and place.

Losses (RIS has no place for them): particles become part of the family name; an organisation
with a comma in its name reads back as a person (a person with one name is written ``Family,``);
a date range keeps its start; newlines and runs of spaces become one space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from citecheck.errors import InputProblem
from citecheck.formats.latex import normalise_space
from citecheck.formats.result import ImportResult, Record, validate_records
from citecheck.model import Date, Name, Reference

TYPES = {
    "webpage": "ELEC", "post-weblog": "BLOG", "article-newspaper": "NEWS", "article-magazine": "MGZN",
    "article-journal": "JOUR", "report": "RPRT", "document": "GEN", "book": "BOOK", "chapter": "CHAP",
    "paper-conference": "CPAPER", "entry-encyclopedia": "ENCYC", "entry-dictionary": "DICT",
    "dataset": "DATA", "software": "COMP", "speech": "SLIDE", "broadcast": "MPCT", "thesis": "THES",
    "pamphlet": "PAMP", "manuscript": "MANSCPT", "personal_communication": "PCOMM", "legal_case": "CASE",
    "legislation": "STAT", "map": "MAP", "patent": "PAT", "graphic": "ART", "song": "SOUND",
}
CSL_TYPES = {ty: csl for csl, ty in TYPES.items()} | {
    "WEB": "webpage", "EJOUR": "article-journal", "JFULL": "article-journal", "INPR": "article-journal",
    "CONF": "paper-conference", "UNPB": "manuscript", "MULTI": "webpage", "ICOMM": "post"}

#: Tags holding one CSL text variable each (names, dates and citecheck's fields are handled apart).
TEXT_TAGS = {"TI": "title", "ST": "title-short", "T2": "container-title", "PB": "publisher",
             "CY": "publisher-place", "M3": "genre", "UR": "URL", "DO": "DOI", "LA": "language",
             "N1": "note", "AB": "abstract", "KW": "keyword", "VL": "volume", "IS": "issue", "SP": "page",
             "C2": "source", "C3": "archive-url", "C6": "event-title", "C7": "event-place"}
NAME_TAGS = {"AU": "author", "A2": "editor", "A4": "translator"}
CARRIES = frozenset(("id", "type", "issued", "accessed", "archive-date", "footnote", *NAME_TAGS.values(),
                     *TEXT_TAGS.values()))
_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")


def dump(refs: list[Reference]) -> str:
    return "".join(dump_chunks(refs))


def dump_chunks(refs: list[Reference]) -> Iterator[str]:
    """One record at a time."""
    return map(record, refs)


def record(ref: Reference) -> str:
    ty = TYPES.get(ref.type, "GEN")
    lines = [("TY", ty), ("ID", ref.id)]
    for tag, variable in NAME_TAGS.items():
        lines += [(tag, _name(name)) for name in ref.names(variable)]
    data = ref.to_csl()
    lines += [(tag, str(data[variable])) for tag, variable in TEXT_TAGS.items() if variable in data]
    if ref.issued is not None:
        lines += [("PY", str(ref.issued.year) if ref.issued.year is not None else ref.issued.isoformat()),
                  ("DA", _date(ref.issued))]
    if ref.accessed is not None:
        lines.append(("Y2", _date(ref.accessed)))
    if ref.footnote is not None:
        lines.append(("C1", str(ref.footnote)))
    if ref.archive_date is not None:
        lines.append(("C4", _date(ref.archive_date)))
    if CSL_TYPES.get(ty) != ref.type:
        lines.append(("C5", ref.type))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {normalise_space(value)}\r\n" for tag, value in lines) + "\r\n"


def _name(name: Name) -> str:
    """``Family, Given[, Suffix]``; a person with one name is ``Family,`` so it does not read as an organisation."""
    if name.is_organisation or not name.family:
        return name.literal or ""
    family = " ".join(p for p in (name.dropping_particle, name.non_dropping_particle, name.family) if p)
    if not (name.given or name.suffix):
        return family + ","
    return ", ".join([family, name.given or ""] + ([name.suffix] if name.suffix else []))


def _date(date: Date) -> str:
    """``2021/06/15/``, ``2021/06//``, ``2021///``: Zotero's form; free text as it is."""
    if not date.date_parts:
        return date.isoformat()
    parts = [f"{p:02d}" if i else str(p) for i, p in enumerate(date.date_parts[0])]
    return "/".join(parts + [""] * (3 - len(parts))) + "/"


def load(text: str, path: str = "<string>") -> ImportResult:
    records, problems, current = [], [], None
    for number, line in enumerate(text.splitlines(), 1):
        match = _LINE.match(line.lstrip("\ufeff"))
        if match is None:
            if current is not None and line.strip() and current[1]:
                current[1][-1] = (current[1][-1][0], f"{current[1][-1][1]} {line.strip()}")  # a wrapped value
            elif line.strip():
                problems.append(InputProblem(path, number, 1, "", "skipped: not a RIS line (TY  - ...)"))
            continue
        tag, value = match.group(1), (match.group(2) or "").strip(" \t\r")
        if tag == "TY":
            current = (number, [])
        if current is None:
            problems.append(InputProblem(path, number, 1, "", f"skipped: {tag} outside a record (no TY before it)"))
            continue
        current[1].append((tag, value))
        if tag == "ER":
            records.append(Record(_data(current[1]), current[0], _label(current[1], current[0])))
            current = None
    if current is not None:
        problems.append(InputProblem(path, current[0], 1, "", "skipped: record has no ER line"))
    _name_unnamed(records)
    return validate_records(records, path, ImportResult(problems=problems))


def _name_unnamed(records: list[Record]) -> None:
    """Records with no ``ID`` (most RIS files) get citecheck's author-year-word key, made unique."""
    from pydantic import ValidationError

    from citecheck.formats.bibkeys import generated_key

    taken = {record.data["id"] for record in records}
    for record in records:
        if record.data["id"]:
            continue
        try:
            base = generated_key(Reference.model_validate({**record.data, "id": "-"}))
        except ValidationError:
            base = f"record{record.line}"  # the record is invalid anyway: validation will report it
        ident, number = base, 1
        while ident in taken:
            number += 1
            ident = f"{base}-{number}"
        taken.add(ident)
        record.data["id"] = record.label = ident


def _label(tags: list[tuple[str, str]], line: int) -> str:
    return next((value for tag, value in tags if tag == "ID"), f"record at line {line}")


def _data(tags: list[tuple[str, str]]) -> dict[str, Any]:
    first = dict(reversed(tags))  # the first value of each tag
    data: dict[str, Any] = {"id": first.get("ID", ""),
                            "type": first.get("C5") or CSL_TYPES.get(first.get("TY", ""), "document")}
    for tag, variable in NAME_TAGS.items():
        names = [_read_name(value) for t, value in tags if t == tag and value]
        if names:
            data[variable] = names
    data.update({variable: first[tag] for tag, variable in TEXT_TAGS.items() if first.get(tag)})
    for tag, variable in (("DA", "issued"), ("Y2", "accessed"), ("C4", "archive-date")):
        if first.get(tag):
            data[variable] = _read_date(first[tag])
    if "issued" not in data and first.get("PY"):
        data["issued"] = _read_date(first["PY"])
    if first.get("C1"):
        data["footnote"] = int(first["C1"]) if first["C1"].isdigit() else first["C1"]
    return data


def _read_name(value: str) -> dict[str, str]:
    if "," not in value:
        return {"literal": value}
    family, _, rest = value.partition(",")
    given, _, suffix = rest.strip().partition(",")
    name = {"family": family.strip(), "given": given.strip(), "suffix": suffix.strip()}
    return {key: text for key, text in name.items() if text}


def _read_date(value: str) -> Any:
    match = re.fullmatch(r"(-?\d{1,4})(?:/(\d{1,2})?(?:/(\d{1,2})?)?/?)?(?:/.*)?", value)
    if not match:
        return {"literal": value}
    return {"date-parts": [[int(g) for g in match.groups() if g]]}
