"""Line and column of a field in a pretty-printed CSL-JSON file, without composing the whole file.

The JSON counterpart of :mod:`citecheck.load.block_scan`. JSON strings cannot hold a raw
newline, so a line that starts with the first item's indentation and ``{`` starts a top-level
item. Each item with a finding is decoded alone (C speed) to check its id and end; a top-level
key written once in the item is found by text search. Anything else — nested paths, a key
written twice, escapes in a key, compact one-line JSON — is answered by composing that one item
with PyYAML, or returns None for the caller to compose the whole file. Answers equal PyYAML's
marks on the whole file: the value's first character, or the item's ``{`` for a missing key.
"""

from __future__ import annotations

import json
import re

import orjson
import yaml

from citecheck.load.tree_positions import line_numbers, locate

_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"


class JsonItems:
    """``locate(index, path)`` -> 1-based (line, column), or None when the caller must compose.

    Items are found and lines counted in the file's bytes; only an item with a finding is decoded.
    """

    def __init__(self, raw: bytes, ids: list[str]):
        self._raw, self._ids = raw, ids
        self._braces = _item_braces(raw, len(ids))
        self._lines = line_numbers(raw, self._braces) if self._braces else []
        self._items: dict[int, tuple[str, int, dict, int] | None] = {}

    def locate(self, index: int, path: tuple) -> tuple[int, int] | None:
        if self._braces is None or (item := self._item(index)) is None:
            return None
        chunk, brace, fields, end = item
        if len(path) != 1 or not isinstance(path[0], str):
            return self._composed(index, chunk[:end], path)
        key = path[0]
        if key not in fields:
            return self._line_and_column(index, chunk, brace)  # PyYAML marks the item's mapping
        token = '"' + key + '"'
        found = chunk.find(token, brace, end)
        if found < 0 or chunk.find(token, found + 1, end) >= 0:
            return self._composed(index, chunk[:end], path)  # escaped, or also written elsewhere in the item
        colon = _skip_space(chunk, found + len(token))
        if chunk[colon:colon + 1] != ":":
            return self._composed(index, chunk[:end], path)
        return self._line_and_column(index, chunk, _skip_space(chunk, colon + 1))

    def _item(self, index: int) -> tuple[str, int, dict, int] | None:
        """The item's text from its line's start, where its ``{`` is in it, its fields, and its end,
        if it is the reference expected there."""
        if index not in self._items:
            brace = self._braces[index]
            line_start = self._raw.rfind(b"\n", 0, brace) + 1
            after = self._braces[index + 1] if index + 1 < len(self._braces) else len(self._raw)
            chunk = self._raw[line_start:after].decode("utf-8")
            start = brace - line_start  # only spaces before "{"
            fields, end = _fast_decoded(chunk, start)
            if not self._is_reference(index, fields):
                fields, end = _decoded(chunk, start)
            self._items[index] = (chunk, start, fields, end) if self._is_reference(index, fields) else None
        return self._items[index]

    def _is_reference(self, index: int, fields: object) -> bool:
        return isinstance(fields, dict) and isinstance(fields.get("id"), str | int) and \
            str(fields["id"]) == self._ids[index]

    def _composed(self, index: int, text: str, path: tuple) -> tuple[int, int] | None:
        try:
            node = yaml.compose(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
        except yaml.YAMLError:
            return None
        if not isinstance(node, yaml.MappingNode):
            return None
        spot = locate(node, path)
        return spot.line + self._lines[index], spot.column  # the text starts a line: columns are the file's

    def _line_and_column(self, index: int, chunk: str, offset: int) -> tuple[int, int]:
        return self._lines[index] + chunk.count("\n", 0, offset) + 1, offset - chunk.rfind("\n", 0, offset)


def _fast_decoded(chunk: str, start: int) -> tuple[object, int]:
    """The object at ``start`` if the rest of ``chunk`` is that object (and a ``,`` before the next
    item), read by orjson: several times faster than the standard library's scan for its end."""
    body = chunk[start:].rstrip(_SPACE)
    if body.endswith(","):
        body = body[:-1].rstrip(_SPACE)
    try:
        return orjson.loads(body), start + len(body)
    except orjson.JSONDecodeError:  # the last item (``]`` follows), or what only the stdlib reads
        return None, 0


def _decoded(chunk: str, start: int) -> tuple[object, int]:
    """The JSON value at ``start`` and the offset after it, by the standard library's rules."""
    try:
        return _DECODER.raw_decode(chunk, start)
    except ValueError:
        return None, 0


def _item_braces(raw: bytes, count: int) -> list[int] | None:
    """Offsets of each top-level item's ``{``, or None if the layout does not tell them apart."""
    bracket = raw.find(b"[")
    first = raw.find(b"{", bracket + 1) if bracket >= 0 else -1
    indent = raw[raw.rfind(b"\n", 0, first) + 1:first]
    if first < 0 or indent.strip(b" "):
        return None
    needle = b"\n" + indent + b"{"
    braces = [first] + [match.end() - 1 for match in re.compile(re.escape(needle)).finditer(raw, first + 1)]
    return braces if len(braces) == count else None


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in _SPACE:
        at += 1
    return at
