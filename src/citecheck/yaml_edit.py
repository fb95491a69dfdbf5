"""Change fields of references in a CSL-YAML file, keeping its comments, key order and quoting.

Edits are data (:class:`FieldEdit`); :func:`apply_edits` returns the new text and
:func:`edit_file` writes it atomically. ruamel.yaml's round-trip mode does the preserving.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citecheck.atomic import write_atomic

DELETE = object()  # the value of an edit that removes the field


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


def apply_edits(text: str, edits: list[FieldEdit]) -> str:
    """``text`` with every edit applied; untouched lines stay byte for byte the same.

    The file's indentation, ``---`` start and line endings (LF or CRLF) are kept.
    """
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n")
    yaml = _round_trip(text)
    document = yaml.load(text)
    by_id = {str(item.get("id")): item for item in _references(document) if hasattr(item, "get")}
    for edit in edits:
        node = by_id[edit.ref_id]
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
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue().replace("\n", "\r\n") if crlf else out.getvalue()


def append_items(text: str, items: list[dict[str, Any]]) -> str:
    """``text`` with ``items`` added at the end of its references list, wherever the list is and
    however it is written (block or flow, followed by other keys); comments, order and quoting kept."""
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n")
    yaml = _round_trip(text)
    document = yaml.load(text)
    _references(document).extend(items)
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue().replace("\n", "\r\n") if crlf else out.getvalue()


def edit_file(path: str | Path, edits: list[FieldEdit]) -> str:
    """Apply ``edits`` to the YAML file at ``path`` atomically; return the new text."""
    text = Path(path).read_text(encoding="utf-8")
    new_text = apply_edits(text, edits)
    if new_text != text:
        write_atomic(path, new_text)
    return new_text
