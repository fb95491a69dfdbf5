"""CSL-JSON: the array every citation processor reads, valid against the official csl-data schema.

The schema forbids unknown keys, so citecheck's own fields (``footnote``, ``printed``, ``archive-url``,
``archive-date``) travel in the item's ``custom`` object, as the schema recommends. CSL's own ``source``
(the catalogue or database, as Zotero fills it) is an ordinary variable and stays where it is.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from pydantic import ValidationError

from citecheck.errors import InputError, InputProblem
from citecheck.formats.result import ImportResult
from citecheck.model import Reference, dump_references

#: citecheck's fields that are not CSL variables: kept in ``custom`` on export.
EXTRAS = ("footnote", "printed", "archive-url", "archive-date")


def to_items(refs: list[Reference]) -> Iterator[dict[str, Any]]:
    """The schema-valid items of ``refs``."""
    return (_with_custom(item) for item in native_items(refs))


def native_items(refs: list[Reference], chunk: int = 5000) -> Iterator[dict[str, Any]]:
    """citecheck's own dicts of ``refs``, a chunk at a time: one pydantic call per chunk, not per reference."""
    for start in range(0, len(refs), chunk):
        yield from dump_references(refs[start:start + chunk])


def _with_custom(item: dict[str, Any]) -> dict[str, Any]:
    extras = {key: item.pop(key) for key in EXTRAS if key in item}
    if extras:
        item["custom"] = {**item.get("custom", {}), **extras}
    return item


def from_item(item: Any) -> Any:
    """The reference data of a CSL-JSON item: citecheck's fields lifted back out of ``custom``."""
    if not isinstance(item, dict) or not isinstance(item.get("custom"), dict):
        return item
    custom = dict(item["custom"])
    item = {**item, **{key: custom.pop(key) for key in EXTRAS if key in custom}}
    if custom:
        item["custom"] = custom
    else:
        del item["custom"]
    return item


#: How an item is written, by style name: where citecheck's own fields go and how the item is laid out.
#: "export" is schema-valid CSL-JSON; "native" is citecheck's own references file (what ``import -o x.json``
#: writes); "listing" is native indented by two, as ``list --format json`` prints it.
STYLES: dict[str, tuple[bool, int | None]] = {  # style -> (own fields in custom, indent)
    "export": (True, None),
    "native": (False, None),
    "listing": (False, 2),
}


def dump(refs: list[Reference], style: str = "export") -> str:
    return "".join(dump_chunks(refs, style))


def dump_chunks(refs: list[Reference], style: str = "export") -> Iterator[str]:
    """``refs`` as a CSL-JSON array, a piece at a time (a large export never sits whole in memory).

    Export and native items are compact, one a line (diffs stay readable, and orjson encodes them);
    listing items are indented by two inside the array, as ``json.dumps(indent=2)`` writes them.
    """
    in_custom, indent = STYLES[style]
    items = to_items(refs) if in_custom else native_items(refs)
    return item_chunks(items, indented=indent is not None)


def dump_items(items: Iterable[dict[str, Any]]) -> str:
    return "".join(item_chunks(items))


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def item_chunks(items: Iterable[dict[str, Any]], batch: int = 1000, indented: bool = False) -> Iterator[str]:
    """``[``, one encoded item a line (or indented by two), ``]``: items are encoded a batch at a time as
    they are written (one string and one write per batch rather than per item)."""
    encode = _indented if indented else _encoded
    items = iter(items)
    separator = "[\n"
    while chunk := list(islice(items, batch)):
        yield separator + encode(chunk)
        separator = ",\n"
    yield "[]\n" if separator == "[\n" else "\n]\n"


def _encoded(items: list[dict[str, Any]]) -> str:
    """``items`` encoded one a line: by orjson (2.5x the stdlib's C encoder), or by the stdlib for what
    orjson refuses (integers past 64 bits, keys that are not strings, lone surrogates in ``custom``)."""
    import orjson

    try:
        return b",\n".join(map(orjson.dumps, items)).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return ",\n".join(map(_ENCODER.encode, items))


def _indented(items: list[dict[str, Any]]) -> str:
    """``items`` as ``json.dumps(items, indent=2, ensure_ascii=False)`` writes them inside an array, byte for
    byte: by orjson (the stdlib's indenting encoder is pure Python, ~20x slower), one call for the batch,
    except items with a ``custom`` object — any JSON at all, where orjson spells some numbers otherwise
    (``1e16``, NaN) — and what orjson refuses, which the stdlib writes."""
    import orjson

    if not any("custom" in item for item in items):
        try:
            return orjson.dumps(items, option=orjson.OPT_INDENT_2).decode("utf-8")[2:-2]  # without "[\n", "\n]"
        except (orjson.JSONEncodeError, TypeError):
            pass
    encoded = []
    for item in items:
        text = None
        if "custom" not in item:
            try:
                text = orjson.dumps(item, option=orjson.OPT_INDENT_2).decode("utf-8")
            except (orjson.JSONEncodeError, TypeError):
                pass
        if text is None:
            text = json.dumps(item, ensure_ascii=False, indent=2)
        encoded.append("  " + text.replace("\n", "\n  "))  # a raw newline only ever separates JSON tokens
    return ",\n".join(encoded)


