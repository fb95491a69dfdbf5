"""Line and column of a field in the user's file, computed only for references with findings.

Composing the whole YAML tree of a large file costs as much as loading it, so for block-style
YAML (what people write) each reference's own lines are composed on demand: a top-level item
starts on a line ``- `` at the smallest indent; pretty-printed CSL-JSON is read item by item by
:mod:`citecheck.rules.json_scan`. Anything else (compact JSON, flow style, anchors shared
between items, a count that does not add up) falls back to composing the whole file once.
"""

from __future__ import annotations

import re

import yaml

from citecheck.load.positions import compose_tree, line_numbers, locate
from citecheck.rules.block_scan import find, find_top_level
from citecheck.rules.json_scan import JsonItems

_ITEM = re.compile(r"^( *)- ", re.MULTILINE)


class FieldLocator:
    """``locate(index, path)`` -> (line, column), 1-based, of field ``path`` of reference ``index``."""

    def __init__(self, text: str, fmt: str, ids: list[str]):
        self._text, self._ids = text, ids
        self._json = JsonItems(text, ids) if fmt == "json" else None
        self._starts = _item_starts(text, len(ids)) if fmt == "yaml" else None
        self._lines = line_numbers(text, self._starts) if self._starts else []
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

    def _scan(self, index: int, path: tuple) -> tuple[int, int] | None:
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._text)
        if len(path) == 1 and path[0].__class__ is str and self._is_item_of(index, start, end):
            found = find_top_level(self._text, start, end, path[0])
            if found is not None:
                return found[0] + self._lines[index] + 1, found[1] + 1
        found = find(self._text[start:end].split("\n"), path, self._ids[index])
        return None if found is None else (found[0] + self._lines[index] + 1, found[1] + 1)

    def _is_item_of(self, index: int, start: int, end: int) -> bool:
        """Whether the item found for ``index`` is that reference's (its id agrees), checked once."""
        if index not in self._checked:
            line_end = self._text.find("\n", start, end)
            indent, dash, first = self._text[start:end if line_end < 0 else line_end].rstrip("\r").partition("- ")
            self._checked[index] = bool(dash) and not indent.strip(" ") and \
                first.lstrip(" ") == "id: " + self._ids[index] or \
                find(self._text[start:end].split("\n"), ("id",), self._ids[index]) is not None
        return self._checked[index]

    def _item(self, index: int) -> tuple[yaml.Node, int] | None:
        if index not in self._items:
            start = self._starts[index]
            end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._text)
            first_line = self._lines[index]
            self._items[index] = (_compose_item(self._text[start:end], self._ids[index]), first_line)
        node, first_line = self._items[index]
        return None if node is None else (node, first_line)

    def _whole(self) -> tuple[yaml.Node | None, tuple]:
        if self._tree is None:
            root = compose_tree(self._text)
            base = ("references",) if isinstance(root, yaml.MappingNode) else ()
            self._tree = (root, base)
        return self._tree


def _item_starts(text: str, count: int) -> list[int] | None:
    """Offsets of the lines starting each top-level item, or None if they cannot be told apart."""
    first = _ITEM.search(text)  # the first item is a top-level one: nothing nests before it
    if first is None:
        return None
    # "\n" + indent is a literal the regex engine scans for; "^" in multi-line mode is tried at every line.
    same_indent = re.compile(re.escape("\n" + first.group(1) + "- "))
    starts = [first.start()] + [m.start() + 1 for m in same_indent.finditer(text, first.start())]
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
