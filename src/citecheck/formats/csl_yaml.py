"""CSL-YAML: the CSL-JSON items as YAML under ``references:``, the form pandoc reads.

Export writes exactly what :mod:`citecheck.formats.csl_json` writes (citecheck's own fields in
``custom``), so the file is schema-valid. Import accepts that and citecheck's own files, where
``footnote`` and ``archive-url`` sit beside the CSL variables. :func:`dump_native` writes the
latter: the form ``citecheck import`` saves, readable by every citecheck command.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from citecheck.formats.csl_json import load_items, to_items
from citecheck.formats.result import ImportResult
from citecheck.model import Reference, dump_references

#: Text any YAML reader might take for a number: ``_0`` and ``1_000`` are integers to some (YAML 1.1
#: underscores), ``1:20`` to others (sexagesimal). Such strings are always quoted.
_NUMBER_LIKE = re.compile(r"[-+]?[\d_.:]*\d[\d_.:eE+-]*|[-+]?\.?(?:inf|nan)|0[xXoObB]\w+", re.IGNORECASE)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "'" if _NUMBER_LIKE.fullmatch(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump(refs: list[Reference], **_: Any) -> str:
    return _yaml({"references": list(to_items(refs))})


_DATES = ("accessed", "available-date", "event-date", "issued", "original-date", "submitted", "archive-date")


def dump_native(refs: list[Reference]) -> str:
    """citecheck's own file format: CSL-YAML with footnote and archive fields beside CSL's.

    Plain dates are written as people write them (``issued: '2022-03-19'``), others as date-parts.
    """
    return "".join(dump_native_chunks(refs))


def dump_native_chunks(refs: list[Reference], chunk: int = 5000) -> Iterator[str]:
    """:func:`dump_native` a chunk of references at a time: a block list under ``references:`` is not
    indented, so the chunks' lists simply follow one another."""
    if not refs:
        yield _yaml({"references": []})
        return
    yield "---\nreferences:\n"
    for start in range(0, len(refs), chunk):
        yield yaml.dump(native_dicts(refs[start:start + chunk]), Dumper=_Dumper, allow_unicode=True,
                        sort_keys=False, width=10_000, default_flow_style=False)


def native_dicts(refs: list[Reference]) -> list[dict[str, Any]]:
    """The items :func:`dump_native` writes: citecheck's own dicts, plain dates as ``2022-03-19``."""
    items = dump_references(refs)
    for item in items:
        for key in _DATES:
            if isinstance(item.get(key), dict) and set(item[key]) == {"date-parts"}:
                item[key] = "/".join("-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))
                                     for parts in item[key]["date-parts"])
    return items


def _yaml(data: Any) -> str:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000,
                     default_flow_style=False)
    return "---\n" + text


def load(text: str, path: str = "<string>") -> ImportResult:
    from citecheck.load.yaml_source import parse_yaml

    return load_items(parse_yaml(text, path), text, path)
