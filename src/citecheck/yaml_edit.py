"""Change fields of references in a CSL-YAML file, keeping its comments, key order and quoting.

Edits are data (:class:`FieldEdit`); :func:`apply_edits` returns the new text and
:func:`edit_file` writes it atomically. ruamel.yaml's round-trip mode does the preserving.

Only the references an edit touches are round-tripped when the file is block style and its items
can be told apart (given their ids): ruamel.yaml reads a 20,000-reference file in about a minute,
and re-emits every line by its own indentation rules. Untouched lines keep their bytes, line
endings included: a file mixing LF and CRLF, or ended by lone CRs, keeps each line's own.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citecheck.atomic import write_atomic


class _Delete:
    """The type of :data:`DELETE`: one object, which pickles as itself (validate's forked half sends fixes back)."""

    def __repr__(self) -> str:
        return "DELETE"

    def __reduce__(self) -> str:
        return "DELETE"  # unpickled as this module's DELETE, so ``is DELETE`` still holds


DELETE = _Delete()  # the value of an edit that removes the field


@dataclass(frozen=True)
class FieldEdit:
    """Set ``field`` of the reference with id ``ref_id`` to ``value`` (or remove it with DELETE).

    ``path`` reaches inside the field: ``("author", 0, "given")`` edits one name part.
    """

    ref_id: str
    path: tuple[str | int, ...]
    value: Any


def _round_trip(text: str):
    """A round-trip dumper that writes ``text``'s own indentation and document start back."""
    from ruamel.yaml import YAML
    from ruamel.yaml.util import load_yaml_guess_indent

    _, indent, dash_offset = load_yaml_guess_indent(text)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the user's long lines
    yaml.indent(mapping=max(indent - dash_offset, 2) if dash_offset else indent, sequence=indent, offset=dash_offset)
    yaml.explicit_start = text.lstrip().startswith("---")
    return yaml


def _references(document: Any) -> list[Any]:
    return document["references"] if isinstance(document, dict) else document


def _apply(item: Any, edits: list[FieldEdit]) -> None:
    for edit in edits:
        node = item
        *parents, last = edit.path
        for part in parents:
            node = node[part]
        if edit.value is DELETE:
            if isinstance(node, list):
                del node[last]
            else:
                node.pop(last, None)
        else:
            node[last] = edit.value


def apply_edits(text: str, edits: list[FieldEdit], ids: Sequence[str] | None = None) -> str:
    """``text`` with every edit applied; untouched lines stay byte for byte the same.

    The file's indentation, ``---`` start and each line's line ending (LF, CRLF or CR) are kept.
    ``ids``: the file's reference ids in order, when known; then only the edited items are re-read.
    """
    lines, ends = _split_lines(text)
    plain = "\n".join(lines)
    edited = (_edit_items(plain, edits, ids) if ids is not None else None) or _edit_whole(plain, edits)
    return _with_endings(edited, lines, ends)


def _edit_whole(text: str, edits: list[FieldEdit]) -> str:
    yaml = _round_trip(text)
    document = yaml.load(text)
    by_id = {str(item.get("id")): item for item in _references(document) if hasattr(item, "get")}
    for ref_id in dict.fromkeys(edit.ref_id for edit in edits):
        _apply(by_id[ref_id], [edit for edit in edits if edit.ref_id == ref_id])
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


def _edit_items(text: str, edits: list[FieldEdit], ids: Sequence[str]) -> str | None:
    """``text`` (LF line ends) with only the edited items changed; None when the items cannot be
    told apart safely (flow style, ids that do not agree, an item ruamel reads otherwise alone).

    An item whose edits all set a one-line text value is edited in its lines, the value written in
    its own quoting (what ruamel would do, some 10,000 times faster); any other is round-tripped."""
    from citecheck.load.positions import FieldLocator

    index_of = {ref_id: index for index, ref_id in enumerate(ids)}
    by_index: dict[int, list[FieldEdit]] = {}
    for edit in edits:
        if edit.ref_id not in index_of:
            return None
        by_index.setdefault(index_of[edit.ref_id], []).append(edit)
    lines = text.split("\n")
    locator = FieldLocator(text.encode("utf-8"), "yaml", list(ids))
    left: dict[int, list[FieldEdit]] = {}
    for index, mine in by_index.items():
        planned = [_inline_edit(lines, locator, index, edit) for edit in mine]
        if any(plan is None for plan in planned):
            left[index] = mine
            continue
        for number, line in planned:
            lines[number] = line
    text = "\n".join(lines)
    return _round_trip_items(text, left, ids) if left else text


def _inline_edit(lines: list[str], locator, index: int, edit: FieldEdit) -> tuple[int, str] | None:
    """(line number, new line) setting ``edit``'s one-line scalar in place, or None when it is not one."""
    if not isinstance(edit.value, str) or not edit.path or not isinstance(edit.path[-1], str):
        return None
    try:
        line_number, column = locator.locate(index, edit.path)
    except Exception:  # noqa: BLE001 - a path the locator cannot follow: the round trip decides
        return None
    line = lines[line_number - 1] if 0 < line_number <= len(lines) else ""
    prefix, rest = line[:column - 1], line[column - 1:]
    if not re.fullmatch(r" *(?:- +)*" + re.escape(edit.path[-1]) + r": +", prefix):
        return None  # the place found is not this key's inline value (a missing key, a flow mapping)
    old = _scalar_extent(rest)
    if old is None or _continues(lines, line_number, len(prefix) - len(prefix.lstrip(" -"))):
        return None
    written = _scalar_like(rest[:old], edit.value)
    return None if written is None else (line_number - 1, prefix + written + rest[old:])


_PLAIN_END = re.compile(r" +#| *$")


def _scalar_extent(rest: str) -> int | None:
    """How many characters of ``rest`` are the scalar value (plain, '…' or "…" on this line)."""
    if not rest or rest[0] in "|>{[&*!#%@`":
        return None
    if rest[0] == "'":
        at = 1
        while True:
            at = rest.find("'", at)
            if at < 0:
                return None
            if rest[at + 1:at + 2] != "'":
                return at + 1
            at += 2
    if rest[0] == '"':
        at = 1
        while at < len(rest):
            if rest[at] == "\\":
                at += 2
            elif rest[at] == '"':
                return at + 1
            else:
                at += 1
        return None
    return _PLAIN_END.search(rest).start()


def _continues(lines: list[str], line_number: int, key_indent: int) -> bool:
    """Whether the value goes on below its key's line (a plain scalar's next lines, indented deeper)."""
    for line in lines[line_number:line_number + 1]:
        stripped = line.lstrip(" ")
        return bool(stripped) and len(line) - len(stripped) > key_indent and not stripped.startswith("#")
    return False


def _scalar_like(old: str, value: str) -> str | None:
    """``value`` written as a YAML scalar in ``old``'s style (plain, single or double quotes) when that
    style holds it, else double-quoted; None when no one-line form reads back as ``value``."""
    import json

    import yaml_rs

    candidates = []
    if old[:1] == "'":
        candidates.append("'" + value.replace("'", "''") + "'")
    elif old[:1] != '"':
        candidates.append(value)
    candidates.append(json.dumps(value, ensure_ascii=False))  # JSON strings are YAML 1.2 double-quoted scalars
    for written in candidates:
        if "\n" in written or "\r" in written:
            continue
        try:
            if yaml_rs.load(f"k: {written}\n".encode(), parse_datetime=False) == {"k": value}:
                return written
        except Exception:  # noqa: BLE001 - a form yaml-rs refuses is not this value's
            continue
    return None


def _round_trip_items(text: str, edits_by_index: dict[int, list[FieldEdit]], ids: Sequence[str]) -> str | None:
    """``text`` with the items of ``edits_by_index`` round-tripped one by one through ruamel."""
    from citecheck.load.positions import FieldLocator

    raw = text.encode("utf-8")
    locator = FieldLocator(raw, "yaml", list(ids))
    first = locator.item_span(0) if ids else None
    if first is None:
        return None
    # Each item is read as the file holds it: under its "references:" key, or as an item of a bare list.
    head = raw[:first[0]].decode("utf-8")
    wrapped = _REFERENCES_KEY.search(head) is not None
    pieces, done = [], 0
    for index in sorted(edits_by_index):
        span = locator.item_span(index)
        if span is None:
            return None
        start, end = span
        new = _edit_item(raw[start:end].decode("utf-8"), ids[index], edits_by_index[index], wrapped)
        if new is None:
            return None
        pieces += [raw[done:start], new.encode("utf-8")]
        done = end
    pieces.append(raw[done:])
    return b"".join(pieces).decode("utf-8")


_REFERENCES_KEY = re.compile(r"^references[ \t]*:[ \t]*(?:#.*)?$", re.MULTILINE)


def _edit_item(chunk: str, ref_id: str, edits: list[FieldEdit], wrapped: bool) -> str | None:
    """One item's text (its ``- `` line to the next item's) with ``edits`` applied, or None.

    The item is round-tripped as a file of that one item (under ``references:`` when the file's are),
    so ruamel guesses the same indentation from it as from the whole file."""
    if not wrapped and chunk[:1] != "-":
        return None
    prefix = "references:\n" if wrapped else ""
    source = prefix + chunk
    yaml = _round_trip(source)
    try:
        document = yaml.load(source)
    except Exception:  # noqa: BLE001 - whatever ruamel refuses alone, the whole-file path decides
        return None
    items = document.get("references") if wrapped and hasattr(document, "get") else document
    if wrapped and (len(document) != 1 or not isinstance(items, list)):
        return None  # the last item's text runs on into other keys of the file
    if not isinstance(items, list) or len(items) != 1 or not hasattr(items[0], "get") \
            or str(items[0].get("id")) != ref_id:
        return None
    _apply(items[0], edits)
    out = io.StringIO()
    yaml.dump(document, out)
    new = out.getvalue()
    if not new.startswith(prefix):
        return None
    new = new[len(prefix):]
    return new if chunk.endswith("\n") else new.removesuffix("\n")


_BREAK = re.compile(r"(\r\n|\r|\n)")
_ANCHOR_WINDOW = 64  # lines looked ahead for an unchanged line before taking only unique lines as anchors


def _split_lines(text: str) -> tuple[list[str], list[str]]:
    """The lines of ``text`` and the ending of each (the last one's may be "")."""
    parts = _BREAK.split(text)
    return parts[0::2], parts[1::2] + [""]


def _with_endings(new: str, old_lines: list[str], old_ends: list[str]) -> str:
    """``new`` (LF line ends) with each line given the ending the same line had in the old text; a
    changed or added line takes the ending of the line it stands in for."""
    kinds = Counter(end for end in old_ends if end)
    if len(kinds) <= 1:  # one kind of line end (the usual case): exact and cheap
        ending = next(iter(kinds), "\n")
        return new if ending == "\n" else new.replace("\n", ending)
    common = kinds.most_common(1)[0][0]
    unique: dict[str, list[int]] = {}
    for index, line in enumerate(old_lines):
        unique.setdefault(line, []).append(index)
    lines = new.split("\n")
    out, at = [], 0
    for number, line in enumerate(lines):
        last = number == len(lines) - 1
        window = old_lines[at:at + _ANCHOR_WINDOW]
        found = at + window.index(line) if line in window else None
        if found is None and len(unique.get(line, ())) == 1 and unique[line][0] >= at:
            found = unique[line][0]  # a line found once in the old text: the same line, further on
        if found is not None:
            end, at = old_ends[found], found + 1
        else:
            end = old_ends[at] if at < len(old_ends) else common
        out.append(line + (end or common if not last else ""))
    return "".join(out)


def append_items(text: str, items: list[dict[str, Any]]) -> str:
    """``text`` with ``items`` added at the end of its references list, wherever the list is and
    however it is written (block or flow, followed by other keys); comments, order and quoting kept."""
    lines, ends = _split_lines(text)
    text = "\n".join(lines)
    yaml = _round_trip(text)
    document = yaml.load(text)
    _references(document).extend(items)
    out = io.StringIO()
    yaml.dump(document, out)
    return _with_endings(out.getvalue(), lines, ends)


def edit_file(path: str | Path, edits: list[FieldEdit]) -> str:
    """Apply ``edits`` to the YAML file at ``path`` atomically; return the new text."""
    text = Path(path).read_text(encoding="utf-8")
    new_text = apply_edits(text, edits)
    if new_text != text:
        write_atomic(path, new_text)
    return new_text
