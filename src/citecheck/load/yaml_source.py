"""Read YAML safely: plain data only, YAML 1.2 scalars, no tags, anchors, aliases or duplicate keys.

The happy path is yaml-rs, a Rust parser ~20x faster than PyYAML's C loader on large files
(bench/README.md): YAML 1.2 core schema (``language: no`` is Norwegian, not False), dates left as
text for the model to parse, duplicate keys refused, alias expansion bounded. Two things it would
let through silently — tags (dropped) and anchors/aliases (copied) — are looked for with a cheap
scan first, and confirmed with PyYAML's event stream only when the scan hits.

The error path re-reads the text with PyYAML's strict safe loader below, which gives exact
positions and the same rules; it is slow on huge files, but only runs when something is wrong.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from citecheck.errors import InputError, InputProblem

_TOKEN_STARTS = b" \t\r\n[{,:-"
_TOKEN_ENDS = b" \t\r\n,]}"
_YAML_RS_POSITION = re.compile(r"at line (\d+), column (\d+)\n(?:.*\n)*?([^\n|]*)$")
_YAML12_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


class _StrictLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int)) and key in seen:
                first = seen[key].start_mark.line + 1
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first at line {first})", key_node.start_mark)
            if isinstance(key, (str, int)):
                seen[key] = key_node
        return super().construct_mapping(node, deep=deep)


_StrictLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _YAML12_BOOL, list("tTfF"))
for _first in "yYnNoO":
    _StrictLoader.yaml_implicit_resolvers[_first] = [
        (tag, regexp) for tag, regexp in _StrictLoader.yaml_implicit_resolvers.get(_first, [])
        if tag != "tag:yaml.org,2002:bool"
    ]


def _problem(path: str, exc: yaml.YAMLError, source: str) -> InputProblem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    text = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    at_tab = mark is not None and source[mark.index:mark.index + 1] == "\t"
    if at_tab or "'\\t'" in text:
        text = "a tab character here; YAML indents with spaces only"
    elif context:
        text = f"{text} ({context})"
    return InputProblem(path, line, column, "", f"YAML syntax: {text}")


def _may_hold_anchor_alias_or_tag(raw: bytes) -> bool:
    """True if some ``&``, ``*`` or ``!`` starts a token; memchr-speed, unlike a regex over 40 MB."""
    for mark in (b"&", b"*", b"!"):
        at = raw.find(mark)
        while at >= 0:
            before, after = raw[at - 1:at] if at else b"", raw[at + 1:at + 2]
            if (not before or before in _TOKEN_STARTS) and after and after not in _TOKEN_ENDS:
                return True
            at = raw.find(mark, at + 1)
    return False


def _refuse_anchors_aliases_and_tags(raw: bytes, path: str) -> None:
    if not _may_hold_anchor_alias_or_tag(raw):
        return  # the usual case: nothing that could be one
    text = raw.decode("utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            message = "YAML anchors and aliases are not allowed in a references file"
        elif getattr(event, "tag", None) is not None:  # untagged nodes have no tag in PyYAML's events
            message = f"YAML tags are not allowed in a references file (found {event.tag!r})"
        else:
            continue
        mark = event.start_mark
        raise InputError([InputProblem(path, mark.line + 1, mark.column + 1, "", message)])


def parse_yaml(raw: bytes | str, path: str) -> Any:
    """The plain data in ``raw`` (str, or UTF-8 bytes without BOM): dicts, lists, str, int, float, bool, None."""
    import yaml_rs

    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    try:
        _refuse_anchors_aliases_and_tags(raw, path)
        return yaml_rs.load(raw, parse_datetime=False, encoder_errors="strict")
    except yaml.YAMLError as exc:
        raise InputError([_problem(path, exc, raw.decode("utf-8"))]) from None
    except (yaml_rs.YAMLDecodeError, RecursionError) as exc:
        raise InputError([_precise_problem(raw.decode("utf-8"), path, exc)]) from None


def _precise_problem(text: str, path: str, exc: BaseException) -> InputProblem:
    """Re-read with PyYAML for an exact position; else use what yaml-rs said."""
    try:
        yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a safe loader, see above
    except yaml.YAMLError as strict:
        return _problem(path, strict, text)
    except RecursionError:
        pass
    if isinstance(exc, RecursionError):
        return InputProblem(path, 1, 1, "", "the YAML is nested too deeply")
    message = str(exc)
    found = _YAML_RS_POSITION.search(message)
    if found:
        return InputProblem(path, int(found[1]), int(found[2]), "", f"YAML syntax: {found[3].strip()}")
    return InputProblem(path, 1, 1, "", f"YAML syntax: {message}")

