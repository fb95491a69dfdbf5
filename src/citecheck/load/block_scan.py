"""Find a field's line and column in one block-style YAML item by reading its lines, without a parser.

This is the fast path of :mod:`citecheck.load.positions`: references written in block style (as people
write them) are read by indentation alone. Anything it is unsure about — flow collections, odd
indentation, a key it cannot read — returns None, and the caller composes the item with PyYAML.
Results equal PyYAML's marks: the value's first character, or for a path part that is missing,
the start of the nearest enclosing node.
"""

from __future__ import annotations

import re

_KEY = re.compile(r"""(?:"([^"\\]*)"|'([^']*)'|([^\s#'"{\[][^:#]*?))[ \t]*:(?:[ \t]+|$)""")


class Unsure(Exception):
    """The lines are not the simple block style this reader handles."""


def find(lines: list[str], path: tuple, ref_id: str) -> tuple[int, int] | None:
    """0-based (line, column) of ``path`` in the item whose first line is ``lines[0]`` (``- id: …``)."""
    try:
        col = _content_column(lines[0], lines[0].index("-") + 1)
        entries = _entries(lines, 0, len(lines), col)
        if _scalar(lines, entries.get("id")) != ref_id:
            return None
        return _walk(lines, entries, (0, col), len(lines), path)
    except (Unsure, ValueError, IndexError):
        return None


def find_top_level(item: str, key: str) -> tuple[int, int] | None:
    """0-based (line, column) in ``item`` (one item's text) of top-level ``key``'s inline value.

    :func:`find`'s answer for a one-key path, found with two searches instead of reading every
    line; None when that answer needs :func:`find` (a value on later lines, a quoted key, a key
    whose absence is not certain). A key that appears nowhere in the item, which has no escapes,
    is absent: PyYAML marks the item's mapping, at its first key.
    """
    first_end = item.find("\n")
    try:
        col = _content_column(item[:first_end if first_end >= 0 else len(item)], item.index("-") + 1)
    except (Unsure, ValueError):
        return None
    head = key + ":"
    if item.startswith(head, col):
        line_start = 0
    else:
        found = item.find("\n" + " " * col + head)
        if found < 0:
            surely_absent = key not in item and "\\" not in item
            return (0, col) if surely_absent else None
        line_start = found + 1
    line_end = item.find("\n", line_start)
    line_end = len(item) if line_end < 0 else line_end
    after_colon = value = line_start + col + len(head)
    while value < line_end and item[value] in " \t":
        value += 1
    if value == after_colon and value < line_end or value >= line_end or item[value] in "#{[&*!|>":
        return None  # no space after the colon, nothing inline, or not a plain value
    return item.count("\n", 0, line_start), value - line_start


def _content_column(line: str, after: int) -> int:
    col = after
    while col < len(line) and line[col] == " ":
        col += 1
    if col >= len(line) or line[col] in "{[&*!|>#":
        raise Unsure
    return col


def _entries(lines: list[str], start: int, end: int, col: int) -> dict[str, tuple[int, int, int]]:
    """key -> (line, value column, end line) for the mapping whose keys sit at ``col``."""
    found: dict[str, tuple[int, int, int]] = {}
    order = []
    for index in range(start, end):
        line = lines[index]
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        if index != start and indent < col:
            raise Unsure  # a line outside this mapping inside its range
        if index != start and indent == col and (stripped.startswith("- ") or stripped.rstrip() == "-"):
            continue  # a block sequence written at its key's own indent belongs to that key
        if index == start or indent == col:
            match = _KEY.match(line, col)
            if not match:
                raise Unsure
            key = next(g for g in match.groups() if g is not None)
            order.append((key, index, match.end()))
    for number, (key, index, value_col) in enumerate(order):
        found[key] = (index, value_col, order[number + 1][1] if number + 1 < len(order) else end)
    return found


def _scalar(lines: list[str], entry: tuple[int, int, int] | None) -> str | None:
    if entry is None:
        return None
    text = lines[entry[0]][entry[1]:].split(" #", 1)[0].strip()
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"" else text


def _walk(lines, entries, node_start, end, path) -> tuple[int, int]:
    if not path:
        return node_start
    key, rest = path[0], path[1:]
    if not isinstance(key, str) or key not in entries:
        if isinstance(key, int):
            raise Unsure
        return node_start  # missing: the enclosing node, as PyYAML's locate reports it
    index, value_col, entry_end = entries[key]
    inline = lines[index][value_col:].strip()
    if inline and not inline.startswith("#"):
        if rest or inline[0] in "{[&*!":
            raise Unsure  # a flow collection or an alias
        return index, value_col
    first = next((i for i in range(index + 1, entry_end)
                  if lines[i].strip() and not lines[i].lstrip().startswith("#")), None)
    if first is None:
        raise Unsure
    return _nested(lines, first, entry_end, rest)


def _nested(lines, first, end, path) -> tuple[int, int]:
    """A block sequence or mapping starting at line ``first``."""
    line = lines[first]
    indent = len(line) - len(line.lstrip(" "))
    if not line.startswith("- ", indent) and line.strip() != "-":
        entries = _entries(lines, first, end, indent)
        return _walk(lines, entries, (first, indent), end, path)
    items = [i for i in range(first, end) if lines[i].startswith("- ", indent) and
             len(lines[i]) - len(lines[i].lstrip(" ")) == indent]
    if not path:
        return first, indent
    position = path[0]
    if not isinstance(position, int) or not 0 <= position < len(items):
        raise Unsure
    start = items[position]
    item_end = items[position + 1] if position + 1 < len(items) else end
    col = _content_column(lines[start], indent + 1)
    if len(path) == 1:
        return start, col
    return _walk(lines, _entries(lines, start, item_end, col), (start, col), item_end, path[1:])
