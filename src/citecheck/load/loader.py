"""load → model: read a CSL-YAML or CSL-JSON file into validated :class:`Reference` objects."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from citecheck.errors import InputError, InputProblem
from citecheck.load.text import decode
from citecheck.load.translate import kind_of, suggest
from citecheck.model import Reference, validate_references

FORMATS = ("yaml", "json")


@dataclass
class LoadedReferences:
    """The references of one file, with what is needed to point back into it."""

    path: Path
    format: str  # "yaml" or "json"
    text: str
    references: list[Reference]


def sniff_format(path: Path, text: str) -> str:
    """``json`` for ``.json`` files or text starting with ``[``/``{``; else ``yaml``."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    return "json" if text.lstrip()[:1] in ("[", "{") else "yaml"


def load_references(path: str | Path, fmt: str | None = None) -> LoadedReferences:
    """Read, parse and validate ``path``; raise :class:`InputError` listing every problem."""
    path = Path(path)
    text = decode(path.read_bytes(), str(path))
    return parse_references(text, path, fmt)


def parse_references(text: str, path: str | Path = "<string>", fmt: str | None = None) -> LoadedReferences:
    """Parse and validate references from ``text``; ``path`` only labels the problems."""
    path = Path(path)
    fmt = fmt or sniff_format(path, text)
    data = _parse_json(text, str(path)) if fmt == "json" else _parse_yaml(text, str(path))
    try:
        items, base = _reference_items(data, str(path))
    except _NotAList as exc:
        error = {"type": "value_error", "loc": (), "msg": f"expected a list of references, got {exc}"}
        raise InputError(_located([error], text, str(path), ("references",))) from None
    problems = _duplicate_ids(items, text, fmt, str(path), base)
    try:
        references = validate_references(items)
    except ValidationError as exc:
        problems += _located(exc.errors(include_url=False), text, str(path), base)
        references = []
    if problems:
        raise InputError(problems)
    return LoadedReferences(path, fmt, text, references)


def _parse_yaml(text: str, path: str) -> Any:
    from citecheck.load.yaml_source import parse_yaml

    return parse_yaml(text, path)


def _parse_json(text: str, path: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([InputProblem(path, exc.lineno, exc.colno, "", f"JSON syntax: {exc.msg}")]) from None


def _reference_items(data: Any, path: str) -> tuple[list[Any], tuple[str, ...]]:
    """The list of reference mappings, and the path prefix it sits under."""
    if data is None or data == "":
        raise InputError([InputProblem(path, 1, 1, "", "the file is empty; expected a 'references:' list")])
    if isinstance(data, list):
        return data, ()
    if not isinstance(data, dict):
        raise InputError([InputProblem(
            path, 1, 1, "", f"expected a mapping with a 'references:' list, got {kind_of(data)}")])
    if "references" not in data:
        hint = next((suggest(str(k), ("references",)) for k in data if suggest(str(k), ("references",))), "")
        raise InputError([InputProblem(path, 1, 1, "", f"no 'references:' list in the file{hint}")])
    items = data["references"]
    if not isinstance(items, list):
        raise _NotAList(kind_of(items))
    return items, ("references",)


class _NotAList(Exception):
    pass


def _duplicate_ids(items: list[Any], text: str, fmt: str, path: str, base: tuple[str, ...]) -> list[InputProblem]:
    seen: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        if isinstance(item, dict) and isinstance(item.get("id"), (str, int)):
            seen[str(item["id"])].append(index)
    repeated = {ident: idx for ident, idx in seen.items() if len(idx) > 1}
    if not repeated:
        return []
    errors = [
        {"type": "value_error", "loc": (index, "id"), "input": ident,
         "msg": f"duplicate id {ident!r} (also used by references[{indexes[0]}])"}
        for ident, indexes in repeated.items() for index in indexes[1:]
    ]
    return _located(errors, text, path, base)


def _located(errors: list[dict[str, Any]], text: str, path: str, base: tuple[str, ...]) -> list[InputProblem]:
    from citecheck.load.positions import compose_tree
    from citecheck.load.translate import problems_from  # noqa: PLC0415 - pydantic-error path only

    return problems_from(errors, compose_tree(text), path, base)