def load(text: str, path: str = "<string>") -> ImportResult:
    from citecheck.load.loader import parse_json

    return load_items(parse_json(text.encode("utf-8"), path), text, path)


def load_items(data: Any, text: str, path: str, fmt: str = "json") -> ImportResult:
    """Validate each item of a parsed CSL-JSON/YAML document (``fmt``: "json" or "yaml", how its text is
    scanned for lines); bad items are reported and skipped."""
    from citecheck.load.foreign_keys import kept_notice
    from citecheck.load.old_spelling import old_spelling_notice, read_old_spelling

    items, base = _items(data, path)
    items = [from_item(item) for item in items]
    result, errors = ImportResult(), []
    if renamed := read_old_spelling(items):
        result.notices.append(old_spelling_notice(path, renamed))
    kept: Counter[str] = Counter()
    item_of: list[int] = []  # each reference's index in items
    for index, item in enumerate(items):
        try:
            result.references.append(_validated(item, kept))
            item_of.append(index)
        except ValidationError as exc:
            errors += [{**error, "loc": (index, *error["loc"])} for error in exc.errors(include_url=False)]
    given_only = kept.pop(_GIVEN_ONLY, 0)
    if kept:  # another tool's keys, kept in custom (load/foreign_keys.py): a notice, not a problem
        result.notices.append(kept_notice(path, kept))
    if given_only:
        result.notices.append(f"{path}: a name with a given name only (no family) read as a literal name, as "
                              f"citeproc-js prints it: {given_only}")
    if errors:
        from citecheck.load.positions import compose_tree
        from citecheck.load.translate import problems_from

        result.problems = problems_from(errors, compose_tree(text), path, base)
    result.lines = IdLines(text, fmt, items, item_of)
    return result


class IdLines(Mapping[int, int]):
    """The line of each reference's id (by its index in the import's references), worked out when a clash of
    ids asks for it: the usual import has none, and placing items costs a scan of the file. It keeps the
    text and the items' ids, not the items."""

    def __init__(self, text: str, fmt: str, items: list[Any], item_of: list[int]):
        self._text, self._fmt, self._item_of = text, fmt, item_of
        self._ids = [str(item.get("id", "")) if isinstance(item, dict) else "" for item in items]
        self._locator: Any = None

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < len(self._item_of):
            raise KeyError(index)
        if self._locator is None:
            from citecheck.load.positions import FieldLocator

            self._locator = FieldLocator(self._text.encode("utf-8"), self._fmt, self._ids)
        return self._locator.locate(self._item_of[index], ("id",))[0]

    def __len__(self) -> int:
        return len(self._item_of)

    def __iter__(self) -> Iterator[int]:
        return iter(range(len(self._item_of)))


_GIVEN_ONLY = "\0given-only"  # counted beside the kept keys, said apart
_NO_FAMILY = "a name needs a family or a literal"


def _validated(item: Any, kept: Counter[str]) -> Reference:
    """The item's reference; another tool's keys moved into its custom first when they are what fails (counted
    in ``kept`` only when the item then validates: a skipped item is reported, not named as kept), and a name
    with a given name only (Zotero writes ``{"family": "", "given": "Plato"}`` for a one-name creator) read as
    the literal name it is printed as."""
    from citecheck.load.foreign_keys import keep_foreign

    try:
        return Reference.model_validate(item)
    except ValidationError as exc:
        errors = [{**e, "loc": (0, *e["loc"])} for e in exc.errors(include_url=False)]
        mine: Counter[str] = Counter()
        moved = keep_foreign([item], errors, mine)
        if not (_given_only_as_literal(item, errors, mine) or moved):
            raise
    reference = Reference.model_validate(item)
    kept.update(mine)
    return reference


def _given_only_as_literal(item: dict[str, Any], errors: list[dict[str, Any]], counts: Counter[str]) -> bool:
    changed = False
    for error in errors:
        loc = error["loc"]
        if _NO_FAMILY not in str(error.get("msg", "")) or len(loc) != 3 or not isinstance(loc[2], int):
            continue
        names = item.get(loc[1])
        name = names[loc[2]] if isinstance(names, list) and 0 <= loc[2] < len(names) else None
        if isinstance(name, dict) and isinstance(name.get("given"), str) and name["given"].strip() \
                and not name.get("family") and not name.get("literal"):
            rest = {key: value for key, value in name.items() if key not in ("family", "given")}
            names[loc[2]] = {**rest, "literal": name["given"]}
            counts[_GIVEN_ONLY] += 1
            changed = True
    return changed


def _items(data: Any, path: str) -> tuple[list[Any], tuple[str, ...]]:
    if isinstance(data, dict) and isinstance(data.get("references"), list):
        return data["references"], ("references",)
    if isinstance(data, list):
        return data, ()
    raise InputError([InputProblem(path, 1, 1, "", "expected a list of CSL items (or a 'references:' list)")])
