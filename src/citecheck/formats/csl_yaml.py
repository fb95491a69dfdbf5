"""CSL-YAML: the CSL-JSON items as YAML under ``references:``, the form pandoc reads.

Export writes exactly what :mod:`citecheck.formats.csl_json` writes (citecheck's own fields in
``custom``), so the file is schema-valid. Import accepts that and citecheck's own files, where
``footnote`` and ``archive-url`` sit beside the CSL variables. :func:`dump_native` writes the
latter: the form ``citecheck import`` saves, readable by every citecheck command.
"""

from __future__ import annotations

from typing import Any

import yaml

from citecheck.formats.csl_json import load_items, to_items
from citecheck.formats.result import ImportResult
from citecheck.model import Reference, dump_references

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump(refs: list[Reference], **_: Any) -> str:
    return _yaml({"references": list(to_items(refs))})


_DATES = ("accessed", "available-date", "event-date", "issued", "original-date", "submitted", "archive-date")


def dump_native(refs: list[Reference]) -> str:
    """citecheck's own file format: CSL-YAML with footnote and archive fields beside CSL's.

    Plain dates are written as people write them (``issued: '2022-03-19'``), others as date-parts.
    """
    items = dump_references(refs)
    for item in items:
        for key in _DATES:
            if isinstance(item.get(key), dict) and set(item[key]) == {"date-parts"}:
                item[key] = "/".join("-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))
                                     for parts in item[key]["date-parts"])
    return _yaml({"references": items})


def _yaml(data: Any) -> str:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000,
                     default_flow_style=False)
    return "---\n" + text


def load(text: str, path: str = "<string>") -> ImportResult:
    from citecheck.load.yaml_source import parse_yaml

    return load_items(parse_yaml(text, path), text, path)
