"""CSL-YAML: the CSL-JSON items as YAML under ``references:``, the form pandoc reads.

Export writes exactly what :mod:`citecheck.formats.csl_json` writes (citecheck's own fields in
``custom``), so the file is schema-valid. Import accepts that and citecheck's own files, where
``footnote`` and ``archive-url`` sit beside the CSL variables. The "native" style (see
:data:`STYLES`) writes the latter: the form ``citecheck import`` saves, readable by every citecheck command.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from citecheck.formats.csl_json import load_items, to_items
from citecheck.formats.result import ImportResult
from citecheck.model import Reference, dump_references

#: Text any YAML reader might take for a number: ``_0`` and ``1_000`` are integers to some (YAML 1.1
#: underscores), ``1:20`` to others (sexagesimal). Such strings are always quoted.
NUMBER_LIKE = re.compile(r"[-+]?[\d_.:]*\d[\d_.:eE+-]*|[-+]?\.?(?:inf|nan)|0[xXoObB]\w+", re.IGNORECASE)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "'" if NUMBER_LIKE.fullmatch(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


_DATES = ("accessed", "available-date", "event-date", "issued", "original-date", "submitted", "archive-date")


@dataclass(frozen=True)
class Style:
    """How the items are written: where citecheck's own fields go, how dates look, and the YAML layout."""

    in_custom: bool  # citecheck's own fields in ``custom`` (schema-valid) or beside CSL's
    plain_dates: bool  # ``issued: '2022-03-19'`` rather than date-parts
    dumper: type  # PyYAML dumper class
    width: int
    start: str  # what comes before ``references:``


#: "export": CSL-JSON's items as YAML, for pandoc. "native": citecheck's own file, as ``import`` saves it.
#: "listing": ``list --format yaml``: native with date-parts, as PyYAML's ``safe_dump`` lays it out.
STYLES = {
    "export": Style(in_custom=True, plain_dates=False, dumper=_Dumper, width=10_000, start="---\n"),
    "native": Style(in_custom=False, plain_dates=True, dumper=_Dumper, width=10_000, start="---\n"),
    "listing": Style(in_custom=False, plain_dates=False, dumper=yaml.SafeDumper, width=100, start=""),
}


def dump(refs: list[Reference], style: str = "export") -> str:
    return "".join(dump_chunks(refs, style))


def dump_chunks(refs: list[Reference], style: str = "export", chunk: int = 5000) -> Iterator[str]:
    """``refs`` under ``references:``, a chunk of references at a time: a block list under ``references:``
    is not indented, so the chunks' lists simply follow one another."""
    chosen = STYLES[style]
    if not refs:
        yield chosen.start + _yaml({"references": []}, chosen)
        return
    yield chosen.start + "references:\n"
    for begin in range(0, len(refs), chunk):
        yield _yaml(_items(refs[begin:begin + chunk], chosen), chosen)


def dump_native(refs: list[Reference]) -> str:
    """citecheck's own file format: CSL-YAML with footnote and archive fields beside CSL's.

    Plain dates are written as people write them (``issued: '2022-03-19'``), others as date-parts.
    """
    return dump(refs, "native")


def _items(refs: list[Reference], style: Style) -> list[dict[str, Any]]:
    if style.in_custom:
        return list(to_items(refs))
    return native_dicts(refs) if style.plain_dates else dump_references(refs)


def native_dicts(refs: list[Reference]) -> list[dict[str, Any]]:
    """The items the native style writes: citecheck's own dicts, plain dates as ``2022-03-19``."""
    items = dump_references(refs)
    for item in items:
        for key in _DATES:
            if isinstance(item.get(key), dict) and set(item[key]) == {"date-parts"}:
                item[key] = "/".join("-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))
                                     for parts in item[key]["date-parts"])
    return items


def _yaml(data: Any, style: Style) -> str:
    return yaml.dump(data, Dumper=style.dumper, allow_unicode=True, sort_keys=False, width=style.width,
                     default_flow_style=False)


def load(text: str, path: str = "<string>") -> ImportResult:
    from citecheck.load.yaml_source import parse_yaml

    return load_items(parse_yaml(text, path), text, path, "yaml")
