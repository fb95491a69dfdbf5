"""New CSL-YAML items laid out as the file they join lays out its own: ``import --append`` writes into a file
someone keeps by hand, and a block that looks like a different tool wrote it is noise in every diff.

Three things are read from the file and followed: how far item keys sit from the list's dash (``- id:`` or
``-   id:``, which is also how far a nested mapping is indented), whether a list inside an item is indented
under its key (``author:`` then ``  - family:``) or not (PyYAML's way), and how text values are quoted (the
kind most of the file's values use: double, single, or only where YAML needs it). A file that does what
citecheck's own writer does gets that writer's output, byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from citecheck.model import Reference


@dataclass(frozen=True)
class Layout:
    indent: int = 2  # the dash plus the spaces after it; nested mappings are indented as much
    indented_lists: bool = False  # a list under a key starts deeper than the key
    quote: str | None = None  # '"' or "'" for every text value; None: only where YAML needs quotes


NATIVE = Layout()  # what citecheck's own CSL-YAML writer does

_FIRST_ITEM = re.compile(r"^references:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*?[ \t]*-( +)[^\s#]", re.MULTILINE)
_KEY_OPENS = re.compile(r"^( *(?:- +)?)[A-Za-z][\w-]*:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( *)- ", re.MULTILINE)
_VALUE = re.compile(r"^[ \t]*(?:- +)?[A-Za-z][\w-]*:[ \t]+([^\s#].*)$", re.MULTILINE)
_NOT_TEXT = re.compile(r"[-+]?\d[\d.]*[ \t]*(?:#.*)?$|[\[{|>&*!]|(?:true|false|null|~)\b")
_LONGEST_OFFSET = 8


def layout_of(text: str) -> Layout:
    """How ``text`` (a CSL-YAML references file) lays out its items; :data:`NATIVE` where it cannot tell."""
    first = _FIRST_ITEM.search(text)
    indent = 1 + len(first.group(1)) if first and len(first.group(1)) <= _LONGEST_OFFSET else NATIVE.indent
    opens = _KEY_OPENS.search(text, first.end() if first else 0)  # a list inside an item, after the first item's dash
    indented = bool(opens and len(opens.group(2)) > len(opens.group(1)))
    counts = {'"': 0, "'": 0, None: 0}
    for found in _VALUE.finditer(text):
        value = found.group(1)
        if not _NOT_TEXT.match(value):
            counts[value[0] if value[0] in "\"'" else None] += 1
    quote = max(('"', "'"), key=lambda mark: counts[mark])
    return Layout(indent, indented, quote if counts[quote] > counts[None] else None)


def items_like(text: str, refs: list[Reference]) -> str:
    """The block list of ``refs`` (not indented, no ``references:``), laid out as ``text`` lays out its items."""
    from citecheck.formats.csl_yaml import dump, native_dicts

    if not refs:
        return ""
    layout = layout_of(text)
    if layout == NATIVE:
        return dump(refs, "native").split("references:\n", 1)[1]
    return yaml.dump(native_dicts(refs), Dumper=_dumper(layout), allow_unicode=True, sort_keys=False,
                     width=10_000, indent=layout.indent, default_flow_style=False)


class _Key(str):
    """A mapping key: written plain whatever the values' quotes."""

    __slots__ = ()


def _dumper(layout: Layout) -> type:
    """A PyYAML dumper for ``layout`` (the pure-Python one: the C emitter cannot indent lists under keys)."""
    from citecheck.formats.csl_yaml import NUMBER_LIKE

    class Dumper(yaml.SafeDumper):
        def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
            return super().increase_indent(flow, indentless and not layout.indented_lists)

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = layout.quote or ("'" if NUMBER_LIKE.fullmatch(value) else None)
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    def key(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "'" if NUMBER_LIKE.fullmatch(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=style)

    def mapping(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.Node:
        return dumper.represent_mapping("tag:yaml.org,2002:map",
                                        [(_Key(k) if isinstance(k, str) else k, v) for k, v in value.items()])

    Dumper.add_representer(str, text)
    Dumper.add_representer(_Key, key)
    Dumper.add_representer(dict, mapping)
    return Dumper
