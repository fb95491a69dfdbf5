"""Line and column of a field in a pretty-printed CSL-JSON file, without composing the whole file.

The JSON counterpart of :mod:`citecheck.rules.block_scan`. JSON strings cannot hold a raw
newline, so a line that starts with the first item's indentation and ``{`` starts a top-level
item. Each item with a finding is decoded alone (C speed) to check its id and end; a top-level
key written once in the item is found by text search. Anything else — nested paths, a key
written twice, escapes in a key, compact one-line JSON — is answered by composing that one item
with PyYAML, or returns None for the caller to compose the whole file. Answers equal PyYAML's
marks on the whole file: the value's first character, or the item's ``{`` for a missing key.
"""

from __future__ import annotations

import json

import yaml

from citecheck.load.positions import line_numbers, locate

_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"


class JsonItems:
    """``locate(index, path)`` -> 1-based (line, column), or None when the caller must compose."""

    def __init__(self, text: str, ids: list[str]):
        self._text, self._ids = text, ids
        self._braces = _item_braces(text, len(ids))
        self._lines = line_numbers(text, self._braces) if self._braces else []
        self._items: dict[int, tuple[dict, int] | None] = {}

    def locate(self, index: int, path: tuple) -> tuple[int, int] | None:
        if self._braces is None or (item := self._item(index)) is None:
            return None
        fields, end = item
        if len(path) != 1 or not isinstance(path[0], str):
            return self._composed(index, end, path)
        brace, key = self._braces[index], path[0]
        if key not in fields:
            return self._line_and_column(index, brace)  # PyYAML marks the item's mapping
        token = '"' + key + '"'
        found = self._text.find(token, brace, end)
        if found < 0 or self._text.find(token, found + 1, end) >= 0:
            return self._composed(index, end, path)  # escaped, or also written elsewhere in the item
        colon = _skip_space(self._text, found + len(token))
        if self._text[colon:colon + 1] != ":":
            return self._composed(index, end, path)
        return self._line_and_column(index, _skip_space(self._text, colon + 1))

    def _item(self, index: int) -> tuple[dict, int] | None:
        """The decoded item and the offset just after it, if it is the reference expected there."""
        if index not in self._items:
            try:
                fields, end = _DECODER.raw_decode(self._text, self._braces[index])
            except ValueError:
                fields, end = None, 0
            same = isinstance(fields, dict) and isinstance(fields.get("id"), str | int) and \
                str(fields["id"]) == self._ids[index]
            self._items[index] = (fields, end) if same else None
        return self._items[index]

    def _composed(self, index: int, end: int, path: tuple) -> tuple[int, int] | None:
        line_start = self._text.rfind("\n", 0, self._braces[index]) + 1
        try:
            node = yaml.compose(self._text[line_start:end], Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
        except yaml.YAMLError:
            return None
        if not isinstance(node, yaml.MappingNode):
            return None
        spot = locate(node, path)
        return spot.line + self._lines[index], spot.column  # columns count from the line's start already

    def _line_and_column(self, index: int, offset: int) -> tuple[int, int]:
        line = self._lines[index] + self._text.count("\n", self._braces[index], offset)
        return line + 1, offset - self._text.rfind("\n", 0, offset)


def _item_braces(text: str, count: int) -> list[int] | None:
    """Offsets of each top-level item's ``{``, or None if the layout does not tell them apart."""
    bracket = text.find("[")
    first = text.find("{", bracket + 1) if bracket >= 0 else -1
    indent = text[text.rfind("\n", 0, first) + 1:first]
    if first < 0 or indent.strip(" "):
        return None
    braces, needle, at = [first], "\n" + indent + "{", first
    while (at := text.find(needle, at + 1)) >= 0:
        braces.append(at + len(needle) - 1)
    return braces if len(braces) == count else None


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in _SPACE:
        at += 1
    return at
