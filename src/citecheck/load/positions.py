"""Where a field of a loaded reference is in the user's file: ``FieldLocator(...).locate(index, path)``.

Line and column are computed only for references with findings (validate) or problems (loading).

Composing the whole YAML tree of a large file costs as much as loading it, so for block-style
YAML (what people write) each reference's own lines are composed on demand: a top-level item
starts on a line ``- `` at the smallest indent; pretty-printed CSL-JSON is read item by item by
:mod:`citecheck.load.json_scan`. Anything else (compact JSON, flow style, anchors shared
between items, a count that does not add up) falls back to composing the whole file once.
"""

from __future__ import annotations

import re

import yaml

from citecheck.load.block_scan import find, find_top_level
from citecheck.load.json_scan import JsonItems
# The node-tree layer, for the loader's error messages and the format readers.
from citecheck.load.tree_positions import Located, compose_tree, line_numbers, locate

__all__ = ["FieldLocator", "Located", "compose_tree", "field_label", "line_numbers", "locate"]

_ITEM = re.compile(rb"^( *)- ", re.MULTILINE)


class FieldLocator:
    """``locate(index, path)`` -> (line, column), 1-based, of field ``path`` of reference ``index``.

    It reads the file's UTF-8 bytes: items are found and lines counted in bytes (a newline is
    one byte, and a file with emoji would decode to four bytes a character), and only an item
    with a finding is decoded, so columns still count characters.
    """

    def __init__(self, raw: bytes, fmt: str, ids: list[str]):
        self._raw, self._ids = raw, ids
        plain = _newlines_only(raw)  # the fast paths count lines by "\n", PyYAML by every line break
        self._json = JsonItems(raw, ids) if fmt == "json" and plain else None
        self._starts = item_starts(raw, len(ids)) if fmt == "yaml" and plain else None
        self._lines = line_numbers(raw, self._starts) if self._starts else []
        self._chunks: dict[int, str] = {}
        self._items: dict[int, tuple[yaml.Node | None, int]] = {}
        self._checked: dict[int, bool] = {}
        self._tree: tuple[yaml.Node | None, tuple] | None = None

    def locate(self, index: int, path: tuple) -> tuple[int, int]:
        if self._json is not None and (spot := self._json.locate(index, path)) is not None:
            return spot
        if self._starts is not None:
            fast = self._scan(index, path)
            if fast is not None:
                return fast
            found = self._item(index)
            if found is not None:
                node, first_line = found
                spot = locate(node, (0,) + path)
                return spot.line + first_line, spot.column
            self._starts = None  # this file is not what the light index expects
        root, base = self._whole()
        spot = locate(root, base + (index,) + path)
        return spot.line, spot.column

    def item_span(self, index: int) -> tuple[int, int] | None:
        """Byte offsets of reference ``index``'s item, from its ``- `` line to the next item's, when
        the light index holds and the item found there is that reference's (its id agrees); else None."""
        if self._starts is None or not self._is_item_of(index, self._chunk(index)):
            return None
        return self._starts[index], self._starts[index + 1] if index + 1 < len(self._starts) else len(self._raw)

    def _chunk(self, index: int) -> str:
        """The text of item ``index``: from its ``- `` line to the next item's."""
        if index not in self._chunks:
            end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._raw)
            self._chunks[index] = self._raw[self._starts[index]:end].decode("utf-8")
        return self._chunks[index]

    def _scan(self, index: int, path: tuple) -> tuple[int, int] | None:
        chunk = self._chunk(index)
        if len(path) == 1 and path[0].__class__ is str and self._is_item_of(index, chunk):
            found = find_top_level(chunk, path[0])
            if found is not None:
                return found[0] + self._lines[index] + 1, found[1] + 1
        found = find(chunk.split("\n"), path, self._ids[index])
        return None if found is None else (found[0] + self._lines[index] + 1, found[1] + 1)

    def _is_item_of(self, index: int, chunk: str) -> bool:
        """Whether the item found for ``index`` is that reference's (its id agrees), checked once."""
        if index not in self._checked:
            indent, dash, first = chunk.split("\n", 1)[0].rstrip("\r").partition("- ")
            self._checked[index] = bool(dash) and not indent.strip(" ") and \
                first.lstrip(" ") == "id: " + self._ids[index] or \
                find(chunk.split("\n"), ("id",), self._ids[index]) is not None
        return self._checked[index]

    def _item(self, index: int) -> tuple[yaml.Node, int] | None:
        if index not in self._items:
            self._items[index] = (_compose_item(self._chunk(index), self._ids[index]), self._lines[index])
        node, first_line = self._items[index]
        return None if node is None else (node, first_line)

    def _whole(self) -> tuple[yaml.Node | None, tuple]:
        if self._tree is None:
            root = compose_tree(self._raw.decode("utf-8"))
            base = ("references",) if isinstance(root, yaml.MappingNode) else ()
            self._tree = (root, base)
        return self._tree


# Line breaks to PyYAML, not to us. Searched as regexes: the marks end in bytes common in UTF-8 text
# (é is c3 a9), and ``mark in raw`` took 0.13 s for the three over 49 MB, the regex search 0.06 s.
_OTHER_BREAKS = tuple(re.compile(re.escape(mark.encode())) for mark in ("\u2028", "\u2029", "\x85"))


def _newlines_only(raw: bytes) -> bool:
    """Whether every line break of ``raw`` is "\n" or "\r\n" (PyYAML also breaks at U+2028, U+2029, NEL, "\r")."""
    carriage_returns = raw.count(b"\r")
    return not any(mark.search(raw) for mark in _OTHER_BREAKS) and \
        (carriage_returns == 0 or carriage_returns == raw.count(b"\r\n"))


def item_starts(raw: bytes, count: int) -> list[int] | None:
    """Offsets of the lines starting each top-level item, or None if they cannot be told apart."""
    first = _ITEM.search(raw)  # the first item is a top-level one: nothing nests before it
    if first is None:
        return None
    # "\n" + indent is a literal the regex engine scans for; "^" in multi-line mode is tried at every line.
    same_indent = re.compile(re.escape(b"\n" + first.group(1) + b"- "))
    starts = [first.start()] + [m.start() + 1 for m in same_indent.finditer(raw, first.start())]
    return starts if len(starts) == count else None


def _compose_item(chunk: str, ref_id: str) -> yaml.Node | None:
    """The one-item sequence node of ``chunk``, if it is that reference's item and nothing else."""
    try:
        # The base loader resolves no tags: positions are all that is wanted, and it is faster.
        node = yaml.compose(chunk, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    except yaml.YAMLError:
        return None
    if not isinstance(node, yaml.SequenceNode) or len(node.value) != 1:
        return None
    item = node.value[0]
    if not isinstance(item, yaml.MappingNode):
        return None
    ids = [v.value for k, v in item.value if isinstance(k, yaml.ScalarNode) and k.value == "id"]
    return node if ids and str(ids[-1]) == ref_id else None


def field_label(path: tuple) -> str:
    """``("author", 0, "given")`` -> ``author[0].given``."""
    label = ""
    for part in path:
        label += f"[{part}]" if isinstance(part, int) else (f".{part}" if label else str(part))
    return label
