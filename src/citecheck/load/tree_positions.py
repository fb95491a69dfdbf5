"""Map a path into the parsed data (``(3, "issued", "date-parts")``) to a line and column of a node tree.

Positions come from a composed YAML node tree (PyYAML nodes carry start marks); the loader's
messages use them, and :mod:`citecheck.load.positions` builds on them. They are only needed
when something is wrong, so they are computed on the error path alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class Located:
    line: int
    column: int
    where: str  # the part of the path that exists in the file, as ``references[3].issued``


def locate(root: yaml.Node | None, path: tuple[str | int, ...], prefix: str = "",
           at_key: bool = False) -> Located:
    """Where ``path`` points in ``root``: the value node, or with ``at_key`` the last key itself.

    Parts that are not in the file (pydantic's union tags, a missing key, ``date-parts`` of a date
    written as ``2022-03-19``) are skipped, so the position is that of the nearest existing node.
    """
    if root is None:
        return Located(1, 1, prefix)
    node, mark, where = root, root.start_mark, prefix
    for index, part in enumerate(path):
        if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            mark, where = node.start_mark, f"{where}[{part}]"
        elif isinstance(node, yaml.MappingNode) and isinstance(part, str):
            pairs = [(k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part]
            if not pairs:
                continue
            key, node = pairs[-1]
            mark = key.start_mark if at_key and index == len(path) - 1 else node.start_mark
            where = f"{where}.{part}" if where else part
    return Located(mark.line + 1, mark.column + 1, where)


#: What PyYAML refuses to read (and so to place) but JSON strings, and yaml-rs, take in: a space in its
#: stead keeps every line and column where it was (a DEL in a CSL-JSON title placed every problem at 1:1).
_NOT_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def compose_tree(text: str) -> yaml.Node | None:
    """The node tree of ``text`` (YAML, or JSON read as YAML) with positions; None if it cannot be composed."""
    from citecheck.load.text import as_pyyaml_reads

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.compose(as_pyyaml_reads(_NOT_PRINTABLE.sub(" ", text)), Loader=loader)
    except yaml.YAMLError:
        return None


def line_numbers(raw: bytes, offsets: list[int]) -> list[int]:
    """The 0-based line of each byte offset in ``offsets`` (ascending), counting newlines once overall."""
    lines, line, previous = [], 0, 0
    for offset in offsets:
        line += raw.count(b"\n", previous, offset)
        lines.append(line)
        previous = offset
    return lines
